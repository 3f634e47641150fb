import { isLocale, languageOf } from '../../languages'
import { ORIGIN_GROUP_LABELS, ORIGIN_GROUPS } from '../groups'
import type { NoShowComparison } from '../noShows'
import type { Representativeness } from '../representativeness'
import { isSuppressed, showCount, SUPPRESSION_LIMIT } from '../suppression'
import { groupedBars, intervals, lines, stackedBars } from './charts'
import type { ReportModel } from './model'
import { esc, fmt, pct } from './svg'

export const EVENT_TARGET = 3

const KIND_LABELS: Record<string, string> = {
  'citizen-meeting': 'Citizen meeting',
  'working-group': 'Working group',
  'steering-group': 'Steering group',
  'information-meeting': 'Information meeting',
  'market-day': 'Market day',
  event: 'Event',
}

const ILLUSTRATIVE =
  '<strong class="illustrative">Illustrative figures, not real statistics</strong>'

function languageName(code: string): string {
  return isLocale(code) ? languageOf(code).label : code
}

/** A language's own name with its lang and dir, so Arabic, Urdu and Persian read right to left. */
function nativeName(code: string): string {
  if (!isLocale(code)) return esc(code)
  const l = languageOf(code)
  return `<span lang="${l.bcp47}" dir="${l.dir}">${esc(l.nativeName)}</span>`
}

function groupName(group: string): string {
  if (group === 'all') return 'All citizens'
  const l = ORIGIN_GROUP_LABELS[group as keyof typeof ORIGIN_GROUP_LABELS]
  return l
    ? `${esc(l.en)} <span class="alt" lang="da">${esc(l.da)}</span> <span class="alt" lang="ar" dir="rtl">${esc(l.ar)}</span>`
    : esc(group)
}

const source = (text: string) => `<p class="source"><span>Source:</span> ${text}</p>`

function testText(r: Representativeness | null): string {
  if (!r) return 'not computed'
  if (r.test.method === 'chi-square')
    return `chi-square ${fmt(r.test.statistic, 2)} (${r.test.df} df), p = ${fmt(r.test.pValue, 3)}`
  if (r.test.method === 'exact-multinomial')
    return `exact multinomial, p = ${fmt(r.test.pValue, 3)}`
  return esc(r.test.reason)
}

function flagsText(r: Representativeness | null): string {
  if (!r) return '–'
  const flagged = r.groups.filter((g) => g.flag)
  if (!flagged.length) return 'none'
  return flagged
    .map(
      (g) =>
        `${esc(ORIGIN_GROUP_LABELS[g.group].en)}: ${g.flag === 'under' ? 'under-represented' : 'over-represented'}`,
    )
    .join('; ')
}

function comparisonCells(c: NoShowComparison | null): string {
  if (!c) return '<td colspan="4">no baseline set</td>'
  if (c.verdict === 'no data')
    return `<td>${c.baseline.invitations ? pct(c.baseline.rate, 1) : 'no data'}</td><td>${c.period.invitations ? pct(c.period.rate, 1) : 'no data'}</td><td>–</td><td>no data</td>`
  // Rates built on fewer than 5 no-shows are suppressed like any other small count.
  const rate = (r: { noShows: number; rate: number }) =>
    isSuppressed(r.noShows)
      ? `<abbr title="fewer than ${SUPPRESSION_LIMIT} no-shows">&lt;${SUPPRESSION_LIMIT}</abbr>`
      : pct(r.rate, 1)
  const hide = isSuppressed(c.baseline.noShows) || isSuppressed(c.period.noShows)
  return `<td>${rate(c.baseline)}</td><td>${rate(c.period)}</td><td>${hide ? 'suppressed' : `${fmt(c.change.estimate * 100, 1)} pp (${fmt(c.change.lower * 100, 1)} to ${fmt(c.change.upper * 100, 1)})`}</td><td>${hide ? 'suppressed' : c.verdict}</td>`
}

