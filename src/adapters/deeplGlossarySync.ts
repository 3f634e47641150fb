import * as deepl from 'deepl-node'
import { deeplTargetCode, type TargetLocale } from '../languages'
import { glossaryDictionaries } from '../translation/glossary'
import type { GlossaryTerm } from '../translation/qa'

/**
 * Creates (or, given its id, replaces the dictionaries of) one multilingual DeepL glossary
 * holding every supported language. Returns the glossary id to send with translations.
 */
export async function syncDeeplGlossary(
  options: { authKey: string; serverUrl?: string },
  terms: GlossaryTerm[],
  existingId?: string,
): Promise<string | null> {
  const dictionaries = glossaryDictionaries(terms)
  if (dictionaries.length === 0) return null
  const client = new deepl.DeepLClient(options.authKey, {
    serverUrl: options.serverUrl,
    sendPlatformInfo: false,
  })
  const toDeepl = (d: { target: TargetLocale; entries: Record<string, string> }) => ({
    sourceLangCode: 'da',
    // Glossaries take the language without regional variant (EN, not EN-GB).
    targetLangCode: deeplTargetCode(d.target)!.split('-')[0].toLowerCase(),
    entries: new deepl.GlossaryEntries({ entries: d.entries }),
  })
  if (existingId) {
    for (const d of dictionaries)
      await client.replaceMultilingualGlossaryDictionary(existingId, toDeepl(d))
    return existingId
  }
  const created = await client.createMultilingualGlossary('kommune-cms', dictionaries.map(toDeepl))
  return created.glossaryId
}
