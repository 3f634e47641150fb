import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../support/appServer'
import { launchChromium } from '../support/browser'

/** The follow-up dashboard in the admin of the built app (next start), as the seeded demo users see it. */
let server: AppServer
let browser: Browser

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', server.demoPassword(email))
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
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
    const page = await browser.newPage()
    await signIn(page, 'analyst@demo.kk.invalid')
    // Up to 1440 px wide (this page is 1280) Payload's navigation is a drawer, closed and inert
    // until the menu button opens it, as a user does.
    await page.locator('button[aria-label="Open Menu"]:visible').first().click()
    await page.locator('aside.nav--nav-open:not([inert])').waitFor()
    await page.locator('a[href="/admin/follow-up"]').first().click()
    await page.waitForURL(/\/admin\/follow-up/)
    await expect
      .poll(() => page.locator('h1').first().textContent(), { timeout: 60_000 })
      .toMatch(/Follow-up: Status report \d{4}/)
    expect(await page.locator('.followup-report svg.chart').count()).toBeGreaterThanOrEqual(4)
    expect(
      await page.getByText('Illustrative figures, not real statistics').first().isVisible(),
    ).toBe(true)
    const arabic = page.locator('.followup-report [lang="ar"]').first()
    expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    await page.close()
  }, 180_000)

  it('tells an editor the dashboard is for admins and analysts', async () => {
    const page = await browser.newPage()
    await signIn(page, 'editor.bif@demo.kk.invalid')
    await page.goto(`${server.url}/admin/follow-up`)
    await expect
      .poll(
        () => page.getByText('The follow-up dashboard is for admins and analysts.').isVisible(),
        { timeout: 60_000 },
      )
      .toBe(true)
    expect(await page.locator('svg.chart').count()).toBe(0)
    await page.close()
  }, 180_000)
})