function materialsSection(model: ReportModel): string {
  const m = model.input.materials
  const locales = [...new Set(m.map((r) => r.locale))]
  const departments = [...new Set(m.map((r) => r.department))].sort()
  const statuses = ['published', 'outdated', 'missing'] as const
  const n = (filter: (r: (typeof m)[number]) => boolean) => m.filter(filter).length
  const chart = locales.length
    ? stackedBars(
        {
          id: 'chart-materials',
          title: 'Materials per language: published, outdated, missing',
          description:
            'One bar per language: how many published Danish documents are live, outdated or missing in that language.',
        },
        locales.map(languageName),
        statuses,
        (lang, s) => n((r) => languageName(r.locale) === lang && r.status === s),
      )
    : '<p>No published Danish material yet.</p>'
  const rows = departments
    .map(
      (d) =>
        `<tr><th scope="row">${esc(d)}</th>${locales.map((l) => `<td>${statuses.map((s) => n((r) => r.department === d && r.locale === l && r.status === s)).join(' / ')}</td>`).join('')}</tr>`,
    )
    .join('')
  return `<section id="materials"><h2>Materials per language and department</h2>${chart}
<table><caption>Published / outdated / missing, per department and language, as of ${esc(model.input.generatedAt.slice(0, 10))}</caption><thead><tr><th scope="col">Department</th>${locales.map((l) => `<th scope="col">${esc(languageName(l))} ${nativeName(l)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>
${source('the CMS content collections (published Danish documents) and their translation tasks; "outdated" = the Danish changed after the language was approved.')}</section>`
}

function translationSection(model: ReportModel): string {
  const d = model.daysToLive
  const withDays = d.filter((r) => r.medianDays !== null)
  const daysChart = withDays.length
    ? groupedBars(
        {
          id: 'chart-days',
          title: `Median days from Danish publication to each language live, ${model.input.year}`,
          description: 'Median days per language for languages first published in the year.',
        },
        withDays.map((r) => languageName(r.locale)),
        ['median days'],
        (lang) => withDays.find((r) => languageName(r.locale) === lang)?.medianDays ?? null,
        (v) => fmt(v, 1),
      )
    : `<p>No language was first published in ${model.input.year}.</p>`
  const mt = model.machineTranslation
  const mtChart = mt.some((r) => r.billedCharacters || r.savedByMemory)
    ? groupedBars(
        {
          id: 'chart-mt',
          title: `Machine translation characters billed and saved by memory, ${model.input.year}`,
          description:
            'Per language: characters sent to (and billed by) the machine translation provider, and characters taken from translation memory instead.',
        },
        mt.map((r) => languageName(r.locale)),
        ['billed', 'saved by memory'],
        (lang, s) => {
          const r = mt.find((x) => languageName(x.locale) === lang)!
          return s === 'billed' ? r.billedCharacters : r.savedByMemory
        },
      )
    : `<p>No machine translation in ${model.input.year}.</p>`
  return `<section id="translation"><h2>Translation speed and cost</h2>${daysChart}
<table><caption>Days from Danish publication to the language live, ${model.input.year}</caption><thead><tr><th scope="col">Language</th><th scope="col">Documents</th><th scope="col">Median days</th></tr></thead><tbody>${d.map((r) => `<tr><th scope="row">${esc(languageName(r.locale))} ${nativeName(r.locale)}</th><td>${r.documents}</td><td>${r.medianDays === null ? '–' : fmt(r.medianDays, 1)}</td></tr>`).join('')}</tbody></table>
${source('the audit log (publications of Danish and of each language).')}
${mtChart}
<table><caption>Characters billed and saved by translation memory, tasks created in ${model.input.year}</caption><thead><tr><th scope="col">Language</th><th scope="col">Billed</th><th scope="col">Saved by memory</th></tr></thead><tbody>${mt.map((r) => `<tr><th scope="row">${esc(languageName(r.locale))}</th><td>${fmt(r.billedCharacters)}</td><td>${fmt(r.savedByMemory)}</td></tr>`).join('')}</tbody></table>
${source('translation tasks: characters billed by the provider, and Danish characters of segments filled from translation memory.')}</section>`
}

function meetingsSection(model: ReportModel): string {
  const year = model.input.year
  const events = model.informativeEventsByYear
  const thisYear = events.find((e) => e.year === year)?.count ?? 0
  const eventsChart = lines(
    {
      id: 'chart-events',
      title: 'Informative events held per year against the target of three',
      description:
        'Information meetings, market days and events per year; dashed line: the target of three a year.',
    },
    events.map((e) => String(e.year)),
    ['informative events'],
    (_, y) => events.find((e) => String(e.year) === y)?.count ?? 0,
    { reference: { value: EVENT_TARGET, label: `target ${EVENT_TARGET}` } },
  )
  const kinds = model.meetingsByKind
  const areaRows = model.areaYears.filter((a) => a.meetings > 0)
  const intervalRows = areaRows.flatMap((a) =>
    (a.representation?.groups ?? []).map((g) => ({
      label: `${a.area}: ${ORIGIN_GROUP_LABELS[g.group].en}`,
      estimate: g.ratio.estimate,
      lower: g.ratio.lower,
      upper: g.ratio.upper,
      flagged: g.flag !== null,
    })),
  )
  const reprChart = intervalRows.length
    ? intervals(
        {
          id: 'chart-representation',
          title: `Representativeness per area, ${year}: attendee share over population share`,
          description:
            'Per area and origin group, the share of attendees divided by the share of the adult population, with a 95 % Wilson interval. 1 means as in the population; red marks a group the interval shows to be under- or over-represented.',
        },
        intervalRows,
      )
    : '<p>No meetings with attendance and population figures in this year.</p>'
  const areaTable = areaRows
    .map((a) => {
      const cells = ORIGIN_GROUPS.map((g) => {
        const rep = a.representation?.groups.find((x) => x.group === g)
        const count = a.attendance[g]
        const shareText = !rep
          ? '–'
          : isSuppressed(count)
            ? 'suppressed'
            : `${pct(rep.share.estimate)} (pop. ${pct(rep.populationShare)}); ratio ${fmt(rep.ratio.estimate, 2)} [${fmt(rep.ratio.lower, 2)}–${fmt(rep.ratio.upper, 2)}]`
        return `<td>${showCount(count)}<br><small>${shareText}</small></td>`
      }).join('')
      return `<tr><th scope="row">${esc(a.area)}${a.illustrative ? ' <small class="illustrative">(illustrative population)</small>' : ''}</th><td>${a.meetings}</td>${cells}<td>${flagsText(a.representation)}</td><td>${testText(a.representation)}</td></tr>`
    })
    .join('')
  const meetingRows = model.meetings
    .map((m) =>
      `<tr><td>${esc(m.date)}</td><td>${esc(m.title)}</td><td>${esc(KIND_LABELS[m.kind] ?? m.kind)}</td><td>${esc(m.area)}</td><td>${esc(m.department)}</td><td>${m.invitationLanguages.map(nativeName).join(', ') || '–'}</td><td>${showCount(m.attendees)}</td><td>${flagsText(m.representation)}</td></tr>`.replace(
        '<td>',
        m.illustrative ? '<td><small class="illustrative">illustrative</small> ' : '<td>',
      ),
    )
    .join('')
  return `<section id="meetings"><h2>Meetings and representativeness</h2>
<p>${model.meetings.length} meetings held in ${year}: ${kinds.map((k) => `${esc(KIND_LABELS[k.kind] ?? k.kind)} ${k.count}`).join(', ') || 'none'}. Informative events: <strong>${thisYear}</strong> against the target of ${EVENT_TARGET} (${thisYear >= EVENT_TARGET ? 'met' : 'not met'}).</p>
${eventsChart}
<h3>Who came, per area</h3>
<p>Origin groups: ${ORIGIN_GROUPS.map(groupName).join('; ')}.</p>
${reprChart}
<table><caption>Attendance per area and origin group against the adult population (${year}); counts under ${SUPPRESSION_LIMIT} shown as &lt;${SUPPRESSION_LIMIT}</caption><thead><tr><th scope="col">Area</th><th scope="col">Meetings</th>${ORIGIN_GROUPS.map((g) => `<th scope="col">${groupName(g)}</th>`).join('')}<th scope="col">Flagged (95 % interval)</th><th scope="col">Test</th></tr></thead><tbody>${areaTable}</tbody></table>
${source(`meeting records in this CMS (attendance counts entered by organisers); population: ${model.illustrativePopulation ? `${ILLUSTRATIVE} ` : ''}${[...new Set(areaRows.flatMap((a) => a.populationSources))].map(esc).join('; ') || 'none'}. A group is flagged only when its whole 95 % Wilson interval lies below (or above) its population share; chi-square only where every expected count is at least 5, else the exact multinomial test.`)}
<h3>Meetings held</h3>
<table class="meetings"><caption>Every meeting in ${year}</caption><thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Kind</th><th scope="col">Area</th><th scope="col">Department</th><th scope="col">Invitation languages</th><th scope="col">Attendees</th><th scope="col">Flagged</th></tr></thead><tbody>${meetingRows}</tbody></table>
${source(`meeting records in this CMS${model.illustrativeMeetings ? `; ${ILLUSTRATIVE}: rows marked illustrative are demo records, not real meetings` : ''}.`)}</section>`
}

function populationSection(model: ReportModel): string {
  const rows = model.areaYears.filter((a) => a.population)
  return `<section id="population"><h2>Population of the areas (adults)</h2>${model.illustrativePopulation ? `<p>${ILLUSTRATIVE}: the shipped example file is made up to show the importer and the report; import Statistics Denmark's figures to replace it.</p>` : ''}
<table><caption>Adults (18+) by origin group; counts under ${SUPPRESSION_LIMIT} shown as &lt;${SUPPRESSION_LIMIT}</caption><thead><tr><th scope="col">Area</th><th scope="col">Year</th>${ORIGIN_GROUPS.map((g) => `<th scope="col">${groupName(g)}</th>`).join('')}<th scope="col">Source</th></tr></thead><tbody>${rows.map((a) => `<tr><th scope="row">${esc(a.area)}</th><td>${a.populationYear}</td>${ORIGIN_GROUPS.map((g) => `<td>${showCount(a.population![g])}</td>`).join('')}<td>${a.illustrative ? '<strong class="illustrative">illustrative</strong> ' : ''}${a.populationSources.map(esc).join('; ')}</td></tr>`).join('')}</tbody></table></section>`
}

function noShowSection(model: ReportModel): string {
  const year = model.input.year
  const monthly = model.noShowMonthly
  const chart = monthly.length
    ? lines(
        {
          id: 'chart-noshows',
          title: `No-show rate per month, all units, ${model.years[0]}–${year}`,
          description:
            'Share of invitations not attended, per month, for letters with a translation and without.',
        },
        monthly.map((m) => m.month),
        ['with translation', 'without translation'],
        (s, month) => {
          const m = monthly.find((x) => x.month === month)!
          return s === 'with translation' ? m.withTranslation : m.withoutTranslation
        },
        { format: (v) => pct(v) },
      )
    : '<p>No no-show data yet.</p>'
  const rows = model.noShowUnits
    .map(
      (u) =>
        `<tr><th scope="row" rowspan="3">${esc(u.name)} <small>(${esc(u.code)})</small><br><small>baseline ${u.baseline ? `${esc(u.baseline.from)} to ${esc(u.baseline.to)}` : 'not set'}</small></th><td>all letters</td>${comparisonCells(u.all)}</tr><tr><td>with translation</td>${comparisonCells(u.withTranslation)}</tr><tr><td>without translation</td>${comparisonCells(u.withoutTranslation)}</tr>`,
    )
    .join('')
  return `<section id="noshows"><h2>No-shows against the baseline</h2>${model.input.illustrativeNoShows ? `<p>${ILLUSTRATIVE}: the no-show figures include demo data, not counts from a case system.</p>` : ''}${chart}
<table><caption>No-show rate in ${year} against each unit's baseline, change in percentage points with a 95 % interval (Newcombe)</caption><thead><tr><th scope="col">Unit</th><th scope="col">Letters</th><th scope="col">Baseline</th><th scope="col">${year}</th><th scope="col">Change (95 % interval)</th><th scope="col">Verdict</th></tr></thead><tbody>${rows}</tbody></table>
${source('the case system\'s monthly no-show export (CSV import) and the letter composer\'s counts where used; "fewer" or "more" only when the interval excludes zero.')}</section>`
}

function inclusionSection(model: ReportModel): string {
  const inc = model.input.inclusion
  if (!inc.length)
    return '<section id="inclusion"><h2>The inclusion indicator</h2><p>No figures entered yet.</p></section>'
  const years = model.years.map(String)
  const groups = [...new Set(inc.map((i) => i.group))]
  const chart = (measure: 'trust' | 'influence', title: string) =>
    lines(
      {
        id: `chart-${measure}`,
        title,
        description: `Per origin group, percent answering positively, ${years[0]}–${years[years.length - 1]}.`,
      },
      years,
      groups.map((g) =>
        g === 'all'
          ? 'All citizens'
          : (ORIGIN_GROUP_LABELS[g as keyof typeof ORIGIN_GROUP_LABELS]?.en ?? g),
      ),
      (label, y) =>
        inc.find(
          (i) =>
            i.measure === measure &&
            String(i.year) === y &&
            (i.group === 'all'
              ? 'All citizens'
              : (ORIGIN_GROUP_LABELS[i.group as keyof typeof ORIGIN_GROUP_LABELS]?.en ??
                i.group)) === label,
        )?.percent ?? null,
      { format: (v) => `${fmt(v)} %`, yMax: 100 },
    )
  const rows = inc
    .filter((i) => model.years.includes(i.year))
    .sort((a, b) => a.year - b.year || a.measure.localeCompare(b.measure))
  return `<section id="inclusion"><h2>The inclusion indicator</h2>${model.illustrativeInclusion ? `<p>${ILLUSTRATIVE} where marked.</p>` : ''}
${chart('trust', 'Trust in municipal institutions')}${chart('influence', 'Felt influence on local decisions')}
<table><caption>Inclusion indicator figures</caption><thead><tr><th scope="col">Year</th><th scope="col">Measure</th><th scope="col">Group</th><th scope="col">Percent</th><th scope="col">Source</th></tr></thead><tbody>${rows.map((i) => `<tr><td>${i.year}</td><td>${i.measure === 'trust' ? 'Trust' : 'Felt influence'}</td><td>${groupName(i.group)}</td><td>${fmt(i.percent)} %</td><td>${i.illustrative ? '<strong class="illustrative">illustrative</strong> ' : ''}${esc(i.source)}</td></tr>`).join('')}</tbody></table></section>`
}

function siteUseSection(model: ReportModel): string {
  const use = model.input.siteUse
  if (!use)
    return `<section id="site-use"><h2>Use of the citizen site per language</h2><p><strong>Not counted yet.</strong> The citizen site recorded no page views in this year, so no figure is shown rather than an estimate.</p></section>`
  return `<section id="site-use"><h2>Use of the citizen site per language</h2><table><thead><tr><th scope="col">Language</th><th scope="col">Page views</th></tr></thead><tbody>${use.map((u) => `<tr><th scope="row">${esc(languageName(u.locale))} ${nativeName(u.locale)}</th><td>${fmt(u.views)}</td></tr>`).join('')}</tbody></table></section>`
}

/** Styles of the report body, scoped to .followup-report so the admin dashboard can show the same markup. */
export const REPORT_CSS = `
.followup-report { color: #1a1a1a; line-height: 1.45; }
.followup-report [lang="ar"], .followup-report [lang="fa"] { font-family: 'Noto Naskh Arabic', 'Noto Sans', sans-serif; }
.followup-report [lang="ur"] { font-family: 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', sans-serif; }
.followup-report h2 { font-size: 1.3rem; border-bottom: 2px solid #1f5fa8; padding-bottom: .2rem; margin-top: 2rem; }
.followup-report h3 { font-size: 1.1rem; }
.followup-report table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .85rem; }
.followup-report caption { text-align: start; font-weight: 700; padding: .3rem 0; }
.followup-report th, .followup-report td { border: 1px solid #999; padding: .25rem .4rem; text-align: start; vertical-align: top; }
.followup-report thead th { background: #eef2f8; color: #1a1a1a; }
.followup-report .alt { font-size: .85em; display: inline-block; }
.followup-report .source { font-size: .8rem; } .followup-report .source span { font-weight: 700; }
.followup-report .illustrative { color: #8a1c00; }
.followup-report svg.chart { max-width: 100%; height: auto; display: block; margin: .8rem 0; font-family: 'Noto Sans', sans-serif; background: #fff; }
.followup-report nav ul { columns: 2; }
`

const PAGE_CSS = `
body { font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.6rem; }
@page { size: A4; margin: 14mm; }
@media print { body { max-width: none; padding: 0; } svg.chart, tr { break-inside: avoid; } nav { display: none; } }
`

/** The report's sections (everything below the title), for the page, the PDF and the admin dashboard. */
export function renderReportBody(model: ReportModel): string {
  return `<div class="followup-report">
<p>Generated ${esc(model.input.generatedAt.slice(0, 16).replace('T', ' '))} UTC from the CMS. Every figure names its source; counts of people under ${SUPPRESSION_LIMIT} are suppressed, as Statistics Denmark does.</p>
${model.illustrativePopulation || model.illustrativeInclusion || model.illustrativeMeetings || model.input.illustrativeNoShows ? `<p class="illustrative-notice">${ILLUSTRATIVE}: some figures in this report come from the shipped example data (population, meetings, no-shows or the inclusion indicator) and are marked "illustrative" where they appear.</p>` : ''}
<nav aria-label="Report sections"><ul><li><a href="#materials">Materials per language</a></li><li><a href="#translation">Translation speed and cost</a></li><li><a href="#meetings">Meetings and representativeness</a></li><li><a href="#population">Population</a></li><li><a href="#noshows">No-shows</a></li><li><a href="#inclusion">Inclusion indicator</a></li><li><a href="#site-use">Citizen site use</a></li></ul></nav>
${materialsSection(model)}${translationSection(model)}${meetingsSection(model)}${populationSection(model)}${noShowSection(model)}${inclusionSection(model)}${siteUseSection(model)}
</div>`
}

export function reportTitle(year: number): string {
  return `Status report ${year}: communication with ethnic-minority citizens`
}

/** The annual status report as a whole HTML page; `fontFaces` is CSS (served URLs for the browser, embedded data for the PDF). */
export function renderReportHtml(
  model: ReportModel,
  options: { fontFaces?: string; pdfLink?: string } = {},
): string {
  const title = reportTitle(model.input.year)
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${options.fontFaces ?? ''}${PAGE_CSS}${REPORT_CSS}</style></head><body><main>
<h1>${esc(title)}</h1>
${options.pdfLink ? `<p><a href="${esc(options.pdfLink)}">Download as PDF</a></p>` : ''}
${renderReportBody(model)}
</main></body></html>`
}
