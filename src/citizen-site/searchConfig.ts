import type { Locale } from '../languages'

/**
 * The Postgres text search configuration per language: stemming and stop words where Postgres
 * ships them (danish, english, arabic, turkish), else 'simple' (words lower-cased, no stemming)
 * for Urdu, Somali and Persian, which Postgres 15 has no dictionary for.
 */
export const SEARCH_CONFIG: Record<Locale, 'danish' | 'english' | 'arabic' | 'turkish' | 'simple'> =
  {
    da: 'danish',
    en: 'english',
    ar: 'arabic',
    tr: 'turkish',
    ur: 'simple',
    so: 'simple',
    fa: 'simple',
  }

export const MAX_QUERY_LENGTH = 200

/** A search box value, trimmed and bounded; null when there is nothing to search for. */
export function normaliseQuery(raw: string | null | undefined): string | null {
  const q = (raw ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
  return /[\p{L}\p{N}]/u.test(q) ? q : null
}
