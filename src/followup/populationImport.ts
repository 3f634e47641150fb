import { readCsv, parseCount } from './csvTable'
import { AGE_BANDS, type AgeBand, isAgeBand, isOriginGroup, type OriginGroup } from './groups'
import { ImportProblem } from './importProblem'

/** One population figure: a count of residents of an area in a year, by origin group and age band. */
export interface PopulationFigure {
  areaKey: string
  year: number
  group: OriginGroup
  ageBand: AgeBand
  /** null: suppressed in the source (".."). */
  count: number | null
  /** The (first) line of the file the figure came from, for error messages. */
  line: number
}

const BAND_RANGES: Record<AgeBand, [number, number]> = {
  '0-17': [0, 17],
  '18-29': [18, 29],
  '30-49': [30, 49],
  '50-64': [50, 64],
  '65+': [65, 200],
}

/**
 * Statistics Denmark's HERKOMST labels (Danish and English downloads). Western and non-western
 * immigrants (descendants) are added up: the strategy compares origin groups, not regions.
 */
function groupOfHerkomst(label: string): OriginGroup | 'total' | null {
  const l = label.trim().toLowerCase()
  if (/^(i alt|total|alle)$/.test(l)) return 'total'
  if (
    l.startsWith('personer af dansk oprindelse') ||
    l.startsWith('persons of danish origin') ||
    l === 'dansk oprindelse'
  )
    return 'danish'
  if (l.startsWith('indvandrere') || l.startsWith('immigrants')) return 'immigrants'
  if (l.startsWith('efterkommere') || l.startsWith('descendants')) return 'descendants'
  return null
}

/** "25 år", "25-29 år", "100 år og derover", "65+" → the one age band it lies in, or a problem. */
function bandOfAge(label: string, line: number): AgeBand | 'total' {
  const l = label.trim().toLowerCase()
  if (/^(i alt|total|alder i alt|age, total)$/.test(l)) return 'total'
  if (isAgeBand(l)) return l
  const range = l.match(/^(\d+)\s*-\s*(\d+)/)
  const open = l.match(/^(\d+)\s*(år og derover|years and over|\+)/)
  const single = l.match(/^(\d+)\s*(år|years?)?$/)
  const [lo, hi] = range
    ? [Number(range[1]), Number(range[2])]
    : open
      ? [Number(open[1]), 200]
      : single
        ? [Number(single[1]), Number(single[1])]
        : [NaN, NaN]
  if (Number.isNaN(lo))
    throw new ImportProblem(line, 'ALDER', `"${label}" is not an age or age range`)
  const band = AGE_BANDS.find((b) => lo >= BAND_RANGES[b][0] && hi <= BAND_RANGES[b][1])
  if (!band)
    throw new ImportProblem(
      line,
      'ALDER',
      `"${label}" spans more than one age band (${AGE_BANDS.join(', ')}); download single years or these bands`,
    )
  return band
}

function yearOf(value: string, line: number, field: string): number {
  const m = value.trim().match(/^(\d{4})(K[1-4]|M\d\d|Q[1-4])?$/i)
  if (!m) throw new ImportProblem(line, field, `"${value}" is not a year (2025, 2025K1)`)
  return Number(m[1])
}

/** Adds single years or regions into one figure per key; ".." anywhere makes the sum suppressed. */
function aggregate(figures: PopulationFigure[]): PopulationFigure[] {
  const out = new Map<string, PopulationFigure>()
  for (const f of figures) {
    const key = `${f.areaKey}|${f.year}|${f.group}|${f.ageBand}`
    const seen = out.get(key)
    if (!seen) out.set(key, { ...f })
    else seen.count = seen.count === null || f.count === null ? null : seen.count + f.count
  }
  return [...out.values()]
}

/**
 * A Statistics Denmark CSV download (statbank.dk "CSV (semicolon separated)" or the API's BULK
 * format) of a table with HERKOMST, e.g. FOLK1E: columns OMRÅDE, HERKOMST, ALDER, TID, INDHOLD
 * (KØN and other columns may be there; their "I alt" rows are used). Totals are skipped.
 * Every area must be known; the caller checks `areaKey` against its areas.
 */
export function parseStatisticsDenmarkCsv(text: string): PopulationFigure[] {
  const rows = readCsv(text, ['OMRÅDE', 'HERKOMST', 'ALDER', 'TID', 'INDHOLD'])
  const figures: PopulationFigure[] = []
  for (const { line, values } of rows) {
    // Other breakdowns (sex, marital status): only their totals, so nothing is counted twice.
    const otherTotals = Object.entries(values).filter(
      ([k]) => !['OMRÅDE', 'HERKOMST', 'ALDER', 'TID', 'INDHOLD'].includes(k),
    )
    if (otherTotals.some(([, v]) => !/^(i alt|total)$/i.test(v.trim()))) continue
    const group = groupOfHerkomst(values.HERKOMST)
    if (group === null)
      throw new ImportProblem(line, 'HERKOMST', `unknown origin group "${values.HERKOMST}"`)
    const ageBand = bandOfAge(values.ALDER, line)
    if (group === 'total' || ageBand === 'total') continue
    const areaKey = values['OMRÅDE'].trim()
    if (!areaKey) throw new ImportProblem(line, 'OMRÅDE', 'empty area')
    figures.push({
      areaKey,
      year: yearOf(values.TID, line, 'TID'),
      group,
      ageBand,
      count: parseCount(values.INDHOLD, line, 'INDHOLD', true),
      line,
    })
  }
  if (figures.length === 0)
    throw new ImportProblem(2, 'HERKOMST', 'no rows by origin group and age (only totals?)')
  return aggregate(figures)
}

/**
 * The municipality's own district counts: columns district, year, group, age_band, count, with
 * group one of danish, immigrants, descendants and age_band one of 0-17, 18-29, 30-49, 50-64, 65+.
 */
export function parseDistrictCountsCsv(text: string): PopulationFigure[] {
  const rows = readCsv(text, ['DISTRICT', 'YEAR', 'GROUP', 'AGE_BAND', 'COUNT'])
  const figures = rows.map(({ line, values }): PopulationFigure => {
    const group = values.GROUP.trim().toLowerCase()
    if (!isOriginGroup(group))
      throw new ImportProblem(
        line,
        'group',
        `unknown group "${values.GROUP}" (expected danish, immigrants or descendants)`,
      )
    const ageBand = values.AGE_BAND.trim()
    if (!isAgeBand(ageBand))
      throw new ImportProblem(
        line,
        'age_band',
        `unknown age band "${values.AGE_BAND}" (expected ${AGE_BANDS.join(', ')})`,
      )
    const areaKey = values.DISTRICT.trim()
    if (!areaKey) throw new ImportProblem(line, 'district', 'empty district')
    return {
      areaKey,
      year: yearOf(values.YEAR, line, 'year'),
      group,
      ageBand,
      count: parseCount(values.COUNT, line, 'count', true),
      line,
    }
  })
  const seen = new Set<string>()
  rows.forEach(({ line }, i) => {
    const f = figures[i]
    const key = `${f.areaKey}|${f.year}|${f.group}|${f.ageBand}`
    if (seen.has(key))
      throw new ImportProblem(
        line,
        'district',
        `${f.areaKey} ${f.year} ${f.group} ${f.ageBand} appears twice`,
      )
    seen.add(key)
  })
  return figures
}
