import * as deepl from 'deepl-node'
import { deeplTargetCode, TARGET_LANGUAGES, TARGET_LOCALES, type TargetLocale } from '../languages'
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

/**
 * Creates (or, given its id, replaces the dictionaries of) one multilingual DeepL glossary
 * holding every supported language. Returns the glossary id to send with translations.
 */
export async function syncDeeplGlossary(options: { authKey: string; serverUrl?: string }, terms: GlossaryTerm[], existingId?: string): Promise<string | null> {
  const dictionaries = glossaryDictionaries(terms)
  if (dictionaries.length === 0) return null
  const client = new deepl.DeepLClient(options.authKey, { serverUrl: options.serverUrl, sendPlatformInfo: false })
  const toDeepl = (d: { target: TargetLocale; entries: Record<string, string> }) => ({
    sourceLangCode: 'da',
    // Glossaries take the language without regional variant (EN, not EN-GB).
    targetLangCode: deeplTargetCode(d.target)!.split('-')[0].toLowerCase(),
    entries: new deepl.GlossaryEntries({ entries: d.entries }),
  })
  if (existingId) {
    for (const d of dictionaries) await client.replaceMultilingualGlossaryDictionary(existingId, toDeepl(d))
    return existingId
  }
  const created = await client.createMultilingualGlossary('kommune-cms', dictionaries.map(toDeepl))
  return created.glossaryId
}
