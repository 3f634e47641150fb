import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations } from '../support/accessibility'
import { type AppServer, startAppServer } from '../support/appServer'
import { type FakeDeepl, startFakeDeepl } from '../support/fake-deepl-server'
import { launchChromium } from '../support/browser'

const ARTIFACTS = 'tests/.artifacts'
const text = (t: string) => ({
  type: 'text',
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const rtlDoc = (...lines: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'rtl',
    children: lines.map((l) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'rtl',
      textFormat: 0,
      children: [text(l)],
    })),
  },
})

let server: AppServer
let deepl: FakeDeepl
let browser: Browser
let caseworker: BrowserContext
const NOT_APPROVED = 'نص آلي لم يراجعه أحد'

async function login(email: string): Promise<string> {
  const r = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: server.demoPassword(email) }),
  })
  expect(r.status).toBe(200)
  return ((await r.json()) as { token: string }).token
}

async function api(token: string, method: string, route: string, body?: unknown) {
  const r = await fetch(`${server.url}/api/${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: r.status,
    body: (await r.json()) as Record<string, unknown> & { docs?: Array<{ id: number }> },
  }
}

function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', file: string): string {
  return execFileSync(tool, tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file]).toString()
}

beforeAll(async () => {
  // A DeepL-compatible backend: the pseudo provider's ⟦ar⟧ drafts could never be published.
  deepl = await startFakeDeepl()
  server = await startAppServer({ DEEPL_AUTH_KEY: deepl.authKey, DEEPL_SERVER_URL: deepl.url })
  browser = await launchChromium()
  const admin = await login('admin@demo.kk.invalid')
  const idOf = async (collection: string, slug: string) =>
    (await api(admin, 'GET', `${collection}?where[slug][equals]=${slug}&depth=0&draft=true`)).body
      .docs![0].id
  // What a translator's approval does: publish Arabic for the invitation and two inserts (the third stays a draft).
  const invitation = await idOf('letter-templates', 'indkaldelse-til-samtale')
  const published = await api(
    admin,
    'PATCH',
    `letter-templates/${invitation}?locale=ar&publishSpecificLocale=ar`,
    {
      title: 'دعوة إلى مقابلة',
      body: rtlDoc(
        'عزيزي {{citizenName}}',
        'أنت مدعو إلى مقابلة مع البلدية يوم {{meetingDate}} الساعة {{meetingTime}} في {{meetingPlace}}.',
        'إذا لم تستطع الحضور، اتصل بـ {{caseworkerName}} على الرقم {{caseworkerPhone}}.',
      ),
      smsReminder:
        'تذكير: مقابلتك يوم {{meetingDate}} الساعة {{meetingTime}}، {{meetingPlace}}. للاعتذار اتصل على {{caseworkerPhone}}.',
      _status: 'published',
    },
  )
  expect(published.status).toBe(200)
  for (const [slug, title, line] of [
    [
      'dette-brev-er-vigtigt',
      'هذه الرسالة مهمة',
      'هذه الرسالة من بلدية كوبنهاغن. من المهم أن تقرأها.',
    ],
    ['saadan-klager-du', 'كيف تقدم شكوى', 'يمكنك تقديم شكوى إذا كنت لا توافق على قرار من البلدية.'],
  ]) {
    expect(
      (
        await api(
          admin,
          'PATCH',
          `leaflets/${await idOf('leaflets', slug)}?locale=ar&publishSpecificLocale=ar`,
          { title, body: rtlDoc(line), _status: 'published' },
        )
      ).status,
    ).toBe(200)
  }
  // "Har du spørgsmål?" (an insert of the invitation) has only an unapproved Arabic draft.
  expect(
    (
      await api(
        admin,
        'PATCH',
        `leaflets/${await idOf('leaflets', 'har-du-spoergsmaal')}?locale=ar&draft=true`,
        { title: NOT_APPROVED, body: rtlDoc(NOT_APPROVED) },
      )
    ).status,
  ).toBe(200)
  const token = await login('caseworker.bif@demo.kk.invalid')
  caseworker = await browser.newContext({ acceptDownloads: true })
  await caseworker.addCookies([{ name: 'payload-token', value: token, url: server.url }])
  mkdirSync(ARTIFACTS, { recursive: true })
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await deepl?.close()
})

describe('letter composer in Chromium', () => {
  it('makes an Arabic packet: Danish letter, Arabic letter, inserts; text, fonts and language checked with poppler', async () => {
    const page = await caseworker.newPage()
    await page.goto(`${server.url}/letters`)
    await page.getByLabel('Skabelon').selectOption({ label: 'Indkaldelse til samtale' })
    await page.getByLabel('Borgerens sprog').selectOption('ar')
    await page.getByLabel('Enhed (kode, fx JC-NORREBRO)').fill('JC-NORREBRO')
    await page.getByLabel('Borgerens fulde navn').fill('Amina Hassan')
    await page.getByLabel('Dato for samtalen').fill('2026-03-03')
    await page.getByLabel('Klokkeslæt for samtalen').fill('09:30')
    await page.getByLabel('Adresse og lokale for samtalen').fill('Jobcenter Nørrebro, lokale 2.14')
    await page.getByLabel('Navnet på den medarbejder, der har sagen').fill('Mette Hansen')
    await page.getByLabel('Medarbejderens telefonnummer').fill('12 34 56 78')
    // The composer says, before anything is made, what is not approved in Arabic.
    await expect
      .poll(async () => page.locator('[data-status="missing"]').allTextContents(), {
        timeout: 15_000,
      })
      .toEqual([expect.stringContaining('Har du spørgsmål?')])
    await expect
      .poll(async () => page.locator('[data-sms="ar"]').textContent(), { timeout: 15_000 })
      .toContain('UCS-2')
    expect(await page.locator('.grid .sheet').nth(1).getAttribute('class')).toBe('sheet')
    expect(await page.locator('.grid article[lang="ar"]').getAttribute('dir')).toBe('rtl')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.screenshot({ path: `${ARTIFACTS}/letter-composer-ar.png`, fullPage: true })

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Lav PDF' }).click()
    const file = path.resolve(ARTIFACTS, 'letter-packet-ar.pdf')
    await (await download).saveAs(file)

    const textOut = poppler('pdftotext', file)
    const order = [
      'Indkaldelse til samtale',
      'tirsdag den 3. marts 2026',
      'دعوة إلى مقابلة',
      'مقابلة مع البلدية',
      'هذه الرسالة مهمة',
      'هذا النص غير متوفر بالعربية بعد',
      'Har du spørgsmål til brevet?',
    ]
    const at = order.map((s) => textOut.indexOf(s))
    expect(
      at.every((p) => p >= 0),
      `not all of ${order.join(' | ')} in:\n${textOut}`,
    ).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(textOut).not.toContain(NOT_APPROVED)
    const info = poppler('pdfinfo', file)
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(/Title:\s+Indkaldelse til samtale \(Dansk · العربية\)/)
    const raw = readFileSync(file).toString('latin1')
    expect(raw).toContain('/Lang (da-DK)')
    expect(raw).toContain('/Lang (ar)')
    const fonts = poppler('pdffonts', file).trim().split('\n').slice(2)
    expect(fonts.some((f) => f.includes('Amiri'))).toBe(true)
    for (const line of fonts)
      expect(line, line).toMatch(/\s(yes|no)\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/)
  })
})

describe('print pages and PDFs: metadata per document', () => {
  it('gives each print page its own <title> and <html lang dir>', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/print/leaflets/saadan-klager-du/ar`)
    expect(await page.title()).toBe('كيف تقدم شكوى – العربية')
    expect(await page.locator('html').getAttribute('lang')).toBe('ar')
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    await page.goto(`${server.url}/print/leaflets/saadan-klager-du/da`)
    expect(await page.title()).toBe('Sådan klager du – Dansk')
    expect(await page.locator('html').getAttribute('lang')).toBe('da-DK')
    await page.goto(`${server.url}/print/letter-packet/ur`)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await page.title()).toContain('اردو')
  })

  it('renders tagged PDFs with /Lang and the document title, and the letter packet has a PDF', async () => {
    const r = await fetch(`${server.url}/print/leaflets/saadan-klager-du/ar/pdf`)
    expect(r.status).toBe(200)
    const file = path.resolve(ARTIFACTS, 'print-saadan-klager-du-ar.pdf')
    const bytes = Buffer.from(await r.arrayBuffer())
    writeFileSync(file, bytes)
    const info = poppler('pdfinfo', file)
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(/Title:\s+كيف تقدم شكوى – العربية/)
    expect(bytes.toString('latin1')).toContain('/Lang (ar)')
    // Whole Arabic words (Amiri; see src/print/fonts.ts).
    expect(poppler('pdftotext', file)).toContain(
      'يمكنك تقديم شكوى إذا كنت لا توافق على قرار من البلدية',
    )
    const packet = await fetch(`${server.url}/print/letter-packet/ar/pdf`)
    expect(packet.status).toBe(200)
    expect(packet.headers.get('content-type')).toBe('application/pdf')
  })
})
