import type { Field, FieldHook, PayloadRequest } from 'payload'
import { isLocale, languageOf, type Locale, SOURCE_LOCALE } from '../../src/languages'
import { lexicalToHtml } from '../../src/render/lexicalToHtml'

interface ServedDoc {
  id?: number
  publishedLocales?: string[] | null
  body?: unknown
}

function requestedLocale(req: PayloadRequest): Locale {
  return isLocale(req.locale) ? req.locale : SOURCE_LOCALE
}

/** The language actually served: the requested one when it is live, else the Danish fallback. */
function servedLocale(doc: ServedDoc, req: PayloadRequest): Locale {
  const requested = requestedLocale(req)
  return (doc.publishedLocales ?? []).includes(requested) ? requested : SOURCE_LOCALE
}

/**
 * Languages with a translation written into the document's draft (machine or human), for previews:
 * a signed-in draft read of Arabic then says `lang: ar`, `dir: rtl` before Arabic is published.
 */
async function draftedLocales(
  req: PayloadRequest,
  collection: string,
  id: number,
): Promise<Set<string>> {
  const cacheKey = `drafted:${collection}:${id}`
  const cached = req.context[cacheKey] as Set<string> | undefined
  if (cached) return cached
  const tasks = await req.payload.find({
    collection: 'translation-tasks',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, segments: true },
  })
  const hasText = (segments: unknown) =>
    Array.isArray(segments) && segments.some((s) => Boolean((s as { text?: string }).text))
  const result = new Set(tasks.docs.filter((t) => hasText(t.segments)).map((t) => String(t.locale)))
  req.context[cacheKey] = result
  return result
}

/** Published reads serve the requested language when it is live; draft reads also when a translation has been drafted. */
async function servedFor(
  collection: string,
  doc: ServedDoc,
  req: PayloadRequest,
  draft: boolean | undefined,
): Promise<Locale> {
  const live = servedLocale(doc, req)
  const requested = requestedLocale(req)
  if (live === requested || !draft || doc.id === undefined) return live
  return (await draftedLocales(req, collection, doc.id)).has(requested) ? requested : live
}

/**
 * Languages whose live translation lags the Danish: the task is outdated, or it was approved
 * before and the source has changed since (it is being re-translated or reviewed).
 */
async function outdatedLocales(
  req: PayloadRequest,
  collection: string,
  id: number,
): Promise<Set<string>> {
  const cacheKey = `outdated:${collection}:${id}`
  const cached = req.context[cacheKey] as Set<string> | undefined
  if (cached) return cached
  const tasks = await req.payload.find({
    collection: 'translation-tasks',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: id } },
        { state: { not_equals: 'published' } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, state: true, sourceHashes: true, approvedHashes: true },
  })
  const lagging = tasks.docs.filter(
    (t) =>
      t.state === 'outdated' ||
      (t.approvedHashes != null &&
        JSON.stringify(t.approvedHashes) !== JSON.stringify(t.sourceHashes)),
  )
  const result = new Set(lagging.map((t) => String(t.locale)))
  req.context[cacheKey] = result
  return result
}

const virtual = (field: Field & { hooks?: { afterRead?: FieldHook[] } }): Field =>
  ({ ...field, virtual: true, admin: { hidden: true } }) as Field

/**
 * Fields consumers need to render a document correctly, computed on read: the language served
 * (`lang`, `dir`), whether it is the Danish fallback, which languages exist, the translation
 * status of the requested language and the body as sanitized HTML.
 */
export function consumerFields(collection: string): Field[] {
  const served = (data: unknown, req: PayloadRequest, draft?: boolean) =>
    servedFor(collection, (data ?? {}) as ServedDoc, req, draft)
  return [
    virtual({
      name: 'lang',
      type: 'text',
      hooks: {
        afterRead: [
          async ({ data, req, draft }) => languageOf(await served(data, req, draft)).bcp47,
        ],
      },
    }),
    virtual({
      name: 'dir',
      type: 'text',
      hooks: {
        afterRead: [async ({ data, req, draft }) => languageOf(await served(data, req, draft)).dir],
      },
    }),
    virtual({
      name: 'isFallback',
      type: 'checkbox',
      hooks: {
        afterRead: [
          async ({ data, req, draft }) => (await served(data, req, draft)) !== requestedLocale(req),
        ],
      },
    }),
    virtual({
      name: 'availableLocales',
      type: 'text',
      hasMany: true,
      hooks: {
        afterRead: [
          ({ data }) => ((data as ServedDoc | undefined)?.publishedLocales ?? []).filter(isLocale),
        ],
      },
    }),
    virtual({
      name: 'translationStatus',
      type: 'text',
      hooks: {
        afterRead: [
          async ({ data, req }) => {
            const doc = (data ?? {}) as ServedDoc
            const requested = requestedLocale(req)
            if (!(doc.publishedLocales ?? []).includes(requested)) return 'missing'
            if (requested === SOURCE_LOCALE || doc.id === undefined) return 'published'
            return (await outdatedLocales(req, collection, doc.id)).has(requested)
              ? 'outdated'
              : 'published'
          },
        ],
      },
    }),
    virtual({
      name: 'html',
      type: 'text',
      hooks: { afterRead: [({ data }) => lexicalToHtml((data as ServedDoc | undefined)?.body)] },
    }),
  ]
}
