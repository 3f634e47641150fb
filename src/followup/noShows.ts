import { differenceOfProportions } from './proportionDifference'
import type { Interval } from './wilson'

/** One unit's month: invitations sent and no-shows, split by whether the letter carried a translation. */
export interface NoShowMonth {
  unitCode: string
  /** YYYY-MM */
  month: string
  withTranslation: { invitations: number; noShows: number }
  withoutTranslation: { invitations: number; noShows: number }
}

/** The shape of the letter composer's `letter-counts` rows (issue 13): letters per unit and day. */
export interface LetterCountRow {
  unitCode: string
  /** YYYY-MM-DD */
  day: string
  withTranslation: boolean
  count: number
}

export interface MonthPeriod {
  /** YYYY-MM, inclusive */
  from: string
  /** YYYY-MM, inclusive */
  to: string
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

export function inPeriod(month: string, period: MonthPeriod): boolean {
  return month >= period.from && month <= period.to
}

/**
 * Invitations per unit and month from the letter composer's daily counts, split by translation.
 * No-shows are not known to the composer; they come from the case system and are joined by
 * unit and month.
 */
export function invitationsFromLetterCounts(
  rows: readonly LetterCountRow[],
): Map<
  string,
  { unitCode: string; month: string; withTranslation: number; withoutTranslation: number }
> {
  const out = new Map<
    string,
    { unitCode: string; month: string; withTranslation: number; withoutTranslation: number }
  >()
  for (const row of rows) {
    if (!Number.isInteger(row.count) || row.count < 0)
      throw new RangeError(
        `letter count for ${row.unitCode} on ${row.day} must be a whole number >= 0`,
      )
    const month = row.day.slice(0, 7)
    const key = `${row.unitCode}|${month}`
    const entry = out.get(key) ?? {
      unitCode: row.unitCode,
      month,
      withTranslation: 0,
      withoutTranslation: 0,
    }
    if (row.withTranslation) entry.withTranslation += row.count
    else entry.withoutTranslation += row.count
    out.set(key, entry)
  }
  return out
}

export interface Rate {
  invitations: number
  noShows: number
  rate: number
}

export interface NoShowComparison {
  unitCode: string | null
  split: 'all' | 'with-translation' | 'without-translation'
  baseline: Rate
  period: Rate
  /** period rate - baseline rate, Newcombe hybrid score interval; negative is fewer no-shows. */
  change: Interval
  /** Only when the interval excludes 0. */
  verdict: 'fewer' | 'more' | 'no clear change' | 'no data'
}

function totals(rows: readonly NoShowMonth[], split: NoShowComparison['split']): Rate {
  let invitations = 0
  let noShows = 0
  for (const r of rows) {
    if (split !== 'without-translation') {
      invitations += r.withTranslation.invitations
      noShows += r.withTranslation.noShows
    }
    if (split !== 'with-translation') {
      invitations += r.withoutTranslation.invitations
      noShows += r.withoutTranslation.noShows
    }
  }
  return { invitations, noShows, rate: invitations ? noShows / invitations : Number.NaN }
}

/** No-shows in a period against a baseline period, for one unit (or all units when unitCode is null). */
export function compareWithBaseline(
  rows: readonly NoShowMonth[],
  unitCode: string | null,
  baseline: MonthPeriod,
  period: MonthPeriod,
  split: NoShowComparison['split'] = 'all',
): NoShowComparison {
  const mine = unitCode === null ? rows : rows.filter((r) => r.unitCode === unitCode)
  const base = totals(
    mine.filter((r) => inPeriod(r.month, baseline)),
    split,
  )
  const now = totals(
    mine.filter((r) => inPeriod(r.month, period)),
    split,
  )
  if (!base.invitations || !now.invitations)
    return {
      unitCode,
      split,
      baseline: base,
      period: now,
      change: { estimate: Number.NaN, lower: -1, upper: 1 },
      verdict: 'no data',
    }
  const change = differenceOfProportions(
    now.noShows,
    now.invitations,
    base.noShows,
    base.invitations,
  )
  const verdict = change.upper < 0 ? 'fewer' : change.lower > 0 ? 'more' : 'no clear change'
  return { unitCode, split, baseline: base, period: now, change, verdict }
}

/** Refuses rows that cannot be true: negatives, fractions, more no-shows than invitations. Returns the problem or null. */
export function noShowMonthProblem(row: NoShowMonth): { field: string; message: string } | null {
  if (!MONTH_PATTERN.test(row.month))
    return { field: 'month', message: `month must be YYYY-MM, got "${row.month}"` }
  for (const split of ['withTranslation', 'withoutTranslation'] as const) {
    for (const key of ['invitations', 'noShows'] as const) {
      const value = row[split][key]
      if (!Number.isInteger(value) || value < 0)
        return {
          field: `${split}.${key}`,
          message: `${split}.${key} must be a whole number >= 0, got ${value}`,
        }
    }
    if (row[split].noShows > row[split].invitations)
      return {
        field: `${split}.noShows`,
        message: `${split}: ${row[split].noShows} no-shows exceed ${row[split].invitations} invitations`,
      }
  }
  return null
}
