import { gzipSync } from 'node:zlib'
import { request } from 'undici'
import { startAppServer } from '../support/appServer'
import { launchChromium } from '../support/browser'
import { runLoad } from './load'

const PAGE = '/ar/leaflets/saadan-klager-du'
const SAMPLES = Number(process.env.BENCH_SITE_SAMPLES ?? 200)

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Time to the first byte of the answer (headers and the first body chunk), in ms. */
async function timeToFirstByte(url: string): Promise<number> {
  const t0 = performance.now()
  const response = await request(url)
  for await (const _chunk of response.body) {
    const ttfb = performance.now() - t0
    await response.body.dump()
    return ttfb
  }
  return performance.now() - t0
}

/**
 * The citizen site against `next start`: what a first visit to an Arabic leaflet page transfers
 * (HTML and the fonts the page actually uses, measured in Chromium), the HTML alone gzipped,
 * time to first byte of the page when it is in the published cache, and throughput.
 */
export async function runSiteBench(): Promise<Record<string, number>> {
  const server = await startAppServer()
  try {
    const url = `${server.url}${PAGE}`
    const first = await timeToFirstByte(url) // builds the cache entry
    const html = await (await fetch(url)).text()
    if (!html.includes('<html lang="ar" dir="rtl">'))
      throw new Error(`unexpected page: ${html.slice(0, 200)}`)
    const samples: number[] = []
    for (let i = 0; i < SAMPLES; i++) samples.push(await timeToFirstByte(url))
    samples.sort((a, b) => a - b)

    const browser = await launchChromium()
    let transferred = 0
    let requests = 0
    let scripts = 0
    try {
      const page = await browser.newPage()
      page.on('response', async (response) => {
        requests++
        if (response.request().resourceType() === 'script') scripts++
        transferred += (await response.body().catch(() => Buffer.alloc(0))).length
      })
      await page.goto(url, { waitUntil: 'networkidle' })
    } finally {
      await browser.close()
    }
    const load = await runLoad(url, 16, Number(process.env.BENCH_SECONDS ?? 5))
    return {
      page_html_bytes: Buffer.byteLength(html),
      page_html_gzip_bytes: gzipSync(html).length,
      first_visit_bytes_with_fonts: transferred,
      first_visit_requests: requests,
      first_visit_scripts: scripts,
      uncached_first_ttfb_ms: first,
      cached_ttfb_p50_ms: percentile(samples, 50),
      cached_ttfb_p99_ms: percentile(samples, 99),
      cached_page_rps_16_connections: load.rps,
      cached_page_errors: load.errors,
    }
  } finally {
    await server.stop()
  }
}
