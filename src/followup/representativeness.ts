import { chiSquareGoodnessOfFit, expectedCounts } from './chiSquare'
import { ORIGIN_GROUPS, type OriginGroup } from './groups'
import { exactMultinomialTest } from './multinomial'
import { type Interval, wilsonInterval } from './wilson'

export type GroupCounts = Record<OriginGroup, number>

export interface GroupRepresentation {
  group: OriginGroup
  attendees: number
  /** Share of the attendees who stated a group, with its Wilson interval. */
  share: Interval
  populationShare: number
  /** share / populationShare, interval scaled the same way (the population share is a register count, not a sample). */
  ratio: Interval
  /** Only when the interval says so: the whole interval is below (or above) the population share. */
  flag: 'under' | 'over' | null
}

export interface Representativeness {
  attendees: number
  groups: GroupRepresentation[]
  test:
    | { method: 'chi-square'; statistic: number; df: number; pValue: number }
    | { method: 'exact-multinomial'; pValue: number }
    | { method: 'none'; reason: string }
}

/**
 * How far the attendees (who stated an origin group) reflect the area's adult population.
 * Chi-square only where every expected count is at least 5; the exact multinomial test otherwise.
 */
export function representativeness(
  attendance: GroupCounts,
  population: GroupCounts,
  confidence = 0.95,
): Representativeness {
  const observed = ORIGIN_GROUPS.map((g) => attendance[g])
  const popCounts = ORIGIN_GROUPS.map((g) => population[g])
  const popTotal = popCounts.reduce((s, x) => s + x, 0)
  if (popTotal <= 0) throw new RangeError('the area has no population figures for these groups')
  const n = observed.reduce((s, x) => s + x, 0)
  const groups = ORIGIN_GROUPS.map((group, i): GroupRepresentation => {
    const share = wilsonInterval(observed[i], n, confidence)
    const populationShare = popCounts[i] / popTotal
    const ratio = {
      estimate: share.estimate / populationShare,
      lower: share.lower / populationShare,
      upper: share.upper / populationShare,
    }
    const flag =
      n === 0
        ? null
        : share.upper < populationShare
          ? 'under'
          : share.lower > populationShare
            ? 'over'
            : null
    return { group, attendees: observed[i], share, populationShare, ratio, flag }
  })
  // Groups with no population in the area cannot be tested against it; leave them out of the test.
  const testable = ORIGIN_GROUPS.map((_, i) => i).filter((i) => popCounts[i] > 0)
  let test: Representativeness['test']
  if (n === 0) test = { method: 'none', reason: 'no attendees stated an origin group' }
  else if (testable.length < 2)
    test = { method: 'none', reason: 'fewer than two groups live in the area' }
  else {
    const obs = testable.map((i) => observed[i])
    const probs = testable.map((i) => popCounts[i])
    const chi = chiSquareGoodnessOfFit(obs, probs)
    if (chi) test = { method: 'chi-square', ...chi }
    else {
      const p = exactMultinomialTest(obs, probs)
      test =
        p === null
          ? {
              method: 'none',
              reason: 'too many attendees for the exact test and an expected count below 5',
            }
          : { method: 'exact-multinomial', pValue: p }
    }
  }
  return { attendees: n, groups, test }
}

export { expectedCounts }
