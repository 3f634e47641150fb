import config from '@payload-config'
import { getPayload } from 'payload'
import {
  isTranslatedCollection,
  type TranslatedCollection,
} from '../../plugins/translation-workflow/translatedCollections'
import { isLocale, type Locale } from '../languages'
import { isStaffOrConsumer } from '../access/predicates'
import { readLive } from '../delivery/read'

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

export async function parsePrintParams(
  collection: string,
  locale: string,
): Promise<{ collection: TranslatedCollection; locale: Locale }> {
  if (!isTranslatedCollection(await config, collection))
    throw new PrintRequestError(`Unknown collection "${collection}"`, 404)
  if (!isLocale(locale)) throw new PrintRequestError(`Unknown language "${locale}"`, 404)
  return { collection, locale }
}

/**
 * The document as its reader may see it: what is live, from the delivery read model (with the
 * Danish fallback marked), for everyone; the latest draft only for a signed-in staff member or
 * API key that asks for it (`?draft=1`), through Payload with that user's access.
 */
export async function loadForPrint(
  collection: TranslatedCollection,
  slug: string,
  locale: Locale,
  headers: Headers,
  draft = false,
): Promise<PrintableDoc | null> {
  if (draft) {
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers })
    if (user && isStaffOrConsumer({ user } as Parameters<typeof isStaffOrConsumer>[0])) {
      const result = await payload.find({
        collection,
        where: { slug: { equals: slug } },
        locale,
        depth: 0,
        limit: 1,
        overrideAccess: false,
        user,
        draft: true,
      })
      return (result.docs[0] as unknown as PrintableDoc | undefined) ?? null
    }
  }
  return readLive(collection, slug, locale)
}
