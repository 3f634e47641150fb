import type { Payload } from 'payload'
import { AGE_BANDS, ORIGIN_GROUPS } from '../../src/followup/groups'
import { buildReport } from '../../src/followup/report/build'
import { renderReportHtml } from '../../src/followup/report/render'
import { FONT_FACES } from '../../src/print/fonts'
import { gatherReportInput } from '../../plugins/follow-up/report/gather'
import { embeddedFontFaces, reportPdf } from '../../plugins/follow-up/report/pdf'
import { startTestPayload } from '../support/payload'

const YEARS = 5
const AREAS = 10
const MEETINGS = 2000
const UNITS = 60
const KINDS = [
  'citizen-meeting',
  'working-group',
  'steering-group',
  'information-meeting',
  'market-day',
  'event',
] as const

/**
 * Bench data straight through the database adapter (no hooks): what the report reads, at the
 * size the issue names. The rows are valid (attendance adds up, no-shows <= invitations).
 */
async function fill(payload: Payload, lastYear: number): Promise<void> {
  const db = payload.db
  const department = (
    await db.create({
      collection: 'departments',
      data: { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen', slug: 'bif' },
    })
  ).id as number
  const areas: number[] = []
  for (let a = 0; a < AREAS; a++)
    areas.push(
      (
        await db.create({
          collection: 'areas',
          data: { name: `Bench area ${a}`, code: `B${a}`, kind: 'district' },
        })
      ).id as number,
    )
  for (let y = lastYear - YEARS + 1; y <= lastYear; y++) {
    for (const area of areas) {
      for (const group of ORIGIN_GROUPS) {
        for (const ageBand of AGE_BANDS) {
          await db.create({
            collection: 'population-figures',
            data: {
              area,
              year: y,
              group,
              ageBand,
              count: group === 'danish' ? 6000 : group === 'immigrants' ? 1500 : 600,
              sourceTable: 'bench',
              extractedOn: `${y}-02-01T00:00:00.000Z`,
              illustrative: true,
            },
          })
        }
      }
    }
  }
  for (let i = 0; i < MEETINGS; i++) {
    const y = lastYear - (i % YEARS)
    const danish = 5 + (i % 30)
    const immigrants = i % 11
    const descendants = i % 5
    const notStated = i % 3
    await db.create({
      collection: 'meetings',
      data: {
        title: `Bench meeting ${i}`,
        kind: KINDS[i % KINDS.length],
        date: `${y}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00.000Z`,
        area: areas[i % AREAS],
        department,
        invitationLanguages: ['da', 'ar', 'ur'],
        attendance: {
          danish,
          immigrants,
          descendants,
          notStated,
          total: danish + immigrants + descendants + notStated,
        },
        illustrative: true,
      },
    })
  }
  for (let u = 0; u < UNITS; u++) {
    const unit = (
      await db.create({
        collection: 'units',
        data: {
          name: `Bench unit ${u}`,
          code: `U${u}`,
          kind: u % 2 ? 'job-centre' : 'social-centre',
          baseline: { from: `${lastYear - YEARS + 1}-01`, to: `${lastYear - YEARS + 1}-12` },
        },
      })
    ).id as number
    for (let y = lastYear - YEARS + 1; y <= lastYear; y++) {
      for (let m = 1; m <= 12; m++) {
        await db.create({
          collection: 'no-show-months',
          data: {
            unit,
            month: `${y}-${String(m).padStart(2, '0')}`,
            withTranslation: { invitations: 60, noShows: 6 + (m % 4) },
            withoutTranslation: { invitations: 140, noShows: 24 + (m % 6) },
            source: 'illustrative',
          },
        })
      }
    }
  }
}

/** Status report for 5 years, 10 areas, 2,000 meetings and 60 units of monthly no-shows: HTML and PDF times. */
export async function runFollowUpBench(): Promise<Record<string, number>> {
  const t = await startTestPayload()
  try {
    const lastYear = new Date().getUTCFullYear() - 1
    const fillStart = performance.now()
    await fill(t.payload, lastYear)
    const fillMs = performance.now() - fillStart
    const html: number[] = []
    const gather: number[] = []
    let page = ''
    for (let r = 0; r < 3; r++) {
      const start = performance.now()
      const input = await gatherReportInput(t.payload, lastYear)
      gather.push(performance.now() - start)
      page = renderReportHtml(buildReport(input), { fontFaces: FONT_FACES })
      html.push(performance.now() - start)
    }
    html.sort((a, b) => a - b)
    gather.sort((a, b) => a - b)
    const pdfStart = performance.now()
    const pdf = await reportPdf(
      renderReportHtml(buildReport(await gatherReportInput(t.payload, lastYear)), {
        fontFaces: await embeddedFontFaces(),
      }),
    )
    const pdfMs = performance.now() - pdfStart
    return {
      followup_meetings: MEETINGS,
      followup_no_show_rows: UNITS * YEARS * 12,
      followup_fill_s: fillMs / 1000,
      report_html_median_ms: html[1],
      report_gather_median_ms: gather[1],
      report_html_kb: page.length / 1024,
      report_pdf_ms: pdfMs,
      report_pdf_kb: pdf.length / 1024,
    }
  } finally {
    await t.close()
  }
}
