import type { GlossaryTermDoc } from '../../collections/translation/GlossaryTerms'
import type { TargetLocale } from '../languages'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Per segment key: the glossary terms its Danish uses and how they are to be rendered. */
export function glossaryHints(segments: Array<{ key: string; source: string }>, terms: GlossaryTermDoc[], locale: TargetLocale): Record<string, string[]> {
  const hints: Record<string, string[]> = {}
  for (const segment of segments) {
    const found = terms.filter((t) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(t.term)}($|[^\\p{L}])`, 'iu').test(segment.source))
    if (found.length === 0) continue
    hints[segment.key] = found.map((t) =>
      t.doNotTranslate ? `${t.term}: keep as written` : `${t.term} → ${t.translations?.[locale] ?? '(no approved translation yet)'}${t.note ? ` (${t.note})` : ''}`,
    )
  }
  return hints
}
