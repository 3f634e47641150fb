import { ALL_LOCALES, isLocale, languageOf, type Locale, SOURCE_LOCALE } from '../languages'

/**
 * What the delivery API serves: the consumer contract, shared by the projection writer, the
 * delivery server, the in-process read API and the HTTP client. No payload, next or pg here.
 */

/** The collections the delivery API serves. The publishing plugin refuses to publish any other. */
// The citizen site's collections (issue 15) are projected too: interface texts, help points, events and films.
export const DELIVERED_COLLECTIONS = [
  'leaflets',
  'welcome-materials',
  'letter-templates',
  'methods',
  'reflection-questions',
  'interface-texts',
  'help-points',
  'events',
  'films',
] as const
export type DeliveredCollection = (typeof DELIVERED_COLLECTIONS)[number]

export function isDeliveredCollection(value: unknown): value is DeliveredCollection {
  return typeof value === 'string' && (DELIVERED_COLLECTIONS as readonly string[]).includes(value)
}

export type TranslationStatus = 'published' | 'outdated' | 'missing'

/** The stored projection of one live language of one document: exactly what was approved or published. */
export interface LiveRow {
  collection: DeliveredCollection
  documentId: number
  locale: Locale
  slug: string
  /** The document's fields as published in this language (relationships as ids), plus `html`. */
  document: ProjectedDocument
}

interface PublishedFields {
  id: number
  slug: string
  title: string
  summary?: string | null
  html: string
  /** Languages live for this document when the row was last written. */
  availableLocales: Locale[]
  /** `outdated` when the Danish changed since this language was approved. */
  translationStatus: Exclude<TranslationStatus, 'missing'>
  publishedAt: string
  createdAt?: string | null
  [field: string]: unknown
}
export type ProjectedDocument = PublishedFields

/** The document as a consumer gets it, for the language it asked for. */
export interface LiveDocument extends Omit<PublishedFields, 'translationStatus'> {
  id: number
  slug: string
  title: string
  summary?: string | null
  html: string
  availableLocales: Locale[]
  publishedAt: string
  createdAt?: string | null
  collection: DeliveredCollection
  /** The language served (BCP 47). */
  lang: string
  dir: 'ltr' | 'rtl'
  /** True when the requested language is not live and the published Danish is served instead. */
  isFallback: boolean
  translationStatus: TranslationStatus
  locale: Locale
}

export interface ListFilters {
  kind?: string
  category?: string
  department?: number
  /** Words in the served title or summary (only text that is live in the served language). */
  search?: string
  sort?: 'slug' | 'title' | 'createdAt' | 'order'
  limit?: number
  page?: number
}

export interface LiveList {
  docs: LiveDocument[]
  totalDocs: number
  page: number
  limit: number
}

export const MAX_LIMIT = 100

/**
 * The fallback rule, decided at read time: the requested language's own row if it is live, else
 * the published Danish marked as fallback, else nothing. Never any other language.
 */
export function serve(
  collection: DeliveredCollection,
  requested: Locale,
  own: ProjectedDocument | undefined,
  danish: ProjectedDocument | undefined,
): LiveDocument | null {
  const row = own ?? (requested === SOURCE_LOCALE ? undefined : danish)
  if (!row) return null
  const servedLocale = own ? requested : SOURCE_LOCALE
  const language = languageOf(servedLocale)
  return {
    ...row,
    collection,
    locale: servedLocale,
    lang: language.bcp47,
    dir: language.dir,
    isFallback: !own,
    translationStatus: own ? row.translationStatus : 'missing',
  }
}

export function parseLocale(value: unknown): Locale | null {
  return isLocale(value) ? value : null
}

export const LOCALES_HINT = ALL_LOCALES.join(', ')

/** Surrogate keys for CDN purges: the document in every language, the collection's lists, the locale. */
export function surrogateKeys(
  collection: string,
  documentId: number | null,
  locale: string | null,
): string[] {
  const keys = [`collection:${collection}`]
  if (documentId !== null) keys.push(`doc:${collection}:${documentId}`)
  if (locale) keys.push(`locale:${locale}`)
  return keys
}

/** The Postgres NOTIFY channel on which a committed projection change is announced. */
export const LIVE_CHANNEL = 'cms_live_documents'
export const LIVE_TABLE = 'live_documents'
