import { TARGET_LOCALES, type TargetLocale } from '../languages'
import {
  FALLBACK_CAPABILITIES,
  type MachineTranslationCapabilities,
} from './providers/capabilities'
import type { GlossaryTerm } from './qa'

/** Languages whose glossary DeepL applies itself; QA enforces the glossary for all the others. */
export function glossaryLocales(
  capabilities: MachineTranslationCapabilities = FALLBACK_CAPABILITIES,
): TargetLocale[] {
  return TARGET_LOCALES.filter((l) => capabilities.languages[l].glossary)
}

/** Per language, the DeepL dictionary: Danish term → rendering (do-not-translate terms map to themselves). */
export function glossaryDictionaries(
  terms: GlossaryTerm[],
  capabilities: MachineTranslationCapabilities = FALLBACK_CAPABILITIES,
): Array<{ target: TargetLocale; entries: Record<string, string> }> {
  return glossaryLocales(capabilities)
    .map((target) => {
      const entries: Record<string, string> = {}
      for (const term of terms) {
        const rendering = term.doNotTranslate ? term.source : term.translations[target]
        if (rendering?.trim()) entries[term.source.trim()] = rendering.trim()
      }
      return { target, entries }
    })
    .filter((d) => Object.keys(d.entries).length > 0)
}

/**
 * DeepL's rules for one glossary entry side (deepl-node's GlossaryEntries.validateGlossaryTerm and
 * the API's limits): not empty, no C0/C1 control characters (tab, newline ...), no Unicode line
 * or paragraph separators, no leading or trailing whitespace, at most 1024 UTF-8 bytes. A term
 * that breaks them is refused on save instead of failing every later glossary sync.
 */
export function glossaryEntryProblem(text: string, label: string): string | null {
  if (!text.trim()) return `${label} is empty`
  // eslint-disable-next-line no-control-regex -- control characters are what DeepL refuses
  const bad = /[\u0000-\u001F\u0080-\u009F\u2028\u2029]/.exec(text)
  if (bad) {
    const code = bad[0].codePointAt(0)!
    const name =
      code === 9
        ? 'a tab'
        : code === 10 || code === 13
          ? 'a line break'
          : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    return `${label} contains ${name} at position ${bad.index + 1} (pasted from a spreadsheet?); DeepL glossaries refuse control characters`
  }
  if (text !== text.trim()) return `${label} starts or ends with a space; remove it`
  if (new TextEncoder().encode(text).length > 1024)
    return `${label} is longer than DeepL's 1024 bytes for a glossary entry`
  return null
}
