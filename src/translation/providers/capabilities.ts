import {
  deeplLanguageCode,
  SOURCE_LOCALE,
  TARGET_LANGUAGES,
  TARGET_LOCALES,
  type TargetLocale,
} from '../../languages'

/** What machine translation can do for one target language (from Danish). */
export interface LanguageSupport {
  /** DeepL offers the language as a target at all; without it a person translates. */
  translate: boolean
  /** XML tag handling: segments go with their tags; without it only the text runs between tags go. */
  tagHandling: boolean
  /** A DeepL glossary (Danish → this language) can be created and used in translations. */
  glossary: boolean
}

export interface MachineTranslationCapabilities {
  /** `deepl`: read from DeepL's /v3/languages; `fallback`: the table in src/languages.ts. */
  origin: 'deepl' | 'fallback'
  /** When DeepL last answered with a language list we understood (ISO time), if ever. */
  checkedAt: string | null
  languages: Record<TargetLocale, LanguageSupport>
}

/** How a segment goes to the provider: with its tags, as text runs between the tags, or not at all. */
export type MachineRoute = 'tags' | 'runs' | 'none'

export function routeOf(support: LanguageSupport): MachineRoute {
  if (!support.translate) return 'none'
  return support.tagHandling ? 'tags' : 'runs'
}

/**
 * Today's table (src/languages.ts, DeepL's 2026 language list): what is used until DeepL has
 * answered, and whenever DeepL cannot be reached or answers something we do not understand.
 */
export const FALLBACK_CAPABILITIES: MachineTranslationCapabilities = {
  origin: 'fallback',
  checkedAt: null,
  languages: Object.fromEntries(
    TARGET_LOCALES.map((locale) => {
      const capability = TARGET_LANGUAGES[locale].machineTranslation as string
      return [
        locale,
        {
          translate: capability !== 'none',
          tagHandling: capability === 'full',
          glossary: capability === 'full',
        },
      ]
    }),
  ) as Record<TargetLocale, LanguageSupport>,
}

export class LanguageListError extends Error {
  constructor(message: string) {
    super(`DeepL's language list was not understood: ${message}`)
    this.name = 'LanguageListError'
  }
}

interface LanguageEntry {
  lang: string
  usableAsSource: boolean
  usableAsTarget: boolean
  features: Set<string>
}

/**
 * `features` is an object keyed by feature name since general availability (a key present means
 * supported); during DeepL's beta it was an array of names. Both are read; anything else is garbage.
 */
function featuresOf(value: unknown, lang: string): Set<string> {
  if (value === undefined || value === null) return new Set()
  if (Array.isArray(value) && value.every((f) => typeof f === 'string')) return new Set(value)
  if (typeof value === 'object' && !Array.isArray(value)) return new Set(Object.keys(value))
  throw new LanguageListError(`"features" of ${lang} is neither an object nor a list of names`)
}

function entriesOf(body: unknown, resource: string): Map<string, LanguageEntry> {
  if (!Array.isArray(body) || body.length === 0)
    throw new LanguageListError(`?resource=${resource} did not answer a non-empty list`)
  const entries = new Map<string, LanguageEntry>()
  for (const item of body) {
    const lang = (item as { lang?: unknown } | null)?.lang
    if (typeof lang !== 'string' || !lang.trim())
      throw new LanguageListError(`?resource=${resource} has an entry without a "lang" code`)
    const raw = item as Record<string, unknown>
    entries.set(lang.toLowerCase(), {
      lang,
      usableAsSource: raw.usable_as_source === true,
      usableAsTarget: raw.usable_as_target === true,
      features: featuresOf(raw.features, lang),
    })
  }
  return entries
}

/** DeepL codes are BCP 47 (`en-GB`); glossaries are made per base language (`en`). */
const baseOf = (code: string) => code.toLowerCase().split('-')[0]

/**
 * Our languages' capabilities from DeepL's `GET /v3/languages?resource=translate_text` and
 * `?resource=glossary` answers. Tag handling and glossaries must be supported on both sides
 * (Danish and the target), as DeepL documents; a glossary also needs the glossary resource to
 * list both languages, or it cannot be created. Throws LanguageListError on anything that is not
 * such a list (the caller then keeps what it had), including a list without Danish as a source.
 */
export function capabilitiesFromDeepl(
  translateText: unknown,
  glossary: unknown,
  checkedAt: Date,
): MachineTranslationCapabilities {
  const text = entriesOf(translateText, 'translate_text')
  const glossaryLangs = new Set([...entriesOf(glossary, 'glossary').keys()].map(baseOf))
  const source = text.get(SOURCE_LOCALE)
  if (!source?.usableAsSource)
    throw new LanguageListError('Danish is not listed as a source language')
  const languages = Object.fromEntries(
    TARGET_LOCALES.map((locale) => {
      const code = deeplLanguageCode(locale).toLowerCase()
      const target = text.get(code)
      const translate = target?.usableAsTarget === true
      const both = (feature: string) =>
        translate && source.features.has(feature) && target!.features.has(feature)
      return [
        locale,
        {
          translate,
          tagHandling: both('tag_handling'),
          glossary:
            both('glossary') &&
            glossaryLangs.has(baseOf(SOURCE_LOCALE)) &&
            glossaryLangs.has(baseOf(code)),
        },
      ]
    }),
  ) as Record<TargetLocale, LanguageSupport>
  return { origin: 'deepl', checkedAt: checkedAt.toISOString(), languages }
}

/** A stored reading, checked field by field (it comes from a JSON column); null if unusable. */
export function capabilitiesFromRecord(value: unknown): MachineTranslationCapabilities | null {
  const record = value as Partial<MachineTranslationCapabilities> | null
  if (!record || record.origin !== 'deepl' || typeof record.checkedAt !== 'string') return null
  const languages = record.languages as Record<string, unknown> | undefined
  if (!languages || typeof languages !== 'object') return null
  for (const locale of TARGET_LOCALES) {
    const s = languages[locale] as Record<string, unknown> | undefined
    if (!s || ['translate', 'tagHandling', 'glossary'].some((k) => typeof s[k] !== 'boolean'))
      return null
  }
  return record as MachineTranslationCapabilities
}
