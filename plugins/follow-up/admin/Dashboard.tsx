import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { buildReport } from '../../../src/followup/report/build'
import { REPORT_CSS, renderReportBody, reportTitle } from '../../../src/followup/report/render'
import { mayReadReport } from '../access'
import { gatherReportInput } from '../report/gather'

/**
 * /admin/follow-up: the status report's figures inside the admin, for admins and analysts, with a
 * year picker and links to the printable HTML and PDF. Same markup as the report (rendered on the
 * server, charts as SVG), so the two never disagree.
 */
export async function FollowUpDashboard({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const raw =
    typeof searchParams?.year === 'string' ? Number(searchParams.year) : new Date().getUTCFullYear()
  const year =
    Number.isInteger(raw) && raw >= 2000 && raw <= 2200 ? raw : new Date().getUTCFullYear()
  const allowed = mayReadReport(req)
  const body = allowed
    ? renderReportBody(buildReport(await gatherReportInput(req.payload, year)))
    : ''
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>Follow-up: {reportTitle(year)}</h1>
        {allowed ? (
          <>
            <form
              method="get"
              style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', margin: '1rem 0' }}
            >
              <label htmlFor="followup-year">Year</label>
              <input
                id="followup-year"
                name="year"
                type="number"
                min={2000}
                max={2200}
                defaultValue={year}
              />
              <button type="submit">Show</button>
              <a href={`/api/follow-up/report?year=${year}`}>Report (HTML)</a>
              <a href={`/api/follow-up/report?year=${year}&format=pdf`}>Report (PDF)</a>
            </form>
            <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
            <div dangerouslySetInnerHTML={{ __html: body }} />
          </>
        ) : (
          <p>The follow-up dashboard is for admins and analysts.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
