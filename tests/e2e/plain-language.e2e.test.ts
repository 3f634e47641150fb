import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../support/appServer'
import { accessibilityViolations } from '../support/accessibility'
import { launchChromium } from '../support/browser'

let server: AppServer
let browser: Browser
let adminToken: string
const outDir = mkdtempSync(path.join(tmpdir(), 'catalogue-e2e-'))

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', server.demoPassword(email))
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}

async function pdfOf(
  url: string,
  name: string,
): Promise<{ text: string; pages: number; type: string | null; status: number }> {
  const r = await fetch(url)
  if (r.status !== 200)
    return { text: await r.text(), pages: 0, type: r.headers.get('content-type'), status: r.status }
  const file = path.join(outDir, `${name}.pdf`)
  writeFileSync(file, new Uint8Array(await r.arrayBuffer()))
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
  )
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    pages,
    type: r.headers.get('content-type'),
    status: r.status,
  }
}

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchChromium()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'admin@demo.kk.invalid',
      password: server.demoPassword('admin@demo.kk.invalid'),
    }),
  })
  adminToken = ((await login.json()) as { token: string }).token
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('catalogues on the first start', () => {
  it('the Danish method catalogue is a booklet in HTML and PDF with a contents page', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${server.url}/catalogues/methods/da`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('da-DK')
    expect(await page.locator('nav.toc h2').textContent()).toBe('Indhold')
    expect(await page.locator('article.entry').count()).toBeGreaterThan(10)
    expect(await accessibilityViolations(page)).toEqual([])
    const pdf = await pdfOf(`${server.url}/catalogues/methods/da/pdf`, 'methods-da')
    expect(pdf.type).toBe('application/pdf')
    expect(pdf.pages).toBeGreaterThan(10)
    expect(pdf.text).toContain('Metodekatalog')
    expect(pdf.text).toContain('Refleksionsspørgsmål')
  })

  it('the letter practice catalogue shows before and after with the LIX of each', async () => {
    const pdf = await pdfOf(`${server.url}/catalogues/letter-practice/da/pdf`, 'letter-practice-da')
    expect(pdf.status).toBe(200)
    expect(pdf.text).toContain('Indkaldelse til samtale i jobcentret')
    expect(pdf.text).toMatch(/Før\s+LIX \d+/)
    expect(pdf.text).toMatch(/Efter\s+LIX \d+/)
  })

  it('a language with nothing approved has no booklet; unknown catalogues and languages are 404', async () => {
    for (const url of [
      '/catalogues/methods/so',
      '/catalogues/letter-practice/ar',
      '/catalogues/nope/da',
      '/catalogues/methods/xx',
    ]) {
      expect((await fetch(`${server.url}${url}`)).status, url).toBe(404)
    }
    expect((await pdfOf(`${server.url}/catalogues/methods/so/pdf`, 'methods-so')).status).toBe(404)
  })

  it('once an Arabic method is published, the Arabic booklet exists, right to left, with only that text', async () => {
    const found = await fetch(
      `${server.url}/api/methods?where[slug][equals]=brug-de-lokale-foreninger&depth=0`,
      { headers: { authorization: `JWT ${adminToken}` } },
    )
    const id = ((await found.json()) as { docs: Array<{ id: number }> }).docs[0].id
    const published = await fetch(
      `${server.url}/api/methods/${id}?locale=ar&publishSpecificLocale=ar`,
      {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
        body: JSON.stringify({
          title: 'استخدم الجمعيات المحلية',
          summary: 'الجمعيات المحلية تعرف المواطنين.',
          _status: 'published',
        }),
      },
    )
    expect(published.status).toBe(200)
    const page = await browser.newPage()
    expect((await page.goto(`${server.url}/catalogues/methods/ar`))?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await page.locator('html').getAttribute('lang')).toBe('ar')
    expect(await page.locator('article.entry h1').allTextContents()).toEqual([
      '1.1 استخدم الجمعيات المحلية',
    ])
    expect(
      await page
        .locator('h1')
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily),
    ).toContain('Noto Naskh Arabic')
    expect(await accessibilityViolations(page)).toEqual([])
    const pdf = await pdfOf(`${server.url}/catalogues/methods/ar/pdf`, 'methods-ar')
    expect(pdf.pages).toBe(3)
  })
})

describe('readability beside the editor', () => {
  it('shows the LIX as the editor types and the hints for a bureaucratic sentence', async () => {
    const page = await browser.newPage()
    await signIn(page, 'editor.bif@demo.kk.invalid')
    const found = await fetch(
      `${server.url}/api/letter-templates?where[slug][equals]=indkaldelse-til-samtale&depth=0`,
      { headers: { authorization: `JWT ${adminToken}` } },
    )
    const id = ((await found.json()) as { docs: Array<{ id: number }> }).docs[0].id
    await page.goto(`${server.url}/admin/collections/letter-templates/${id}`)
    const score = page.locator('.readability-panel [data-readability="score"]')
    await score.waitFor({ timeout: 60_000 })
    const before = Number(await score.getAttribute('data-score'))
    expect(before).toBeLessThanOrEqual(40)
    await page.fill(
      '#field-summary',
      'Såfremt De ønsker at påklage nærværende afgørelse vedrørende Deres bevilling af personligt tillæg, skal klagen i henhold til gældende lovgivning fremsendes skriftligt til forvaltningen snarest muligt og senest fire uger efter modtagelsen af nærværende brev.',
    )
    await expect
      .poll(async () => Number(await score.getAttribute('data-score')), { timeout: 10_000 })
      .toBeGreaterThan(before)
    const panel = page.locator('.readability-panel')
    await expect
      .poll(async () => await panel.textContent(), { timeout: 10_000 })
      .toContain('såfremt')
    expect(await panel.textContent()).toContain('hvis')
  })

  it('My queue shows open work and due dates per language, and the budgets', async () => {
    const page = await browser.newPage()
    await signIn(page, 'admin@demo.kk.invalid')
    await page.goto(`${server.url}/review`)
    expect(await page.locator('table.open-work tr[data-open-work="so"]').count()).toBe(1)
    expect(
      await page.locator('table.budgets tr[data-budget="BIF"]').getAttribute('data-level'),
    ).toBe('ok')
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
