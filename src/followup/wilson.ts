import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'

export interface Interval {
  estimate: number
  lower: number
  upper: number
}

/** z for a two-sided interval, from stdlib's normal quantile rather than a hard-coded 1.96. */
export function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1)
}

/**
 * Wilson score interval for a proportion x/n. Chosen over the Wald interval because meetings are
 * small: Wald collapses to [0, 0] at x = 0 and leaves [0, 1] for small n, Wilson does not.
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95): Interval {
  assertCount(x, 'x')
  assertCount(n, 'n')
  if (x > n) throw new RangeError(`x (${x}) exceeds n (${n})`)
  if (n === 0) return { estimate: Number.NaN, lower: 0, upper: 1 }
  const z = zFor(confidence)
  const p = x / n
  const z2 = z * z
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n)
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  // Clamp rounding noise at the ends (x = 0 or x = n give exactly 0 or 1 in exact arithmetic).
  return {
    estimate: p,
    lower: x === 0 ? 0 : Math.max(0, centre - half),
    upper: x === n ? 1 : Math.min(1, centre + half),
  }
}

export function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number >= 0, got ${value}`)
}
