/**
 * Statistics Denmark's discretion rule as the report applies it: a count of people under 5 is
 * not shown (nor are shares computed from it), so nobody can be singled out of a small meeting.
 */
export const SUPPRESSION_LIMIT = 5

export function isSuppressed(count: number | null | undefined): boolean {
  return count === null || count === undefined || count < SUPPRESSION_LIMIT
}

export function showCount(count: number | null | undefined): string {
  if (count === null || count === undefined) return '..'
  return count < SUPPRESSION_LIMIT ? `<${SUPPRESSION_LIMIT}` : count.toLocaleString('en-GB')
}
