/**
 * When to try a failed webhook delivery again: exponential backoff with "equal jitter" (half the
 * delay fixed, half random), capped, over hours — a consumer that is down for an afternoon still
 * gets every event, and many endpoints failing together do not retry in lockstep. Pure.
 */
export interface RetryPolicy {
  /** Delay before the second attempt. */
  baseMs: number
  /** No single wait is longer than this. */
  capMs: number
  /** Attempts in all (the first included) before a delivery is `failed` and waits for a re-send. */
  maxAttempts: number
}

/** 30 s, 1 min, 2 min … capped at 2 h: 14 attempts spread over about 11 hours. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 30_000,
  capMs: 2 * 60 * 60 * 1000,
  maxAttempts: 14,
}

export function retryPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const number = (value: string | undefined, fallback: number) =>
    value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback
  return {
    baseMs: number(
      env.WEBHOOK_RETRY_BASE_MS ?? env.WEBHOOK_RETRY_DELAY_MS,
      DEFAULT_RETRY_POLICY.baseMs,
    ),
    capMs: number(env.WEBHOOK_RETRY_CAP_MS, DEFAULT_RETRY_POLICY.capMs),
    maxAttempts: Math.round(number(env.WEBHOOK_MAX_ATTEMPTS, DEFAULT_RETRY_POLICY.maxAttempts)),
  }
}

/** The wait after the `attempt`-th failed attempt (1-based), or null when no attempt is left. */
export function nextRetryDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number | null {
  if (attempt >= policy.maxAttempts) return null
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1))
  return Math.round(exponential / 2 + random() * (exponential / 2))
}

/** The longest a delivery can keep trying (all waits at their maximum). */
export function retryWindowMs(policy: RetryPolicy): number {
  let total = 0
  for (let attempt = 1; attempt < policy.maxAttempts; attempt++)
    total += Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1))
  return total
}

export type EndpointHealth = 'healthy' | 'degraded' | 'failing' | 'unknown'

export interface AttemptOutcome {
  at: string
  ok: boolean
}

/** An endpoint's health from its recent attempts (newest first): failing after 3 failures in a row, degraded with any failure in the window. */
export function endpointHealth(recent: AttemptOutcome[]): {
  state: EndpointHealth
  consecutiveFailures: number
  successRate: number | null
} {
  if (recent.length === 0) return { state: 'unknown', consecutiveFailures: 0, successRate: null }
  let consecutiveFailures = 0
  for (const a of recent) {
    if (a.ok) break
    consecutiveFailures++
  }
  const successRate = recent.filter((a) => a.ok).length / recent.length
  const state: EndpointHealth =
    consecutiveFailures >= 3 ? 'failing' : successRate < 1 ? 'degraded' : 'healthy'
  return { state, consecutiveFailures, successRate }
}
