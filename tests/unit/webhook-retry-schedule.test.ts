import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RETRY_POLICY,
  endpointHealth,
  nextRetryDelay,
  retryWindowMs,
} from '../../src/webhookRetry/retrySchedule'

describe('the retry schedule', () => {
  it('spreads the default attempts over hours, with jitter inside the exponential bounds', () => {
    expect(retryWindowMs(DEFAULT_RETRY_POLICY)).toBeGreaterThan(8 * 60 * 60 * 1000)
    for (let attempt = 1; attempt < DEFAULT_RETRY_POLICY.maxAttempts; attempt++) {
      const full = Math.min(
        DEFAULT_RETRY_POLICY.capMs,
        DEFAULT_RETRY_POLICY.baseMs * 2 ** (attempt - 1),
      )
      expect(nextRetryDelay(DEFAULT_RETRY_POLICY, attempt, () => 0)).toBe(full / 2)
      expect(nextRetryDelay(DEFAULT_RETRY_POLICY, attempt, () => 1)).toBe(full)
    }
    expect(nextRetryDelay(DEFAULT_RETRY_POLICY, DEFAULT_RETRY_POLICY.maxAttempts)).toBeNull()
  })
})

describe('endpoint health', () => {
  it('is failing after three failures in a row, degraded after any failure, healthy otherwise', () => {
    const at = '2026-11-26T12:00:00Z'
    expect(endpointHealth([]).state).toBe('unknown')
    expect(
      endpointHealth([
        { at, ok: false },
        { at, ok: false },
        { at, ok: false },
        { at, ok: true },
      ]),
    ).toEqual({ state: 'failing', consecutiveFailures: 3, successRate: 0.25 })
    expect(
      endpointHealth([
        { at, ok: true },
        { at, ok: false },
      ]).state,
    ).toBe('degraded')
    expect(
      endpointHealth([
        { at, ok: true },
        { at, ok: true },
      ]).state,
    ).toBe('healthy')
  })
})
