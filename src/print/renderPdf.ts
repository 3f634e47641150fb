import { existsSync } from 'node:fs'
import { chromium, type Page } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Renders a print page to PDF with Chromium, forwarding the caller's cookies so a signed-in
 * preview prints the same draft the user sees. Fonts are awaited so Arabic never prints as boxes.
 */
export interface RenderPdfOptions {
  /** Runs on the loaded page before printing (e.g. filling a table of contents with page numbers). */
  beforePrint?: (page: Page) => Promise<unknown>
  /** Page numbers in the footer ("3 / 12"). */
  pageNumbers?: boolean
}

export async function renderPdf(url: string, cookie: string | null, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  if (!existsSync(CHROMIUM)) throw new Error(`PDF output needs Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'],
  })
  try {
    const context = await browser.newContext({ extraHTTPHeaders: cookie ? { cookie } : {} })
    const page = await context.newPage()
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    if (!response || !response.ok()) throw new Error(`print page answered ${response?.status() ?? 'nothing'}`)
    await page.evaluate(() => document.fonts.ready)
    await options.beforePrint?.(page)
    const footer = options.pageNumbers
      ? { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>' }
      : {}
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...footer })
  } finally {
    await browser.close()
  }
}
