import type { GlossaryTermDoc } from '../../plugins/translation-workflow/collections/GlossaryTerms'
import type { TargetLocale } from '../languages'
import { termPattern } from '../translation/protect'

/** Per segment key: the glossary terms its Danish uses and how they are to be rendered. */
export function glossaryHints(
  segments: Array<{ key: string; source: string }>,
  terms: GlossaryTermDoc[],
  locale: TargetLocale,
): Record<string, string[]> {
  const hints: Record<string, string[]> = {}
  for (const segment of segments) {
    // The same whole-word match QA uses, so a hint is shown exactly where QA will check the term.
    const found = terms.filter(
      (t) => t.term.trim() && termPattern(t.term, 'iu').test(segment.source),
    )
    if (found.length === 0) continue
    hints[segment.key] = found.map((t) =>
      t.doNotTranslate
        ? `${t.term}: keep as written`
        : `${t.term} → ${t.translations?.[locale] ?? '(no approved translation yet)'}${t.note ? ` (${t.note})` : ''}`,
    )
  }
  return hints
}
