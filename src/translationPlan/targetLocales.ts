/**
 * Which languages a document is translated into. Departments choose per document; without a
 * choice, citizen-facing texts go to every target language and staff texts to none.
 */

export type Audience = 'citizens' | 'staff'
export type TranslateInto = 'default' | 'all' | 'chosen' | 'none'

export const TRANSLATE_INTO_OPTIONS: ReadonlyArray<{ value: TranslateInto; label: string }> = [
  {
    value: 'default',
    label: 'Default for this kind of text (citizen texts: all languages; staff texts: none)',
  },
  { value: 'all', label: 'All languages' },
  { value: 'chosen', label: 'The languages chosen below' },
  { value: 'none', label: 'Not translated' },
]

export const PRIORITIES = ['high', 'normal', 'low'] as const
export type Priority = (typeof PRIORITIES)[number]

export function chosenTargetLocales<L extends string>(
  all: readonly L[],
  audience: Audience,
  choice: { translateInto?: string | null; targetLanguages?: readonly string[] | null },
): L[] {
  switch (choice.translateInto ?? 'default') {
    case 'all':
      return [...all]
    case 'none':
      return []
    case 'chosen':
      // In the configured order, whatever order the editor ticked them in; unknown codes are dropped.
      return all.filter((locale) => (choice.targetLanguages ?? []).includes(locale))
    default:
      return audience === 'citizens' ? [...all] : []
  }
}
