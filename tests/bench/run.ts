/**
 * `npm run bench`: prints every speed and efficiency figure the issues ask for. Not a test:
 * figures depend on the machine; the targets are stated beside them.
 */
import path from 'node:path'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { runEngineBench } from './engine-bench'
import { runLettersBench } from './letters-bench'
import { runMemoryBench } from './memory-bench'
import { runDeliveryBench } from './delivery-bench'
import { runReadabilityBench } from './readability-bench'
import { runFollowUpBench } from './follow-up-bench'
import { runSiteBench } from './site-bench'

function print(
  title: string,
  figures: Record<string, number>,
  targets: Record<string, string> = {},
): void {
  console.log(`\n${title}`)
  for (const [name, value] of Object.entries(figures)) {
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1)
    console.log(
      `  ${name.padEnd(36)} ${shown.padStart(12)}${targets[name] ? `   (target ${targets[name]})` : ''}`,
    )
  }
}

const server = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres(path.resolve('.data/bench-postgres'), 54332)
process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL ?? server!.url
try {
  const sections: Array<[string, () => Promise<Record<string, number>>, Record<string, string>]> =
    []
  sections.push([
    'Translation engine (20-paragraph document, one paragraph edited; 200-paragraph segment+join)',
    runEngineBench,
    { billed_per_changed_char: '<= 1.05' },
  ])
  sections.push([
    'Translation memory: fuzzy matches for a 20-segment review screen',
    runMemoryBench,
    { fuzzy_lookup_p50_ms: '<= 200' },
  ])
  sections.push([
    'Delivery API: Arabic leaflet, 32 connections, beside a bare node:http server and the old cached Payload route',
    runDeliveryBench,
    {
      ratio_rest_to_bare: '>= 0.5',
      ratio_graphql_to_bare: '>= 0.5',
      ratio_rest_to_old: '>= 3',
      ratio_graphql_to_old: '>= 3',
      errors: '0',
    },
  ])
  sections.push([
    'Letters: Arabic packets as tagged PDFs (shared Chromium), then a CSV batch streamed as a ZIP',
    runLettersBench,
    { batch_rss_growth_mb: '< 300, independent of rows' },
  ])
  sections.push([
    'Readability: LIX and hints for a 20,000-word document',
    runReadabilityBench,
    { keystroke_recompute_p95_ms: '<= 50 (as the editor types)' },
  ])
  sections.push([
    'Follow-up: status report, 5 years, 10 areas, 2,000 meetings, 60 units of monthly no-shows',
    runFollowUpBench,
    { report_html_median_ms: '<= 2000', report_pdf_ms: '<= 15000' },
  ])
  sections.push([
    'Citizen site: Arabic leaflet page, cached',
    runSiteBench,
    { first_visit_scripts: '0', cached_ttfb_p50_ms: '<= 50', page_html_gzip_bytes: '<= 14000' },
  ])
  for (const [title, run, targets] of sections) print(title, await run(), targets)
} finally {
  await server?.stop()
}
process.exit(0)
