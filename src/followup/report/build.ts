import { ADULT_AGE_BANDS, ORIGIN_GROUPS, type OriginGroup } from '../groups'
import { compareWithBaseline, type NoShowMonth } from '../noShows'
import { representativeness } from '../representativeness'
import type { AreaYear, MeetingRow, ReportInput, ReportModel } from './model'

/** The meeting kinds that count towards the strategy's "at least three informative events a year". */
export const INFORMATIVE_KINDS = ['information-meeting', 'market-day', 'event']
export const TREND_YEARS = 5

const emptyGroups = (): Record<OriginGroup, number> => ({
  danish: 0,
  immigrants: 0,
  descendants: 0,
})

function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * Adult population per area from the latest year with figures at or before `year`. A group with
 * a suppressed adult cell is left unknown rather than guessed, so representativeness is not
 * computed against a number nobody published.
 */
function adultPopulation(input: ReportInput, areaId: number, year: number) {
  const rows = input.population.filter(
    (p) => p.areaId === areaId && p.year <= year && ADULT_AGE_BANDS.includes(p.ageBand),
  )
  if (!rows.length) return null
  const latest = Math.max(...rows.map((r) => r.year))
  const those = rows.filter((r) => r.year === latest)
  const groups = emptyGroups()
  let suppressed = false
  for (const r of those) {
    if (r.count === null) suppressed = true
    else groups[r.group] += r.count
  }
  return {
    groups: suppressed ? null : groups,
    year: latest,
    sources: [
      ...new Set(those.map((r) => `${r.sourceTable}, extracted ${r.extractedOn.slice(0, 10)}`)),
    ],
    illustrative: those.some((r) => r.illustrative),
  }
}

function monthsOfYear(year: number) {
  return { from: `${year}-01`, to: `${year}-12` }
}

/** Pure: the report's figures from plain rows. Everything statistical is computed here, nothing in the templates. */
export function buildReport(input: ReportInput): ReportModel {
  const { year } = input
  const years = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i)
  const areaName = new Map(input.areas.map((a) => [a.id, a.name]))
  const inYear = input.meetings.filter((m) => m.date.slice(0, 4) === String(year))

  const populations = new Map(input.areas.map((a) => [a.id, adultPopulation(input, a.id, year)]))
  const meetings: MeetingRow[] = inYear
    .map((m) => {
      const pop = populations.get(m.areaId)?.groups ?? null
      const stated = {
        danish: m.attendance.danish,
        immigrants: m.attendance.immigrants,
        descendants: m.attendance.descendants,
      }
      return {
        id: m.id,
        title: m.title,
        kind: m.kind,
        date: m.date.slice(0, 10),
        area: areaName.get(m.areaId) ?? `#${m.areaId}`,
        department: m.department,
        invitationLanguages: m.invitationLanguages,
        attendees: m.attendance.total,
        illustrative: m.illustrative,
        representation: pop && m.attendance.total > 0 ? representativeness(stated, pop) : null,
      }
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)

  const areaYears: AreaYear[] = input.areas.map((a) => {
    const mine = inYear.filter((m) => m.areaId === a.id)
    const attendance = { ...emptyGroups(), notStated: 0, total: 0 }
    for (const m of mine)
      for (const k of [...ORIGIN_GROUPS, 'notStated', 'total'] as const)
        attendance[k] += m.attendance[k]
    const pop = populations.get(a.id) ?? null
    const stated = {
      danish: attendance.danish,
      immigrants: attendance.immigrants,
      descendants: attendance.descendants,
    }
    return {
      areaId: a.id,
      area: a.name,
      population: pop?.groups ?? null,
      populationYear: pop?.year ?? null,
      populationSources: pop?.sources ?? [],
      illustrative: pop?.illustrative ?? false,
      meetings: mine.length,
      attendance,
      representation:
        pop?.groups && attendance.total > 0 ? representativeness(stated, pop.groups) : null,
    }
  })

  const kinds = new Map<string, number>()
  for (const m of inYear) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1)
  const informativeEventsByYear = years.map((y) => ({
    year: y,
    count: input.meetings.filter(
      (m) => m.date.slice(0, 4) === String(y) && INFORMATIVE_KINDS.includes(m.kind),
    ).length,
  }))

  const period = monthsOfYear(year)
  const noShowUnits = input.units.map((u) => {
    const compare = (split: 'all' | 'with-translation' | 'without-translation') =>
      u.baseline ? compareWithBaseline(input.noShows, u.code, u.baseline, period, split) : null
    return {
      ...u,
      all: compare('all'),
      withTranslation: compare('with-translation'),
      withoutTranslation: compare('without-translation'),
    }
  })
  const byMonth = new Map<string, NoShowMonth[]>()
  for (const r of input.noShows)
    if (Number(r.month.slice(0, 4)) >= years[0] && Number(r.month.slice(0, 4)) <= year)
      byMonth.set(r.month, [...(byMonth.get(r.month) ?? []), r])
  const noShowMonthly = [...byMonth.keys()].sort().map((month) => {
    const rows = byMonth.get(month)!
    const rate = (k: 'withTranslation' | 'withoutTranslation') => {
      const inv = rows.reduce((s, r) => s + r[k].invitations, 0)
      return inv ? rows.reduce((s, r) => s + r[k].noShows, 0) / inv : null
    }
    return {
      month,
      withTranslation: rate('withTranslation'),
      withoutTranslation: rate('withoutTranslation'),
    }
  })

  // Days from the Danish publication to each language's first publication after it, for languages first published in the report year.
  const byDoc = new Map<string, Array<{ locale: string; at: string }>>()
  for (const p of input.publications)
    byDoc.set(`${p.collection}|${p.documentId}`, [
      ...(byDoc.get(`${p.collection}|${p.documentId}`) ?? []),
      p,
    ])
  const days = new Map<string, number[]>()
  for (const events of byDoc.values()) {
    events.sort((a, b) => a.at.localeCompare(b.at))
    const seen = new Set<string>()
    let danishAt: string | null = null
    for (const e of events) {
      if (e.locale === 'da') {
        danishAt ??= e.at
        continue
      }
      if (seen.has(e.locale) || !danishAt) continue
      seen.add(e.locale)
      if (e.at.slice(0, 4) !== String(year)) continue
      days.set(e.locale, [
        ...(days.get(e.locale) ?? []),
        (Date.parse(e.at) - Date.parse(danishAt)) / 86_400_000,
      ])
    }
  }
  const locales = [
    ...new Set([
      ...input.materials.map((m) => m.locale),
      ...days.keys(),
      ...input.machineTranslation.map((m) => m.locale),
    ]),
  ]
  const daysToLive = locales.map((locale) => ({
    locale,
    documents: days.get(locale)?.length ?? 0,
    medianDays: median(days.get(locale) ?? []),
  }))
  const machineTranslation = locales.map((locale) => {
    const rows = input.machineTranslation.filter((m) => m.locale === locale)
    return {
      locale,
      billedCharacters: rows.reduce((s, r) => s + r.billedCharacters, 0),
      savedByMemory: rows.reduce((s, r) => s + r.savedByMemory, 0),
    }
  })

  return {
    input,
    years,
    areaYears,
    meetings,
    meetingsByKind: [...kinds.entries()].map(([kind, count]) => ({ kind, count })),
    informativeEventsByYear,
    noShowUnits,
    noShowMonthly,
    daysToLive,
    machineTranslation,
    illustrativePopulation: areaYears.some((a) => a.illustrative),
    illustrativeInclusion: input.inclusion.some((i) => i.illustrative),
    illustrativeMeetings: inYear.some((m) => m.illustrative),
  }
}
