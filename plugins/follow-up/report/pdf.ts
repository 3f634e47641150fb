import { readFont } from '../../../src/print/fonts'
import { launchReportBrowser } from './browser'

const FACES: Array<[string, number, string]> = [
  ['Noto Sans', 400, 'noto-sans-400.woff2'],
  ['Noto Sans', 700, 'noto-sans-700.woff2'],
  ['Noto Naskh Arabic', 400, 'noto-naskh-arabic-400.woff2'],
  ['Noto Naskh Arabic', 700, 'noto-naskh-arabic-700.woff2'],
  ['Noto Nastaliq Urdu', 400, 'noto-nastaliq-urdu-400.woff2'],
]

let embedded: string | null = null

/** The print fonts as data URLs: the PDF is rendered from a string, with no server to fetch fonts from. */
export async function embeddedFontFaces(): Promise<string> {
  if (embedded) return embedded
  const faces: string[] = []
  for (const [family, weight, file] of FACES) {
    const data = await readFont(file)
    if (data)
      faces.push(
        `@font-face { font-family: '${family}'; font-weight: ${weight}; src: url(data:font/woff2;base64,${data.toString('base64')}) format('woff2'); }`,
      )
  }
  embedded = faces.join('\n')
  return embedded
}

/** The report HTML to an A4 PDF with Chromium (the same engine as the print pages). */
export async function reportPdf(html: string): Promise<Uint8Array> {
  const browser = await launchReportBrowser()
  try {
    const page = await browser.newPage()
    // No network: everything (fonts, charts) is in the HTML.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    )
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  } finally {
    await browser.close()
  }
}
