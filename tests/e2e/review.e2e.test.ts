import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../support/appServer'
import { accessibilityViolations } from '../support/accessibility'
import { launchChromium } from '../support/browser'
import { type FakeDeepl, startFakeDeepl } from '../support/fake-deepl-server'

let server: AppServer
let browser: Browser
let deepl: FakeDeepl

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', server.demoPassword(email))
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}

beforeAll(async () => {
  // A DeepL-compatible backend: pseudo-translation can never be approved, and this test approves.
  deepl = await startFakeDeepl()
  server = await startAppServer({ DEEPL_AUTH_KEY: deepl.authKey, DEEPL_SERVER_URL: deepl.url })
  browser = await launchChromium()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'admin@demo.kk.invalid',
      password: server.demoPassword('admin@demo.kk.invalid'),
    }),
  })
  const token = ((await login.json()) as { token: string }).token
  const bulk = await fetch(`${server.url}/api/translation-tasks/translate-all`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: '{}',
  })
  expect(bulk.status).toBe(200)
  expect(((await bulk.json()) as { documents: number }).documents).toBeGreaterThan(20)
  // The server's job runner (every 3 s) machine-translates through the DeepL-compatible server.
  // It gives up only when nothing moves for two minutes: on a loaded 2-core machine the ~90 tasks
  // can take longer than a fixed deadline while still progressing.
  let lastQueued = Number.POSITIVE_INFINITY
  let deadline = Date.now() + 120_000
  for (;;) {
    const board = await fetch(`${server.url}/api/translation-tasks/dashboard`, {
      headers: { authorization: `JWT ${token}` },
    })
    const { byLanguage } = (await board.json()) as {
      byLanguage: Record<string, Record<string, number>>
    }
    const counts = byLanguage.ar
    if (counts.queued === 0 && counts.machine_translated > 0) break
    // Progress in any language counts: the runner works through every language's tasks.
    const queued = Object.values(byLanguage).reduce((n, c) => n + (c.queued ?? 0), 0)
    if (queued < lastQueued) {
      lastQueued = queued
      deadline = Date.now() + 120_000
    }
    if (Date.now() > deadline)
      throw new Error(
        `machine translation made no progress for 2 minutes: ${JSON.stringify(counts)}`,
      )
    await new Promise((r) => setTimeout(r, 1000))
  }
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await deepl?.close()
})

