import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf'
import { assertCount } from './wilson'

export interface GoodnessOfFit {
  statistic: number
  df: number
  pValue: number
}

/** Expected counts n * p_i for observed counts and the population shares they are compared with. */
export function expectedCounts(
  observed: readonly number[],
  probabilities: readonly number[],
): number[] {
  checkShapes(observed, probabilities)
  const n = observed.reduce((s, x) => s + x, 0)
  const total = probabilities.reduce((s, p) => s + p, 0)
  return probabilities.map((p) => (n * p) / total)
}

/**
 * Pearson's chi-square goodness-of-fit test. Returns null when any expected count is below 5:
 * the chi-square approximation is not trusted there (Cochran's rule) and the exact multinomial
 * test is used instead.
 */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  probabilities: readonly number[],
): GoodnessOfFit | null {
  const expected = expectedCounts(observed, probabilities)
  if (expected.some((e) => e < 5)) return null
  const statistic = observed.reduce((s, o, i) => s + (o - expected[i]) ** 2 / expected[i], 0)
  const df = observed.length - 1
  return { statistic, df, pValue: 1 - chisquareCdf(statistic, df) }
}

export function checkShapes(observed: readonly number[], probabilities: readonly number[]): void {
  if (observed.length !== probabilities.length)
    throw new RangeError('observed and probabilities differ in length')
  if (observed.length < 2) throw new RangeError('at least two groups are needed')
  observed.forEach((x, i) => assertCount(x, `observed[${i}]`))
  if (probabilities.some((p) => !(p > 0) || !Number.isFinite(p)))
    throw new RangeError('every population share must be > 0')
}
