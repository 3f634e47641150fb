import config from '@payload-config'
import { getPayload } from 'payload'
import { isTranslatedCollection, type TranslatedCollection } from '../../plugins/translation-workflow/translatedCollections'
import { isLocale, type Locale } from '../languages'

export interface PrintableDoc {
  id: number
  title: string
  summary?: string | null
  html: string
  lang: string
  dir: 'ltr' | 'rtl'
  isFallback: boolean
  audienceVariants?: Array<{ heading?: string | null; body?: unknown }> | null
  questions?: Array<{ question?: string | null; help?: string | null }> | null
}

export class PrintRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export async function parsePrintParams(collection: string, locale: string): Promise<{ collection: TranslatedCollection; locale: Locale }> {
  if (!isTranslatedCollection(await config, collection)) throw new PrintRequestError(`Unknown collection "${collection}"`, 404)
  if (!isLocale(locale)) throw new PrintRequestError(`Unknown language "${locale}"`, 404)
  return { collection, locale }
}

/**
 * The document as its reader may see it: published languages for everyone (with the Danish
 * fallback marked), drafts only for a signed-in user who asks for them.
 */
export async function loadForPrint(collection: TranslatedCollection, slug: string, locale: Locale, headers: Headers, draft = false): Promise<PrintableDoc | null> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers })
  const result = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: user ?? undefined,
    draft: Boolean(user) && draft,
  })
  return (result.docs[0] as unknown as PrintableDoc | undefined) ?? null
}
