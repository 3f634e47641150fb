import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedContent } from '../../seed/run'
import { readFont } from '../../src/print/fonts'
import { accessibilityViolations } from '../support/accessibility'
import { launchChromium } from '../support/browser'
import { makeUser } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'

/**
 * The status report in Chromium, as an admin's browser gets it: the REST route handler the app
 * mounts, behind a small HTTP server that also serves the print fonts (as the Next app does at
 * /print/fonts). No build needed; a request to anywhere else fails the test.
 */
let t: TestPayload
let server: Server
let origin: string
let browser: Browser
let token: string
const year = new Date().getUTCFullYear()

beforeAll(async () => {
  t = await startTestPayload()
  await seedContent(t.payload) // departments, methods and the follow-up demo data (marked illustrative)
  token = (await makeUser(t.payload, 'admin.report@test.invalid', ['admin'])).token!
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname.startsWith('/print/fonts/')) {
      const font = await readFont(url.pathname.split('/').pop()!)
      res.writeHead(font ? 200 : 404, { 'content-type': 'font/woff2' }).end(font ?? undefined)
      return
    }
    if (url.pathname.startsWith('/api/')) {
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const response = await rest.GET(
        new Request(`http://localhost${req.url}`, { headers: { authorization: `JWT ${token}` } }),
        { params: Promise.resolve({ slug }) },
      )
      res
        .writeHead(response.status, Object.fromEntries(response.headers))
        .end(Buffer.from(await response.arrayBuffer()))
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  await t?.close()
})

describe('status report in the browser', () => {
  it('shows the charts, Arabic group names right to left, and passes axe', async () => {
    const page = await browser.newPage()
    const foreign: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url())
    })
    const response = await page.goto(`${origin}/api/follow-up/report?year=${year}`, {
      waitUntil: 'networkidle',
    })
    expect(response?.status()).toBe(200)
    await page.evaluate(() => document.fonts.ready)

    // Charts: drawn, visible and not empty (bars, lines or interval dots inside).
    const charts = page.locator('svg.chart')
    expect(await charts.count()).toBeGreaterThanOrEqual(6)
    for (const id of ['chart-events', 'chart-representation', 'chart-noshows', 'chart-trust']) {
      const chart = page.locator(`svg[aria-labelledby^="${id}-t"]`)
      await expect.poll(() => chart.isVisible()).toBe(true)
      const box = await chart.boundingBox()
      expect(box!.width).toBeGreaterThan(200)
      expect(box!.height).toBeGreaterThan(100)
      expect(await chart.locator('rect.bar, path.series, circle.estimate').count()).toBeGreaterThan(
        0,
      )
    }

    // Arabic group names and language names: lang ar, right to left, and shown.
    const arabic = page.locator('[lang="ar"]')
    expect(await arabic.count()).toBeGreaterThan(3)
    const first = arabic.first()
    expect(await first.isVisible()).toBe(true)
    expect(await first.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    expect(await first.textContent()).toMatch(/[\u0600-\u06FF]/)
    const urdu = page.locator('[lang="ur"]').first()
    expect(await urdu.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')

    // The demo data says what it is.
    await expect
      .poll(() => page.getByText('Illustrative figures, not real statistics').first().isVisible())
      .toBe(true)
    expect(await page.locator('#site-use').textContent()).toMatch(/Not counted yet/)

    expect(await accessibilityViolations(page)).toEqual([])
    expect(foreign).toEqual([])
    await page.close()
  }, 120_000)
})
