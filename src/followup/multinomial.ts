import { checkShapes } from './chiSquare'

/** Beyond this many possible outcomes the exact test is not computed (chi-square or nothing). */
export const MAX_OUTCOMES = 2_000_000

function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1)
  for (let i = 2; i <= n; i++) table[i] = table[i - 1] + Math.log(i)
  return table
}

/** Number of ways to split n attendees over k groups: C(n + k - 1, k - 1). */
export function outcomeCount(n: number, k: number): number {
  let c = 1
  for (let i = 1; i < k; i++) c = (c * (n + i)) / i
  return Math.round(c)
}

/**
 * Exact multinomial goodness-of-fit test: the probability, under the population shares, of an
 * outcome at most as likely as the one observed (the "probability" ordering, as in R's EMT
 * package). Enumerates every split of n over the groups, so it is for small meetings; returns
 * null when there are more than MAX_OUTCOMES splits.
 */
export function exactMultinomialTest(
  observed: readonly number[],
  probabilities: readonly number[],
): number | null {
  checkShapes(observed, probabilities)
  const n = observed.reduce((s, x) => s + x, 0)
  const k = observed.length
  if (outcomeCount(n, k) > MAX_OUTCOMES) return null
  const total = probabilities.reduce((s, p) => s + p, 0)
  const logP = probabilities.map((p) => Math.log(p / total))
  const lf = logFactorials(n)
  const logPmf = (counts: readonly number[]) =>
    counts.reduce((s, x, i) => s + x * logP[i] - lf[x], lf[n])
  const observedLog = logPmf(observed)
  // Relative tolerance so outcomes equal to the observed one in exact arithmetic are counted.
  const threshold = observedLog + 1e-7 * Math.max(1, Math.abs(observedLog))
  let pValue = 0
  const counts = new Array<number>(k).fill(0)
  const walk = (group: number, left: number, partial: number): void => {
    if (group === k - 1) {
      counts[group] = left
      const log = partial + left * logP[group] - lf[left]
      if (log <= threshold) pValue += Math.exp(log)
      return
    }
    for (let x = 0; x <= left; x++) {
      counts[group] = x
      walk(group + 1, left - x, partial + x * logP[group] - lf[x])
    }
  }
  walk(0, n, lf[n])
  return Math.min(1, pValue)
}
