import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../support/appServer'
import { launchChromium } from '../support/browser'

/**
 * The follow-up dashboard in the admin of the built app (next start), as the seeded demo users see
 * it, and the admin's way from Payload's dashboard to the translators' screens; no page of it may
 * ask any host but 127.0.0.1 for anything.
 */
let server: AppServer
let browser: Browser
/** Every request any page of these tests made to somewhere other than this server. */
const thirdParty: string[] = []

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext()
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return
    if (url.hostname !== '127.0.0.1') thirdParty.push(request.url())
  })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', server.demoPassword(email))
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  return page
}

/**
 * Payload's header names the content locale of the page ("Locale: Danish"); an analyst once saw
 * "Locale: undefined" there on this view. A fresh demo user has never picked one, so Danish.
 */
async function expectLocaleInHeader(page: Page): Promise<void> {
  const label = page.locator(
    '.app-header .localizer-button:visible .localizer-button__current-label',
  )
  await expect.poll(() => label.textContent(), { timeout: 30_000 }).toBe('Danish')
  expect(await page.locator('.app-header').first().innerText()).not.toMatch(/undefined/i)
}

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchChromium()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('follow-up dashboard in the admin', () => {
  it('shows an analyst the report figures and charts, linked from the navigation', async () => {
    const page = await signIn('analyst@demo.kk.invalid')
    // Up to 1440 px wide (this page is 1280) Payload's navigation is a drawer, closed and inert
    // until the menu button opens it, as a user does.
    await page.locator('button[aria-label="Open Menu"]:visible').first().click()
    await page.locator('aside.nav--nav-open:not([inert])').waitFor()
    await page.locator('a[href="/admin/follow-up"]').first().click()
    await page.waitForURL(/\/admin\/follow-up/)
    await expect
      .poll(() => page.locator('h1').first().textContent(), { timeout: 60_000 })
      .toMatch(/Follow-up: Status report \d{4}/)
    await expectLocaleInHeader(page)
    expect(await page.locator('.followup-report svg.chart').count()).toBeGreaterThanOrEqual(4)
    expect(
      await page.getByText('Illustrative figures, not real statistics').first().isVisible(),
    ).toBe(true)
    const arabic = page.locator('.followup-report [lang="ar"]').first()
    expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    // Another year through the form: the header still names the locale.
    await page.fill('#followup-year', '2025')
    await page.click('button:text-is("Show")')
    await page.waitForURL(/year=2025/)
    await expectLocaleInHeader(page)
    await page.close()
  }, 180_000)

  it('tells an editor the dashboard is for admins and analysts', async () => {
    const page = await signIn('editor.bif@demo.kk.invalid')
    await page.goto(`${server.url}/admin/follow-up`)
    await expect
      .poll(
        () => page.getByText('The follow-up dashboard is for admins and analysts.').isVisible(),
        { timeout: 60_000 },
      )
      .toBe(true)
    expect(await page.locator('svg.chart').count()).toBe(0)
    await expectLocaleInHeader(page)
    await page.close()
  }, 180_000)
})

describe('an admin’s way to the translation screens', () => {
  it('finds My queue and the translation dashboard on Payload’s dashboard and in its navigation', async () => {
    const page = await signIn('admin@demo.kk.invalid')
    await expectLocaleInHeader(page)
    const card = page.locator('.dashboard section[aria-label="Translation work"]')
    expect(await card.locator('a[href="/review"]').textContent()).toBe('My queue')
    expect(await card.locator('a[href="/review#dashboard"]').textContent()).toBe(
      'Translation dashboard',
    )
    const nav = page.locator('nav[aria-label="Translation work"]')
    expect(await nav.locator('a[href="/review"]').textContent()).toBe('My queue')
    expect(await nav.locator('a[href="/review#dashboard"]').textContent()).toBe(
      'Translation dashboard',
    )
    await card.locator('a[href="/review#dashboard"]').click()
    await page.waitForURL(/\/review#dashboard$/)
    expect(await page.locator('h1').textContent()).toBe('My queue')
    // The admin sees every target language in the table by language and state.
    expect(await page.locator('table#dashboard tbody tr').count()).toBe(6)
    // A task's review screen (the seed submits letter templates for translation).
    const task = page.locator('table.queue li[data-locale="ar"] a').first()
    await task.click()
    await page.waitForURL(/\/review\/\d+$/)
    expect(await page.locator('h1').textContent()).toMatch(/→ Arabic$/)
    await page.goto(`${server.url}/admin/follow-up`)
    await expect
      .poll(() => page.locator('h1').first().textContent(), { timeout: 60_000 })
      .toMatch(/Follow-up: Status report \d{4}/)
    await expectLocaleInHeader(page)
    await page.close()
  }, 180_000)

  it('made no request to any host but 127.0.0.1 on /admin, /admin/follow-up or /review', () => {
    expect(thirdParty).toEqual([])
  })
})
