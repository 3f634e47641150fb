import { type Interval, wilsonInterval } from './wilson'

/**
 * Difference of two independent proportions p1 - p2 = x1/n1 - x2/n2 with Newcombe's hybrid
 * score interval (his method 10): built from the two Wilson intervals, so it stays inside
 * [-1, 1] and behaves at 0 % and 100 % no-show rates, where the Wald interval does not.
 */
export function differenceOfProportions(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  confidence = 0.95,
): Interval {
  const a = wilsonInterval(x1, n1, confidence)
  const b = wilsonInterval(x2, n2, confidence)
  if (n1 === 0 || n2 === 0) return { estimate: Number.NaN, lower: -1, upper: 1 }
  const p1 = x1 / n1
  const p2 = x2 / n2
  const d = p1 - p2
  const lower = d - Math.sqrt((p1 - a.lower) ** 2 + (b.upper - p2) ** 2)
  const upper = d + Math.sqrt((a.upper - p1) ** 2 + (p2 - b.lower) ** 2)
  return { estimate: d, lower: Math.max(-1, lower), upper: Math.min(1, upper) }
}
