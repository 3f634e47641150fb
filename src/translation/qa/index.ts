import type { TargetLocale } from '../../languages'
import { plainText } from '../markup'
import { QA_CHECKS } from './registry'
import type { GlossaryTerm, QaCheck, QaContext, QaIssue } from './types'

export { QA_CHECKS } from './registry'
export { PSEUDO_MARKER } from './pseudoTranslation'
export type { GlossaryTerm, QaCheck, QaContext, QaFinding, QaIssue, QaSeverity } from './types'
export type QaCode = (typeof QA_CHECKS)[number]['code']

export function qaContext(args: {
  source: string
  target: string
  locale: TargetLocale
  glossary?: GlossaryTerm[]
}): QaContext {
  return {
    ...args,
    glossary: args.glossary ?? [],
    sourcePlain: plainText(args.source),
    targetPlain: plainText(args.target),
  }
}

function issuesOf(check: QaCheck, ctx: QaContext): QaIssue[] {
  return check.run(ctx).map((f) => ({
    code: check.code,
    severity: check.severity,
    message: f.message,
    ...(f.details ? { details: f.details } : {}),
  }))
}

/** Every registered check on one translated segment, as data the review screen shows; errors block approval. */
export function qaCheckSegment(args: {
  source: string
  target: string
  locale: TargetLocale
  glossary?: GlossaryTerm[]
  checks?: readonly QaCheck[]
}): QaIssue[] {
  const ctx = qaContext(args)
  const issues: QaIssue[] = []
  for (const check of args.checks ?? QA_CHECKS) {
    const found = issuesOf(check, ctx)
    if (found.length && check.stopsOthers) return found
    issues.push(...found)
  }
  return issues
}

export function hasBlockingIssues(issues: QaIssue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}

/** Errors and warnings over many segments: what a task stores and the queue shows. */
export function qaSummary(segments: Array<{ qa: QaIssue[] }>): {
  qaErrors: number
  qaWarnings: number
} {
  let qaErrors = 0
  let qaWarnings = 0
  for (const segment of segments) {
    for (const issue of segment.qa) {
      if (issue.severity === 'error') qaErrors++
      else qaWarnings++
    }
  }
  return { qaErrors, qaWarnings }
}
