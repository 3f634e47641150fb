import type { Payload } from 'payload'
import type { AgeBand, OriginGroup } from '../../../src/followup/groups'
import type { ReportInput } from '../../../src/followup/report/model'
import { TREND_YEARS } from '../../../src/followup/report/build'
import { TARGET_LOCALES } from '../../../src/languages'
import { translatedCollections } from '../../translation-workflow/translatedCollections'
import { invitationsFromLetterCounts } from '../../../src/followup/noShows'

const idOf = (v: unknown): number =>
  typeof v === 'object' && v !== null ? Number((v as { id: unknown }).id) : Number(v)

interface StoredSegment {
  source?: string
  origin?: string
}

/**
 * Reads everything the report needs from the database as plain rows (see ReportInput). Material
 * status, publication times and translation characters come from the content collections,
 * translation tasks and the audit log; site use from the citizen site's page-view counts.
 */
export async function gatherReportInput(
  payload: Payload,
  year: number,
  now = new Date(),
): Promise<ReportInput> {
  const all = { limit: 0, pagination: false, depth: 0 } as const
  const firstYear = year - TREND_YEARS + 1
  const [
    areas,
    population,
    meetings,
    units,
    noShows,
    inclusion,
    departments,
    tasks,
    publications,
    letterCounts,
    pageViews,
  ] = await Promise.all([
    payload.find({ collection: 'areas', ...all, select: { name: true } }),
    payload.find({
      collection: 'population-figures',
      ...all,
      where: { year: { less_than_equal: year } },
    }),
    payload.find({
      collection: 'meetings',
      ...all,
      where: {
        and: [
          { date: { greater_than_equal: `${firstYear}-01-01T00:00:00.000Z` } },
          { date: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
        ],
      },
      select: {
        title: true,
        kind: true,
        date: true,
        area: true,
        department: true,
        invitationLanguages: true,
        attendance: true,
        illustrative: true,
      },
    }),
    payload.find({ collection: 'units', ...all }),
    payload.find({
      collection: 'no-show-months',
      ...all,
      where: { month: { less_than_equal: `${year}-12` } },
    }),
    payload.find({
      collection: 'inclusion-figures',
      ...all,
      where: { year: { less_than_equal: year } },
    }),
    payload.find({
      collection: 'departments',
      ...all,
      locale: 'da',
      select: { code: true, name: true },
    }),
    payload.find({
      collection: 'translation-tasks',
      ...all,
      select: { collection: true, documentId: true, locale: true, state: true },
    }),
    payload.find({
      collection: 'audit-log',
      ...all,
      where: { action: { equals: 'publish' } },
      select: { collection: true, documentId: true, locale: true, at: true },
    }),
    payload.find({
      collection: 'letter-counts',
      ...all,
      where: { day: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
      select: { unitCode: true, day: true, withTranslation: true, count: true },
    }),
    payload.find({
      collection: 'page-views',
      ...all,
      where: { day: { like: `${year}-` } },
      select: { locale: true, day: true, count: true },
    }),
  ])
  // Where case workers use the letter composer, it knows how many invitations went out with and
  // without a translation; the case system's import then only has to supply the no-shows.
  const composed = invitationsFromLetterCounts(
    letterCounts.docs.map((c) => ({
      unitCode: c.unitCode,
      day: c.day.slice(0, 10),
      withTranslation: Boolean(c.withTranslation),
      count: c.count,
    })),
  )
  const departmentName = new Map(departments.docs.map((d) => [d.id, d.code]))
  const unitCode = new Map(units.docs.map((u) => [u.id, u.code]))

  const taskState = new Map(
    tasks.docs.map((t) => [`${t.collection}|${t.documentId}|${t.locale}`, t.state]),
  )
  const materials: ReportInput['materials'] = []
  for (const collection of translatedCollections(payload.config)) {
    const docs = await payload.find({
      collection,
      ...all,
      where: { publishedLocales: { in: ['da'] } },
      select: { department: true, publishedLocales: true },
    })
    for (const doc of docs.docs) {
      const published = (doc as { publishedLocales?: string[] | null }).publishedLocales ?? []
      const department =
        departmentName.get(idOf((doc as { department?: unknown }).department)) ?? 'no department'
      for (const locale of TARGET_LOCALES) {
        const status = !published.includes(locale)
          ? 'missing'
          : taskState.get(`${collection}|${doc.id}|${locale}`) === 'outdated'
            ? 'outdated'
            : 'published'
        materials.push({ department, locale, status })
      }
    }
  }

  const yearTasks = await payload.find({
    collection: 'translation-tasks',
    ...all,
    where: {
      and: [
        { createdAt: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } },
        { createdAt: { less_than: `${year + 1}-01-01T00:00:00.000Z` } },
      ],
    },
    select: { locale: true, billedCharacters: true, segments: true },
  })
  const machineTranslation = yearTasks.docs.map((t) => {
    const segments = Array.isArray(t.segments) ? (t.segments as StoredSegment[]) : []
    const savedByMemory = segments
      .filter((s) => s.origin?.startsWith('memory'))
      .reduce((sum, s) => sum + (s.source?.length ?? 0), 0)
    return { locale: t.locale, billedCharacters: t.billedCharacters ?? 0, savedByMemory }
  })

  return {
    year,
    generatedAt: now.toISOString(),
    areas: areas.docs.map((a) => ({ id: a.id, name: a.name })),
    population: population.docs.map((p) => ({
      areaId: idOf(p.area),
      year: p.year,
      group: p.group as OriginGroup,
      ageBand: p.ageBand as AgeBand,
      count: p.count ?? null,
      sourceTable: p.sourceTable,
      extractedOn: p.extractedOn,
      illustrative: Boolean(p.illustrative),
    })),
    meetings: meetings.docs.map((m) => ({
      id: m.id,
      title: m.title,
      kind: m.kind,
      date: m.date,
      areaId: idOf(m.area),
      department: departmentName.get(idOf(m.department)) ?? '',
      invitationLanguages: m.invitationLanguages ?? [],
      attendance: {
        danish: m.attendance?.danish ?? 0,
        immigrants: m.attendance?.immigrants ?? 0,
        descendants: m.attendance?.descendants ?? 0,
        notStated: m.attendance?.notStated ?? 0,
        total: m.attendance?.total ?? 0,
      },
      illustrative: Boolean(m.illustrative),
    })),
    units: units.docs.map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      baseline:
        u.baseline?.from && u.baseline?.to ? { from: u.baseline.from, to: u.baseline.to } : null,
    })),
    noShows: noShows.docs.map((n) => {
      const code = unitCode.get(idOf(n.unit)) ?? ''
      const letters = composed.get(`${code}|${n.month}`)
      return {
        unitCode: code,
        month: n.month,
        withTranslation: {
          invitations: letters?.withTranslation ?? n.withTranslation?.invitations ?? 0,
          noShows: n.withTranslation?.noShows ?? 0,
        },
        withoutTranslation: {
          invitations: letters?.withoutTranslation ?? n.withoutTranslation?.invitations ?? 0,
          noShows: n.withoutTranslation?.noShows ?? 0,
        },
      }
    }),
    illustrativeNoShows: noShows.docs.some((n) => n.source === 'illustrative'),
    inclusion: inclusion.docs.map((i) => ({
      year: i.year,
      measure: i.measure,
      group: i.group,
      percent: i.percent,
      source: i.source,
      illustrative: Boolean(i.illustrative),
    })),
    materials,
    publications: publications.docs.map((p) => ({
      collection: p.collection,
      documentId: p.documentId,
      locale: p.locale,
      at: p.at,
    })),
    machineTranslation,
    // Page views of the citizen site per language (counted without cookies or identifiers); null before the site counted anything.
    siteUse: siteUseOf(pageViews.docs.filter((v) => v.day.startsWith(`${year}-`))),
  }
}

function siteUseOf(
  views: Array<{ locale: string; count: number }>,
): Array<{ locale: string; views: number }> | null {
  if (views.length === 0) return null
  const byLocale = new Map<string, number>()
  for (const v of views) byLocale.set(v.locale, (byLocale.get(v.locale) ?? 0) + v.count)
  return [...byLocale]
    .map(([locale, total]) => ({ locale, views: total }))
    .sort((a, b) => b.views - a.views)
}
