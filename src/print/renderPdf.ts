import { existsSync } from 'node:fs'
import { type Browser, chromium, type BrowserContext, type Page } from 'playwright-core'
import { processGlobal } from '../processGlobal'
import { readFont } from './fonts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** The origin HTML-only documents (letters) are loaded from; it never reaches the network. */
const LETTER_ORIGIN = 'http://print.invalid'

/**
 * One Chromium per process, started on first use and reused: starting it costs about a second,
 * which would dominate a batch of a thousand letters. A crashed browser is replaced.
 */
const holder = processGlobal('cms.print.browser', () => ({
  shared: null as Promise<Browser> | null,
}))

function browser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    return Promise.reject(
      new Error(
        `PDF output needs Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
      ),
    )
  if (!holder.shared) {
    const launched = chromium
      .launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
          '--disable-sync',
        ],
      })
      .then((b) => {
        b.on('disconnected', () => (holder.shared = null))
        return b
      })
    launched.catch(() => (holder.shared = null))
    holder.shared = launched
  }
  return holder.shared
}

/** Font files are read once: a batch of a thousand letters would otherwise read them a thousand times. */
const fontCache = processGlobal('cms.print.fontCache', () => new Map<string, Buffer | null>())
async function cachedFont(name: string): Promise<Buffer | null> {
  if (!fontCache.has(name)) fontCache.set(name, await readFont(name))
  return fontCache.get(name) ?? null
}

/** Closes the shared browser (tests, benchmarks, shutdown). */
export async function closePdfBrowser(): Promise<void> {
  const current = holder.shared
  holder.shared = null
  if (current) await (await current).close().catch(() => undefined)
}

/**
 * Tagged (structure tree, /Lang per element from `lang` attributes, /Title from `<title>`) and
 * with an outline from the headings: what Digital Post and screen readers need.
 */
export interface RenderPdfOptions {
  /** Runs on the loaded page before printing (e.g. filling a table of contents with page numbers). */
  beforePrint?: (page: Page) => Promise<unknown>
  /** Page numbers in the footer ("3 / 12"). */
  pageNumbers?: boolean
}

const PAGE_NUMBER_FOOTER = {
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-size:8pt;width:100%;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
}

async function printToPdf(
  context: BrowserContext,
  load: (page: Page) => Promise<void>,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  try {
    const page = await context.newPage()
    await load(page)
    await page.evaluate(() => document.fonts.ready)
    await options.beforePrint?.(page)
    const footer = options.pageNumbers ? PAGE_NUMBER_FOOTER : {}
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      ...footer,
    })
  } finally {
    await context.close()
  }
}

/**
 * Renders a print page to PDF with Chromium, forwarding the caller's cookies so a signed-in
 * preview prints the same draft the user sees. Fonts are awaited so Arabic never prints as boxes.
 */
export async function renderPdf(
  url: string,
  cookie: string | null,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const context = await (await browser()).newContext({ extraHTTPHeaders: cookie ? { cookie } : {} })
  return printToPdf(
    context,
    async (page) => {
      const response = await page.goto(url, { waitUntil: 'networkidle' })
      if (!response || !response.ok())
        throw new Error(`print page answered ${response?.status() ?? 'nothing'}`)
    },
    options,
  )
}

/**
 * Renders a complete HTML document (a letter) to PDF. Nothing leaves the process: the document and
 * the fonts under /print/fonts/ are answered from here and every other request is refused, so a
 * letter can never pull anything from a third party.
 */
export async function renderHtmlPdf(html: string): Promise<Uint8Array> {
  const context = await (await browser()).newContext()
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== LETTER_ORIGIN) return route.abort('blockedbyclient')
    if (url.pathname === '/letter')
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    const font = url.pathname.startsWith('/print/fonts/')
      ? await cachedFont(url.pathname.slice('/print/fonts/'.length))
      : null
    return font
      ? route.fulfill({ status: 200, contentType: 'font/woff2', body: font })
      : route.abort('blockedbyclient')
  })
  return printToPdf(context, async (page) => {
    await page.goto(`${LETTER_ORIGIN}/letter`, { waitUntil: 'load' })
  })
}
