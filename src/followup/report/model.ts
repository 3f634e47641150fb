import type { AgeBand, OriginGroup } from '../groups'
import type { NoShowComparison, NoShowMonth } from '../noShows'
import type { Representativeness } from '../representativeness'

/** Everything the report reads, as plain rows: gathered from the database, or made up by the bench. */
export interface ReportInput {
  year: number
  /** ISO timestamp: the report says when it was made (material status is "as of" then). */
  generatedAt: string
  areas: Array<{ id: number; name: string }>
  population: Array<{
    areaId: number
    year: number
    group: OriginGroup
    ageBand: AgeBand
    count: number | null
    sourceTable: string
    extractedOn: string
    illustrative: boolean
  }>
  meetings: Array<{
    id: number
    title: string
    kind: string
    date: string
    areaId: number
    department: string
    invitationLanguages: string[]
    attendance: {
      danish: number
      immigrants: number
      descendants: number
      notStated: number
      total: number
    }
    illustrative: boolean
  }>
  units: Array<{
    code: string
    name: string
    kind: string
    baseline: { from: string; to: string } | null
  }>
  noShows: NoShowMonth[]
  /** Some no-show rows are demo data, not from a case system. */
  illustrativeNoShows: boolean
  inclusion: Array<{
    year: number
    measure: 'trust' | 'influence'
    group: string
    percent: number
    source: string
    illustrative: boolean
  }>
  /** Current status of every published Danish document in every target language. */
  materials: Array<{
    department: string
    locale: string
    status: 'published' | 'outdated' | 'missing'
  }>
  /** Publications from the audit log (Danish and every language). */
  publications: Array<{ collection: string; documentId: number; locale: string; at: string }>
  /** Translation tasks created in the report year: billed characters and characters taken from memory. */
  machineTranslation: Array<{ locale: string; billedCharacters: number; savedByMemory: number }>
  /** Citizen-site page views per language; null until they are counted (issue 15). */
  siteUse: Array<{ locale: string; views: number }> | null
}

export interface AreaYear {
  areaId: number
  area: string
  /** Adult population by group, from the latest figures at or before the report year. */
  population: Record<OriginGroup, number> | null
  populationYear: number | null
  populationSources: string[]
  illustrative: boolean
  meetings: number
  attendance: Record<OriginGroup, number> & { notStated: number; total: number }
  representation: Representativeness | null
}

export interface MeetingRow {
  id: number
  title: string
  kind: string
  date: string
  area: string
  department: string
  invitationLanguages: string[]
  attendees: number
  illustrative: boolean
  representation: Representativeness | null
}

export interface ReportModel {
  input: ReportInput
  years: number[]
  areaYears: AreaYear[]
  meetings: MeetingRow[]
  meetingsByKind: Array<{ kind: string; count: number }>
  informativeEventsByYear: Array<{ year: number; count: number }>
  noShowUnits: Array<{
    code: string
    name: string
    kind: string
    baseline: { from: string; to: string } | null
    all: NoShowComparison | null
    withTranslation: NoShowComparison | null
    withoutTranslation: NoShowComparison | null
  }>
  noShowMonthly: Array<{
    month: string
    withTranslation: number | null
    withoutTranslation: number | null
  }>
  daysToLive: Array<{ locale: string; documents: number; medianDays: number | null }>
  machineTranslation: Array<{ locale: string; billedCharacters: number; savedByMemory: number }>
  illustrativePopulation: boolean
  illustrativeInclusion: boolean
  illustrativeMeetings: boolean
}
