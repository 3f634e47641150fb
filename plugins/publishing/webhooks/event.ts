import { surrogateKeys } from '../../../src/delivery/contract'
import { languageOf, type Locale } from '../../../src/languages'

export type WebhookEventType = 'publish' | 'unpublish'

export interface WebhookEvent {
  id: string
  type: WebhookEventType
  occurredAt: string
  collection: string
  documentId: number
  slug: string
  locale: Locale
  lang: string
  /** What a consumer should purge: its own page for this document and language, and our print page. */
  paths: string[]
  /** Surrogate keys to purge at a CDN in front of the delivery API (its answers carry the same keys). */
  surrogateKeys: string[]
}

export function buildEvent(
  type: WebhookEventType,
  collection: string,
  doc: { id: number; slug?: string | null },
  locale: Locale,
): WebhookEvent {
  const slug = doc.slug ?? String(doc.id)
  return {
    id: `${collection}:${doc.id}:${locale}:${Date.now()}`,
    type,
    occurredAt: new Date().toISOString(),
    collection,
    documentId: doc.id,
    slug,
    locale,
    lang: languageOf(locale).bcp47,
    paths: [`/${locale}/${collection}/${slug}`, `/print/${collection}/${slug}/${locale}`],
    surrogateKeys: surrogateKeys(collection, doc.id, null),
  }
}
