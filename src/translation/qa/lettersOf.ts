import { termPattern } from '../protect'
import type { QaContext } from './types'

/** The translation's letters, without names the glossary keeps as written (MitID is Latin in every language). */
export function lettersOf({ targetPlain, glossary }: QaContext): string[] {
  const keptAsWritten = glossary.filter((t) => t.doNotTranslate && t.source.trim())
  const text = keptAsWritten.reduce(
    (rest, t) => rest.replace(termPattern(t.source), ' '),
    targetPlain,
  )
  return [...text].filter((ch) => /\p{L}/u.test(ch))
}
