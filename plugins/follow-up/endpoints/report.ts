import { APIError, type Endpoint, Forbidden, type PayloadRequest } from 'payload'
import { buildReport } from '../../../src/followup/report/build'
import { renderReportHtml } from '../../../src/followup/report/render'
import { FONT_FACES } from '../../../src/print/fonts'
import { mayReadReport } from '../access'
import { ChromiumMissing } from '../report/browser'
import { gatherReportInput } from '../report/gather'
import { embeddedFontFaces, reportPdf } from '../report/pdf'
import { requireSignedIn } from './http'
import { badRequest } from '../../../src/api/httpErrors'

function reportYear(req: PayloadRequest): number {
  const raw = req.searchParams.get('year')
  const year = raw === null ? new Date().getUTCFullYear() : Number(raw)
  if (!Number.isInteger(year) || year < 2000 || year > 2200)
    throw badRequest(`year must be a year such as 2025, got "${raw}"`)
  return year
}

function allowed(req: PayloadRequest): void {
  requireSignedIn(req)
  if (!mayReadReport(req)) throw new Forbidden(req.t)
}

const noStore = { 'cache-control': 'no-store' }

/**
 * GET /api/follow-up/report?year=2025           the annual status report, HTML (admins, analysts)
 * GET /api/follow-up/report?year=2025&format=pdf the same as a PDF rendered by Chromium
 * GET /api/follow-up/report?year=2025&format=json the figures (the model) for other tools
 */
export const reportEndpoints: Endpoint[] = [
  {
    path: '/follow-up/report',
    method: 'get',
    handler: async (req) => {
      allowed(req)
      const year = reportYear(req)
      const format = req.searchParams.get('format') ?? 'html'
      if (!['html', 'pdf', 'json'].includes(format))
        throw badRequest('format must be html, pdf or json')
      const model = buildReport(await gatherReportInput(req.payload, year))
      if (format === 'json') {
        const { input, ...figures } = model
        return Response.json(
          {
            year,
            generatedAt: input.generatedAt,
            ...figures,
            inclusion: input.inclusion,
            materials: input.materials,
            siteUse: input.siteUse ?? 'not counted yet',
          },
          { headers: noStore },
        )
      }
      if (format === 'html') {
        const html = renderReportHtml(model, {
          fontFaces: FONT_FACES,
          pdfLink: `/api/follow-up/report?year=${year}&format=pdf`,
        })
        return new Response(html, {
          headers: { 'content-type': 'text/html; charset=utf-8', ...noStore },
        })
      }
      try {
        const pdf = await reportPdf(
          renderReportHtml(model, { fontFaces: await embeddedFontFaces() }),
        )
        return new Response(new Uint8Array(pdf), {
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': `inline; filename="status-report-${year}.pdf"`,
            ...noStore,
          },
        })
      } catch (error) {
        if (error instanceof ChromiumMissing)
          throw new APIError(error.message, 503, undefined, true)
        throw error
      }
    },
  },
]
