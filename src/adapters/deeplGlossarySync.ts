import * as deepl from 'deepl-node'
import { deeplLanguageCode, type TargetLocale } from '../languages'
import { glossaryDictionaries } from '../translation/glossary'
import type { MachineTranslationCapabilities } from '../translation/providers/capabilities'
import type { GlossaryTerm } from '../translation/qa'
import { currentCapabilities } from './capabilityStore'

/**
 * Creates (or, given its id, replaces the dictionaries of) one multilingual DeepL glossary
 * holding every language DeepL takes glossaries for. Returns the glossary id to send with
 * translations, or null when no language has an entry.
 */
export async function syncDeeplGlossary(
  options: { authKey: string; serverUrl?: string; attempts?: number },
  terms: GlossaryTerm[],
  existingId?: string,
  capabilities: MachineTranslationCapabilities = currentCapabilities(),
): Promise<string | null> {
  const dictionaries = glossaryDictionaries(terms, capabilities)
  if (dictionaries.length === 0) return null
  const client = new deepl.DeepLClient(options.authKey, {
    serverUrl: options.serverUrl,
    ...(options.attempts ? { maxRetries: options.attempts } : {}),
    sendPlatformInfo: false,
  })
  const toDeepl = (d: { target: TargetLocale; entries: Record<string, string> }) => ({
    sourceLangCode: 'da',
    // Glossaries take the language without regional variant (EN, not EN-GB).
    targetLangCode: deeplLanguageCode(d.target).split('-')[0].toLowerCase(),
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
