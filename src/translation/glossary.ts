import { TARGET_LANGUAGES, TARGET_LOCALES, type TargetLocale } from '../languages'
import type { GlossaryTerm } from './qa'

/** Languages whose glossary DeepL applies itself; QA enforces the glossary for all the others. */
export function glossaryLocales(): TargetLocale[] {
  return TARGET_LOCALES.filter((l) => TARGET_LANGUAGES[l].machineTranslation === 'full')
}

/** Per language, the DeepL dictionary: Danish term → rendering (do-not-translate terms map to themselves). */
export function glossaryDictionaries(terms: GlossaryTerm[]): Array<{ target: TargetLocale; entries: Record<string, string> }> {
  return glossaryLocales()
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
