import type { CodeMap } from './MarkupView'

type Issue = { code: string; message: string; details?: Record<string, unknown> }

function named(codes: unknown, map: CodeMap): string {
  return (Array.isArray(codes) ? codes : [])
    .map((c) => map[String(c)]?.description ?? String(c))
    .join(', ')
}

/** A QA finding as a translator reads it: codes named by what they stand for ("bold", "phone number 33 66 33 66"), not `b, x#0`. */
export function describeQaIssue(issue: Issue, codes: CodeMap): string {
  if (issue.code !== 'tags-changed' || !issue.details) return issue.message
  const missing = named(issue.details.missing, codes)
  const added = named(issue.details.added, codes)
  return [
    'Formatting, links or protected text differ from the Danish',
    missing && `missing: ${missing}`,
    added && `not in the Danish: ${added}`,
  ]
    .filter(Boolean)
    .join('; ')
}
