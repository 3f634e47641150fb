import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../support/appServer'
import { accessibilityViolations } from '../support/accessibility'
import { launchChromium } from '../support/browser'

let server: AppServer
const text = (t: string) => ({
  type: 'text',
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const ARABIC_BODY = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'rtl',
    children: [
      {
        type: 'heading',
        tag: 'h2',
        format: '',
        indent: 0,
        version: 1,
        direction: 'rtl',
        children: [text('هل أنت غير موافق على قرار؟')],
      },
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'rtl',
        textFormat: 0,
        children: [text('يمكنك تقديم شكوى إذا كنت غير موافق على قرار من البلدية.')],
      },
    ],
  },
}
let browser: Browser

async function adminToken(): Promise<string> {
  const r = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'admin@demo.kk.invalid',
      password: server.demoPassword('admin@demo.kk.invalid'),
    }),
  })
  return ((await r.json()) as { token: string }).token
}

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchChromium()
  const token = await adminToken()
  const found = await fetch(
    `${server.url}/api/leaflets?where[slug][equals]=saadan-klager-du&depth=0`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const id = ((await found.json()) as { docs: Array<{ id: number }> }).docs[0].id
  const published = await fetch(
    `${server.url}/api/leaflets/${id}?locale=ar&publishSpecificLocale=ar`,
    {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'كيف تقدم شكوى',
        summary: 'اتصل بنا على 33 66 33 66 أو اكتب إلى kontakt@kk.dk',
        body: ARABIC_BODY,
        _status: 'published',
      }),
    },
  )
  expect(published.status).toBe(200)
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('print output', () => {
  it('prints Arabic right to left in an Arabic typeface, with A4 print styles', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${server.url}/print/leaflets/saadan-klager-du/ar`)
    expect(response?.status()).toBe(200)
    const article = page.locator('article').first()
    expect(await article.getAttribute('dir')).toBe('rtl')
    expect(await article.getAttribute('lang')).toBe('ar')
    const style = await page.locator('h1').evaluate((el) => ({
      direction: getComputedStyle(el).direction,
      font: getComputedStyle(el).fontFamily,
      align: getComputedStyle(el.parentElement!).textAlign,
    }))
    expect(style.direction).toBe('rtl')
    expect(style.font).toContain('Amiri')
    expect(
      await page.evaluate(
        async () => (await document.fonts.ready, document.fonts.check("16px 'Amiri'", 'كيف')),
      ),
    ).toBe(true)
    // The heading starts at the right edge of the page in RTL.
    const box = await page.locator('h1').boundingBox()
    const main = await page.locator('main').boundingBox()
    const text = await page.locator('h1').evaluate((el) => {
      const r = document.createRange()
      r.selectNodeContents(el)
      const b = r.getBoundingClientRect()
      return { left: b.left, right: b.right }
    })
    expect(main!.x + main!.width - text.right).toBeLessThan(text.left - main!.x)
    expect(box).not.toBeNull()
    mkdirSync('tests/.artifacts', { recursive: true })
    await page.screenshot({ path: 'tests/.artifacts/print-leaflet-ar.png', fullPage: true })
  })

  it('prints a bilingual page with Danish beside the translation, each in its own direction', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/print/leaflets/saadan-klager-du/ar?bilingual=1`)
    const dirs = await page
      .locator('.bilingual > article')
      .evaluateAll((els) => els.map((el) => el.getAttribute('dir')))
    expect(dirs).toEqual(['ltr', 'rtl'])
  })

  it('marks the Danish fallback where a translation is not published', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/print/leaflets/saadan-klager-du/so`)
    // The note is the interface text 'fallback.note'; Somali's is not approved yet, so it is the Danish, marked Danish.
    expect(await page.locator('.fallback-note').textContent()).toContain(
      'Denne tekst findes endnu ikke på dit sprog',
    )
    expect(await page.locator('.fallback-note').getAttribute('lang')).toBe('da-DK')
    expect(await page.locator('article').first().getAttribute('lang')).toBe('da-DK')
  })

  it('renders a PDF with Chromium and bundles the letter packet', async () => {
    const pdf = await fetch(`${server.url}/print/leaflets/saadan-klager-du/ar/pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(5000)
    const page = await browser.newPage()
    await page.goto(`${server.url}/print/letter-packet/ar`)
    const titles = await page.locator('article h1').allTextContents()
    // The default inserts an admin keeps in Letter settings, in their order; Arabic where it is published.
    expect(titles).toEqual(['Dette brev er vigtigt', 'كيف تقدم شكوى', 'Har du spørgsmål?'])
  })

  it('answers 404 for an unknown collection or language', async () => {
    expect((await fetch(`${server.url}/print/leaflets/saadan-klager-du/xx`)).status).toBe(404)
    expect((await fetch(`${server.url}/print/users/admin/da`)).status).toBe(404)
  })
})

describe('reference consumer site', () => {
  it('renders a published Arabic page right to left with a working language switcher', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/ar`)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await page.locator('html').getAttribute('lang')).toBe('ar')
    const switcher = page.locator('nav.languages a')
    expect(await switcher.count()).toBe(7)
    expect(await page.locator('nav.languages a[aria-current="true"]').textContent()).toBe('العربية')
    await page.click('a[href="/ar/leaflets/saadan-klager-du"]')
    await page.waitForURL(/\/ar\/leaflets\/saadan-klager-du$/)
    const article = page.locator('article')
    expect(await article.getAttribute('dir')).toBe('rtl')
    expect(await page.locator('h1').textContent()).toBe('كيف تقدم شكوى')
    expect(await page.locator('article h2').textContent()).toBe('هل أنت غير موافق على قرار؟')
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    mkdirSync('tests/.artifacts', { recursive: true })
    await page.screenshot({ path: 'tests/.artifacts/site-leaflet-ar.png', fullPage: true })

    // The switcher keeps the reader on the same page in the other language.
    await page.click('nav.languages a[hreflang="tr"]')
    await page.waitForURL(/\/tr\/leaflets\/saadan-klager-du$/)
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr')
  })

  it('serves the Danish text with a notice where a translation is not published', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/so/leaflets/saadan-klager-du`)
    expect(await page.locator('html').getAttribute('lang')).toBe('so')
    expect(await page.locator('article').getAttribute('lang')).toBe('da-DK')
    expect(await page.locator('.fallback').textContent()).toContain(
      'Denne tekst findes endnu ikke på dit sprog',
    )
    expect(await page.locator('.fallback span').getAttribute('lang')).toBe('da-DK')
    expect((await page.goto(`${server.url}/xx`))?.status()).toBe(404)
  })
})

describe('accessibility', () => {
  it('has no serious or critical WCAG 2.1 AA violations on the site and print pages, in Arabic, Somali and Danish', async () => {
    const page = await browser.newPage()
    const found: Record<string, string[]> = {}
    for (const path of [
      '/ar',
      '/ar/leaflets/saadan-klager-du',
      '/so/leaflets/saadan-klager-du',
      '/da/leaflets/saadan-klager-du',
      '/ar/places',
      '/ur/events',
      '/fa/films/velkommen-til-kommunen',
      '/da/search?q=klage',
      '/ar/municipality',
      '/ar/life/health',
      '/ar/help-points/bydelsmoedre-noerrebro',
      '/ar/events/markedsdag-paa-blaagaards-plads',
      '/print/leaflets/saadan-klager-du/ar?bilingual=1',
      '/print/letter-packet/ur',
    ]) {
      await page.goto(`${server.url}${path}`)
      found[path] = await accessibilityViolations(page)
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])))
  })
})
