import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations } from '../support/accessibility'
import { type AppServer, startAppServer } from '../support/appServer'
import { launchChromium } from '../support/browser'
import { type FakeDeepl, startFakeDeepl } from '../support/fake-deepl-server'

let server: AppServer
let browser: Browser
let deepl: FakeDeepl
let token: string
const ADMIN = 'admin@demo.kk.invalid'

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', ADMIN)
  await page.fill('input[name="password"]', server.demoPassword(ADMIN))
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}

beforeAll(async () => {
  deepl = await startFakeDeepl()
  server = await startAppServer({ DEEPL_AUTH_KEY: deepl.authKey, DEEPL_SERVER_URL: deepl.url })
  browser = await launchChromium()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: server.demoPassword(ADMIN) }),
  })
  token = ((await login.json()) as { token: string }).token
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await deepl?.close()
})

describe('DeepL status in the admin (issue 12 item 9, issue 18 item 2)', () => {
  it('the dashboard shows DeepL characters used of the limit, as a warning from 80 %', async () => {
    const page = await browser.newPage()
    await signIn(page)
    const card = page.locator('section[aria-label="Machine translation usage"]')
    await card.waitFor()
    expect(await card.getAttribute('data-warning')).toBe('false')
    expect(await card.textContent()).toMatch(/DeepL usage.*of 500,000 characters used/)
    expect(await card.textContent()).toMatch(/Language capabilities read from DeepL/)

    deepl.setUsedCharacters(450_000)
    await page.reload()
    await card.waitFor()
    expect(await card.getAttribute('data-warning')).toBe('true')
    expect(await card.getAttribute('role')).toBe('alert')
    expect(await card.textContent()).toMatch(/\(9\d %\)\. Close to the limit/)
    // Payload's own admin chrome is not ours to fix; the card is.
    expect(
      await accessibilityViolations(page, 'section[aria-label="Machine translation usage"]'),
    ).toEqual([])
    await page.close()
  })

  it('the glossary screen shows the sync state read-only, synced after a term change', async () => {
    const created = await fetch(`${server.url}/api/glossary-terms`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ term: 'Ydelseskontoret', translations: { en: 'Benefits Office' } }),
    })
    expect(created.status).toBe(201)
    const page = await browser.newPage()
    await signIn(page)
    await page.goto(`${server.url}/admin/collections/glossary-terms`)
    const status = page.locator('section[aria-label="DeepL glossary sync"] [data-sync-state]')
    // The server's job runner (every 3 s) syncs in the background; the panel follows it.
    await page.waitForFunction(
      () =>
        document
          .querySelector('section[aria-label="DeepL glossary sync"] [data-sync-state]')
          ?.getAttribute('data-sync-state') === 'synced',
      undefined,
      { timeout: 60_000 },
    )
    expect(await status.textContent()).toBe('synced')
    expect(deepl.glossaries.size).toBe(1)
    await page.close()
  })
})
