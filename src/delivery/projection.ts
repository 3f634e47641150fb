import { createHash } from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { isLocale, type Locale, SOURCE_LOCALE } from '../languages'
import { lexicalToHtml } from '../render/lexicalToHtml'
import { type DeliveredCollection, LIVE_CHANNEL, type ProjectedDocument } from './contract'

/** Fields that are computed per request by Payload or internal to the CMS: never projected. */
const NOT_PROJECTED = new Set([
  '_status',
  'publishedLocales',
  'translationPanel',
  'lang',
  'dir',
  'isFallback',
  'availableLocales',
  'translationStatus',
  'html',
  'updatedAt',
])

type Drizzle = PostgresAdapter['drizzle']

/** The drizzle handle of the request's open transaction, so the projection commits or rolls back with the publish. */
async function transactionOf(req: PayloadRequest): Promise<Drizzle> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  return (
    (id !== undefined ? (adapter.sessions[id]?.db as Drizzle | undefined) : undefined) ??
    adapter.drizzle
  )
}

/** Payload's local API writes the locale it is given into the request; hooks after ours must still see theirs. */
async function keepingLocale<T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await run()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** Relationship values as ids, so the projection never carries another collection's unpublished data. */
function flattenRelations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenRelations)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('relationTo' in record && 'value' in record)
      return { relationTo: record.relationTo, value: idOf(record.value) }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, flattenRelations(v)]))
  }
  return value
}
const idOf = (v: unknown) =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v

export function etagOfDocument(document: unknown): string {
  return `"${createHash('sha1').update(JSON.stringify(document)).digest('base64url')}"`
}

/**
 * The stored published text of one language, without Payload's fallback to Danish (a field empty
 * in Arabic stays empty; the reader decides about fallback for the whole document, not per field).
 */
async function publishedText(
  req: PayloadRequest,
  collection: DeliveredCollection,
  id: number,
  locale: Locale,
): Promise<Record<string, unknown> | null> {
  return keepingLocale(req, async () => {
    const doc = await req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return (doc as unknown as Record<string, unknown> | null) ?? null
  })
}

/**
 * Top-level fields with a read access of their own (readability, the department's translation
 * choices and other staff-only fields of any plugin): the public never reads them, so they are
 * never projected, whatever plugin added them.
 */
function restrictedFieldsOf(req: PayloadRequest, collection: DeliveredCollection): Set<string> {
  const fields = req.payload.collections[collection].config.flattenedFields
  return new Set(fields.filter((f) => 'access' in f && f.access?.read).map((f) => f.name))
}

function project(doc: Record<string, unknown>, restricted: Set<string>): ProjectedDocument {
  const fields: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(doc)) {
    if (NOT_PROJECTED.has(name) || restricted.has(name)) continue
    fields[name] = name === 'department' ? idOf(value) : flattenRelations(value)
  }
  return {
    ...fields,
    id: Number(doc.id),
    slug: String(doc.slug ?? doc.id),
    title: String(doc.title ?? ''),
    html: lexicalToHtml(doc.body),
    availableLocales: [],
    translationStatus: 'published',
    publishedAt: new Date().toISOString(),
  }
}

/**
 * Languages whose live translation lags the Danish: the task is outdated, or it was approved
 * before and the source has changed since (it is being re-translated or reviewed).
 */
async function laggingLocales(
  req: PayloadRequest,
  collection: string,
  id: number,
): Promise<Set<string>> {
  const tasks = await keepingLocale(req, () =>
    req.payload.find({
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
      req,
    }),
  )
  const lagging = tasks.docs.filter(
    (t) =>
      t.state === 'outdated' ||
      (t.approvedHashes != null &&
        JSON.stringify(t.approvedHashes) !== JSON.stringify(t.sourceHashes)),
  )
  return new Set(lagging.map((t) => String(t.locale)))
}

/**
 * After a row changed: every live language of the document learns the new list of live
 * languages, the current slug and its translation status, and a NOTIFY (delivered by Postgres
 * only when the transaction commits) tells every delivery process to drop its cache.
 */
