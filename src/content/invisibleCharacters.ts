import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Invisible characters, decided per kind of field (README, "Invisible characters"):
 *
 * - Text (titles, summaries, names, rich text): U+200C ZERO WIDTH NON-JOINER is correct Persian
 *   and Urdu spelling (می‌خواهم) and stays; U+200D ZERO WIDTH JOINER (emoji, Indic scripts) and
 *   the bidi marks LRM/RLM/ALM and isolates stay too. U+200B ZERO WIDTH SPACE, U+2060 WORD
 *   JOINER, U+FEFF (byte-order mark / ZWNBSP) and U+180E MONGOLIAN VOWEL SEPARATOR have no use in
 *   any of our languages and arrive by copy-paste from Word, PDFs and web pages: they are removed
 *   on save, so search, sorting and the slug see the text a reader sees.
 * - Identifiers (slugs, codes): nothing invisible at all; after removal the value must match its
 *   pattern or the save is refused.
 * - Control characters and bidi overrides are refused everywhere (textSafety.ts).
 */
export const STRIPPED_INVISIBLES = /[\u200B\u2060\uFEFF\u180E]/g

/** Every invisible or format character, for identifiers (Unicode category Cf plus the odd spaces). */
export const ANY_INVISIBLE = /[\p{Cf}\u180E\u115F\u1160\u3164\uFFA0]/u

export function stripInvisibles(text: string): string {
  return text.replace(STRIPPED_INVISIBLES, '')
}

/**
 * The same data with the invisibles above removed from every string and every Lexical text
 * node. Returns the input itself when nothing changed (no needless copies on every save).
 */
export function withoutInvisibles<T>(data: T): T {
  if (typeof data === 'string') return stripInvisibles(data) as T
  if (!data || typeof data !== 'object') return data
  if (Array.isArray(data)) {
    const mapped = data.map((item) => withoutInvisibles(item))
    return mapped.some((item, i) => item !== data[i]) ? (mapped as T) : data
  }
  let changed = false
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const next = withoutInvisibles(value)
    if (next !== value) changed = true
    out[key] = next
  }
  return changed ? (out as T) : data
}

/** For collections outside the translation workflow (departments): the same removal on save. */
export const stripInvisiblesOnSave: CollectionBeforeOperationHook = ({ args, operation }) => {
  const withData = args as { data?: unknown }
  if ((operation === 'create' || operation === 'update') && withData.data)
    withData.data = withoutInvisibles(withData.data)
  return args
}
