/**
 * A department's yearly machine-translation budget in billed characters: a warning from 80 %,
 * and from 100 % (or when a job would cross it) tasks go to a human instead of the provider.
 */

export const BUDGET_WARNING_SHARE = 0.8

export type BudgetLevel = 'none' | 'ok' | 'warning' | 'exhausted'

export interface BudgetStatus {
  level: BudgetLevel
  limit: number | null
  used: number
  /** used ÷ limit, 0..∞; null without a budget. */
  share: number | null
  message: string
}

export function budgetStatus(
  limit: number | null | undefined,
  used: number,
  label = 'The department',
): BudgetStatus {
  if (limit === null || limit === undefined)
    return {
      level: 'none',
      limit: null,
      used,
      share: null,
      message: `${label} has no machine-translation budget this year (no limit).`,
    }
  const share = limit > 0 ? used / limit : Number.POSITIVE_INFINITY
  const percent = Number.isFinite(share) ? `${Math.round(share * 100)} %` : 'all'
  if (used >= limit)
    return {
      level: 'exhausted',
      limit,
      used,
      share,
      message: `${label} has used ${percent} of its ${limit.toLocaleString('da-DK')} machine-translation characters this year: tasks go to a human translator.`,
    }
  if (share >= BUDGET_WARNING_SHARE)
    return {
      level: 'warning',
      limit,
      used,
      share,
      message: `${label} has used ${percent} of its ${limit.toLocaleString('da-DK')} machine-translation characters this year.`,
    }
  return {
    level: 'ok',
    limit,
    used,
    share,
    message: `${label} has used ${percent} of its machine-translation budget this year.`,
  }
}

/** May a job of `characters` be sent to the provider? Not when the budget is spent or the job would overspend it. */
export function machineTranslationAllowed(
  status: BudgetStatus,
  characters: number,
): { allowed: true } | { allowed: false; reason: string } {
  if (status.limit === null) return { allowed: true }
  if (status.used >= status.limit)
    return {
      allowed: false,
      reason: `Machine-translation budget used up (${status.used} of ${status.limit} characters this year): a human translates this task.`,
    }
  if (status.used + characters > status.limit) {
    return {
      allowed: false,
      reason: `Machine translation would exceed the budget (${status.used} + ${characters} of ${status.limit} characters this year): a human translates this task.`,
    }
  }
  return { allowed: true }
}

/** A new budget may not be below what is already used (nothing can un-bill characters). */
export function budgetProblem(limit: unknown, used: number): string | null {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)
    return 'The budget must be a whole number of characters, 0 or more.'
  if (limit < used)
    return `The budget of ${limit} characters is below what is already used this year (${used} characters).`
  return null
}