export async function refreshDocumentMeta(
  req: PayloadRequest,
  collection: DeliveredCollection,
  id: number,
): Promise<void> {
  const db = await transactionOf(req)
  const rows = (
    await db.execute(
      sql`select locale, slug, document from live_documents where collection = ${collection} and document_id = ${id}`,
    )
  ).rows as Array<{ locale: string; slug: string; document: ProjectedDocument }>
  const lagging = rows.length ? await laggingLocales(req, collection, id) : new Set<string>()
  const danishSlug = rows.find((r) => r.locale === SOURCE_LOCALE)?.slug
  const available = rows
    .map((r) => r.locale)
    .filter(isLocale)
    .sort()
  for (const row of rows) {
    const slug = danishSlug ?? row.slug
    const document: ProjectedDocument = {
      ...row.document,
      slug,
      availableLocales: available,
      translationStatus:
        row.locale !== SOURCE_LOCALE && lagging.has(row.locale) ? 'outdated' : 'published',
    }
    if (JSON.stringify(document) === JSON.stringify(row.document)) continue
    await db.execute(
      sql`update live_documents set document = ${JSON.stringify(document)}::jsonb, slug = ${slug}, etag = ${etagOfDocument(document)}, updated_at = now() where key = ${keyOf(collection, id, row.locale)}`,
    )
  }
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ collection, id })})`)
}

const keyOf = (collection: string, id: number, locale: string) => `${collection}:${id}:${locale}`

/** A language went live (approval, an admin's publish, or the Danish source): its published text becomes its row. */
export async function projectPublish(
  req: PayloadRequest,
  collection: DeliveredCollection,
  id: number,
  locale: Locale,
): Promise<void> {
  const doc = await publishedText(req, collection, id, locale)
  const db = await transactionOf(req)
  if (!doc) return
  const document = project(doc, restrictedFieldsOf(req, collection))
  await db.execute(sql`
    insert into live_documents (key, collection, document_id, locale, slug, etag, document, updated_at, created_at)
    values (${keyOf(collection, id, locale)}, ${collection}, ${id}, ${locale}, ${document.slug}, ${etagOfDocument(document)}, ${JSON.stringify(document)}::jsonb, now(), now())
    on conflict (key) do update set slug = excluded.slug, etag = excluded.etag, document = excluded.document, updated_at = now()`)
  await refreshDocumentMeta(req, collection, id)
}

/** A language was withdrawn: its row goes, and readers get the published Danish marked as fallback. */
export async function projectWithdrawal(
  req: PayloadRequest,
  collection: DeliveredCollection,
  id: number,
  locale: Locale,
): Promise<void> {
  const db = await transactionOf(req)
  await db.execute(sql`delete from live_documents where key = ${keyOf(collection, id, locale)}`)
  await refreshDocumentMeta(req, collection, id)
}

/** The document was deleted: nothing of it stays live. */
export async function projectDeletion(
  req: PayloadRequest,
  collection: DeliveredCollection,
  id: number,
): Promise<void> {
  const db = await transactionOf(req)
  await db.execute(
    sql`delete from live_documents where collection = ${collection} and document_id = ${id}`,
  )
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ collection, id })})`)
}

/**
 * For a database that existed before the read model (or was restored without it): every document
 * with live languages but no row gets its rows, from the stored published text. Runs on start;
 * a no-op once the read model is complete.
 */
export async function backfillLiveDocuments(
  req: PayloadRequest,
  collections: readonly DeliveredCollection[],
): Promise<number> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  let projected = 0
  for (const collection of collections) {
    const present = new Set(
      (
        (
          await adapter.drizzle.execute(
            sql`select distinct document_id from live_documents where collection = ${collection}`,
          )
        ).rows as Array<{ document_id: number }>
      ).map((r) => Number(r.document_id)),
    )
    const docs = await req.payload.find({
      collection,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { publishedLocales: true },
    })
    for (const doc of docs.docs) {
      const locales = (
        (doc as { publishedLocales?: string[] | null }).publishedLocales ?? []
      ).filter(isLocale)
      if (!locales.length || present.has(Number(doc.id))) continue
      for (const locale of locales) await projectPublish(req, collection, Number(doc.id), locale)
      projected++
    }
  }
  return projected
}
