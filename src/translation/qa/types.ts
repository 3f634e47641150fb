import type { TargetLocale } from '../../languages'

export interface GlossaryTerm {
  source: string
  translations: Partial<Record<TargetLocale, string>>
  doNotTranslate: boolean
  note?: string
}

export type QaSeverity = 'error' | 'warning'

export interface QaIssue {
  code: string
  severity: QaSeverity
  message: string
  details?: Record<string, unknown>
}

/** What every check sees: the segment pair, its language, the glossary, and the text without markup. */
export interface QaContext {
  source: string
  target: string
  locale: TargetLocale
  glossary: GlossaryTerm[]
  sourcePlain: string
  targetPlain: string
}

export interface QaFinding {
  message: string
  details?: Record<string, unknown>
}

/**
 * One QA check, in the shape of Weblate's checks: a stable code, a severity (errors block
 * approval), a description for translators, and a pure run that returns what it found.
 */
export interface QaCheck {
  code: string
  severity: QaSeverity
  description: string
  /** When it fires, the other checks have nothing to look at (an empty translation). */
  stopsOthers?: boolean
  run(ctx: QaContext): QaFinding[]
}

/** A check that finds at most one thing: its message, or null. */
export function single(
  find: (ctx: QaContext) => QaFinding | string | null,
): (ctx: QaContext) => QaFinding[] {
  return (ctx) => {
    const found = find(ctx)
    if (found === null) return []
    return [typeof found === 'string' ? { message: found } : found]
  }
}