describe('translator review in the browser', () => {
  it("shows only the translator's languages in My queue and reviews an Arabic leaflet right to left, then approves it", async () => {
    const page = await browser.newPage()
    await signIn(page, 'translator.ar@demo.kk.invalid')
    await page.goto(`${server.url}/review?locale=ar`)
    const rows = page.locator('table.queue tbody tr')
    expect(await rows.count()).toBeGreaterThan(10)
    const languages = new Set(
      await page.locator('table.queue li[data-locale] .language').allTextContents(),
    )
    expect([...languages]).toEqual(['Arabic'])
    await page.goto(`${server.url}/review`)
    expect(
      new Set(await page.locator('table.queue li[data-locale] .language').allTextContents()),
    ).toEqual(new Set(['Arabic', 'Urdu']))

    await page.goto(`${server.url}/review?locale=ar`)
    await page.click('tr:has(td:text-is("Sådan klager du")) li[data-locale="ar"] a')
    await page.waitForURL(/\/review\/\d+$/)
    const first = page.locator('.editor').first()
    expect(await first.getAttribute('dir')).toBe('rtl')
    expect(await first.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    expect(await page.locator('.origin').first().textContent()).toBe('Machine translation')
    await first.fill('كيف تقدم شكوى')
    await page.click('button:has-text("Save")')
    await page.waitForSelector('[role="status"]:text-is("Saved 1 segment.")')
    expect(await page.locator('#review-status').getAttribute('data-state')).toBe('in_review')
    mkdirSync('tests/.artifacts', { recursive: true })
    await page.screenshot({ path: 'tests/.artifacts/review-ar.png', fullPage: true })
    await page.click('button:text-is("Approve and publish")')
    await page.waitForSelector('[role="status"]:text-is("Approved and published.")')
    expect(await page.locator('#review-status').getAttribute('data-state')).toBe('published')

    const site = await browser.newPage()
    await site.goto(`${server.url}/ar/leaflets/saadan-klager-du`)
    expect(await site.locator('h1').textContent()).toBe('كيف تقدم شكوى')
    await site.goto(`${server.url}/tr/leaflets/saadan-klager-du`)
    expect(await site.locator('article').getAttribute('lang')).toBe('da-DK')
  })

  it('offers the approved translation of a similar sentence on a new document, and "Use" puts it in the editor', async () => {
    // Relies on the first test: approving the Arabic complaint guidance put its segments into memory.
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'admin@demo.kk.invalid',
        password: server.demoPassword('admin@demo.kk.invalid'),
      }),
    })
    const auth = {
      authorization: `JWT ${((await login.json()) as { token: string }).token}`,
      'content-type': 'application/json',
    }
    const departments = (await (
      await fetch(`${server.url}/api/departments?limit=1`, { headers: auth })
    ).json()) as { docs: Array<{ id: number }> }
    const paragraph = {
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [
        {
          type: 'text',
          text: 'Du kan klage, hvis du er uenig i en afgørelse fra skolen.',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
          version: 1,
        },
      ],
    }
    const created = await fetch(`${server.url}/api/leaflets?locale=da`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Klage over skolen',
        kind: 'general',
        department: departments.docs[0].id,
        body: {
          root: {
            type: 'root',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [paragraph],
          },
        },
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    let taskId: number | undefined
    for (
      const deadline = Date.now() + 60_000;
      !taskId && Date.now() < deadline;
      await new Promise((r) => setTimeout(r, 1000))
    ) {
      const tasks = (await (
        await fetch(
          `${server.url}/api/translation-tasks?where[collection][equals]=leaflets&where[documentId][equals]=${id}&where[locale][equals]=ar&where[state][equals]=machine_translated`,
          { headers: auth },
        )
      ).json()) as { docs: Array<{ id: number }> }
      taskId = tasks.docs[0]?.id
    }
    expect(taskId).toBeDefined()

    const page = await browser.newPage()
    await signIn(page, 'translator.ar@demo.kk.invalid')
    await page.goto(`${server.url}/review/${taskId}`)
    const suggestion = page.locator('[data-key="body.0"] .suggestions li').first()
    expect(await suggestion.locator('.match').textContent()).toBe('92%')
    expect(await suggestion.textContent()).toContain('approved')
    const offered = await suggestion.locator('span[lang="ar"]').textContent()
    expect(await suggestion.locator('span[lang="ar"]').getAttribute('dir')).toBe('rtl')
    await suggestion.locator('button:text-is("Use")').click()
    expect(await page.locator('[data-key="body.0"] .editor').textContent()).toBe(offered)
    // The review screen with suggestions, and My queue, pass WCAG 2.1 AA checks (axe-core).
    expect(await accessibilityViolations(page)).toEqual([])
    await page.goto(`${server.url}/review`)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('round-trips a task through XLIFF: download, translate in a CAT tool, upload on the review screen', async () => {
    const page = await browser.newPage()
    await signIn(page, 'translator.ar@demo.kk.invalid')
    await page.goto(`${server.url}/review?locale=ar`)
    await page.click('tr:has(td:text-is("Har du spørgsmål?")) li[data-locale="ar"] a')
    await page.waitForURL(/\/review\/\d+$/)
    const href = await page
      .locator('a:text-is("Download XLIFF for a CAT tool")')
      .getAttribute('href')
    const download = await page.request.get(`${server.url}${href}`)
    expect(download.status()).toBe(200)
    const xliff = await download.text()
    expect(xliff).toContain('target-language="ar"')
    const translated = xliff.replace(
      /(<trans-unit id="title"[^>]*>\s*<source>[^<]*<\/source>)\s*<target[^>]*>[^<]*<\/target>/,
      '$1<target state="translated">هل لديك أسئلة؟</target>',
    )
    expect(translated).not.toBe(xliff)
    await Promise.all([
      page.waitForEvent('load'),
      page.setInputFiles('input[type="file"]', {
        name: 'har-du-spoergsmaal-ar.xlf',
        mimeType: 'application/x-xliff+xml',
        buffer: Buffer.from(translated),
      }),
    ])
    await page.waitForSelector('.editor')
    expect(await page.locator('.editor').first().textContent()).toBe('هل لديك أسئلة؟')
    expect(await page.locator('.origin').first().textContent()).toBe('Edited by a translator')
    expect(await page.locator('#review-status').getAttribute('data-state')).toBe('in_review')

    // In-context preview of the draft just imported: print layout, Arabic right to left beside the Danish.
    const signedIn = await browser.newContext()
    await signedIn.addCookies(await page.context().cookies())
    const preview = await signedIn.newPage()
    await preview.goto(
      `${server.url}${await page.locator('a:text-is("Preview the draft in print layout, Danish beside it")').getAttribute('href')}`,
    )
    const arabic = preview.locator('article[lang="ar"]')
    expect(await arabic.locator('h1').textContent()).toBe('هل لديك أسئلة؟')
    expect(await arabic.getAttribute('dir')).toBe('rtl')
    expect(await preview.locator('article[lang="da-DK"] h1').textContent()).toBe(
      'Har du spørgsmål?',
    )

    await page.setInputFiles('input[type="file"]', {
      name: 'broken.xlf',
      mimeType: 'application/x-xliff+xml',
      buffer: Buffer.from('<xliff version="2.0"/>'),
    })
    await page.waitForSelector('.xliff [role="alert"]')
    expect(await page.locator('.xliff [role="alert"]').textContent()).toMatch(
      /XLIFF 2.0 is not supported/,
    )
  })

  it('sends anyone without a session to the login page', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/review`)
    expect(page.url()).toContain('/admin/login')
  })
})
