import type { Readability } from './analyse'

/**
 * The gate before translation: Danish harder than the collection's limit is not translated
 * unless an editor overrode it, with a reason, for a text at least as hard. A text too short to
 * score passes, and the decision says so (no silent pass).
 */
export type GateDecision =
  | { pass: true; basis: 'no-limit' | 'within-limit' | 'too-short' | 'override'; message: string }
  | { pass: false; message: string }

export interface GateOverride {
  /** The score the override was given for: a harder text needs a new override. */
  score: number
  reason: string
}

export function gateDecision(
  readability: Readability,
  limit: number | null | undefined,
  override?: GateOverride | null,
): GateDecision {
  if (limit === null || limit === undefined)
    return { pass: true, basis: 'no-limit', message: 'No readability limit for this collection.' }
  if (readability.status === 'too-short')
    return {
      pass: true,
      basis: 'too-short',
      message: `${readability.message} It was not checked against the limit of ${limit}.`,
    }
  if (readability.score <= limit)
    return {
      pass: true,
      basis: 'within-limit',
      message: `LIX ${readability.score} (${readability.label}) is within the limit of ${limit}.`,
    }
  if (override && readability.score <= override.score) {
    return {
      pass: true,
      basis: 'override',
      message: `LIX ${readability.score} is above the limit of ${limit}; an editor overrode it: "${override.reason}".`,
    }
  }
  return {
    pass: false,
    message: `The Danish text has LIX ${readability.score} (${readability.label}), above the limit of ${limit} for this collection. Make it plainer (see the hints) or override with a reason.`,
  }
}
