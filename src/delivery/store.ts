import pg from 'pg'
import { type Locale, SOURCE_LOCALE } from '../languages'
import {
  type DeliveredCollection,
  type ListFilters,
  LIVE_CHANNEL,
  type LiveDocument,
  type LiveList,
  MAX_LIMIT,
  type ProjectedDocument,
  serve,
} from './contract'

/**
 * Reads of the read model, straight from Postgres with `pg` (no Payload): the delivery process
 * loads nothing else, so it starts in a second and any number of instances can run against a
 * read replica (DELIVERY_DATABASE_URL).
 */
export interface LiveStore {
  read(collection: DeliveredCollection, slug: string, locale: Locale): Promise<LiveDocument | null>
  list(collection: DeliveredCollection, locale: Locale, filters?: ListFilters): Promise<LiveList>
  /** Calls back after every committed change of the read model (Postgres LISTEN); resolves once listening. */
  onChange(listener: (change: { collection: string; id: number }) => void): Promise<void>
  /** False while the LISTEN connection is down: answers must not be cached then. */
  isListening(): boolean
  close(): Promise<void>
}

export function deliveryDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DELIVERY_DATABASE_URL || env.DATABASE_URL
  if (url) return url
  // The embedded cluster `npm start` brings up (src/db/connection.ts), without importing the app's config.
  return `postgres://postgres:embedded@127.0.0.1:${env.EMBEDDED_PG_PORT ?? 54329}/cms`
}

type Row = { document_id: number; locale: string; document: ProjectedDocument }

function pick(collection: DeliveredCollection, locale: Locale, rows: Row[]): LiveDocument[] {
  const byDoc = new Map<number, { own?: ProjectedDocument; danish?: ProjectedDocument }>()
  for (const row of rows) {
    const entry = byDoc.get(row.document_id) ?? {}
    if (row.locale === locale) entry.own = row.document
    if (row.locale === SOURCE_LOCALE) entry.danish = row.document
    byDoc.set(row.document_id, entry)
  }
  return [...byDoc.values()]
    .map((e) => serve(collection, locale, e.own, e.danish))
    .filter((d): d is LiveDocument => d !== null)
}

function matches(doc: LiveDocument, filters: ListFilters): boolean {
  if (filters.kind !== undefined && doc.kind !== filters.kind) return false
  if (filters.category !== undefined && doc.category !== filters.category) return false
  if (filters.department !== undefined && Number(doc.department) !== filters.department)
    return false
  if (filters.search) {
    const needle = filters.search.toLocaleLowerCase()
    // Only the text served in this language: a draft or withdrawn translation is not in the read model.
    if (!`${doc.title} ${doc.summary ?? ''}`.toLocaleLowerCase().includes(needle)) return false
  }
  return true
}

function compare(sort: NonNullable<ListFilters['sort']>) {
  return (a: LiveDocument, b: LiveDocument): number => {
    if (sort === 'order')
      return Number(a.order ?? 0) - Number(b.order ?? 0) || a.slug.localeCompare(b.slug)
    if (sort === 'createdAt')
      return String(a.createdAt ?? '').localeCompare(String(b.createdAt ?? '')) || a.id - b.id
    return String(a[sort]).localeCompare(String(b[sort]))
  }
}

export function createLiveStore(
  connectionString = deliveryDatabaseUrl(),
  options: { max?: number } = {},
): LiveStore {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 })
  pool.on('error', () => undefined) // an idle connection dropped by the server reconnects on next use
  const listeners: Array<(change: { collection: string; id: number }) => void> = []
  let listener: pg.Client | null = null
  let closed = false

  /** Connects the LISTEN client, retrying every half second until it works (a delivery process outlives database restarts). */
  async function listen(): Promise<void> {
    while (!closed) {
      const client = new pg.Client({ connectionString })
      client.on('notification', (message) => {
        let change = { collection: '*', id: 0 }
        try {
          change = JSON.parse(message.payload ?? '{}') as typeof change
        } catch {
          // an unreadable payload still means "something changed"
        }
        for (const l of listeners) l(change)
      })
      // A lost LISTEN connection means missed notifications: drop every cache and listen again.
      client.on('error', () => {
        for (const l of listeners) l({ collection: '*', id: 0 })
        if (listener === client) listener = null
        void client.end().catch(() => undefined)
        if (!closed) listening = listen()
      })
      try {
        await client.connect()
        await client.query(`LISTEN ${LIVE_CHANNEL}`)
        listener = client
        for (const l of listeners) l({ collection: '*', id: 0 })
        return
      } catch {
        await client.end().catch(() => undefined)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    }
  }
  let listening: Promise<void> | null = null

  return {
    async read(collection, slug, locale) {
      const { rows } = await pool.query<Row>(
        'select document_id, locale, document from live_documents where collection = $1 and slug = $2 and locale = any($3)',
        [collection, slug, [locale, SOURCE_LOCALE]],
      )
      return pick(collection, locale, rows)[0] ?? null
    },
    async list(collection, locale, filters = {}) {
      const { rows } = await pool.query<Row>(
        'select document_id, locale, document from live_documents where collection = $1 and locale = any($2)',
        [collection, [locale, SOURCE_LOCALE]],
      )
      const limit = Math.min(Math.max(filters.limit ?? 50, 1), MAX_LIMIT)
      const page = Math.max(filters.page ?? 1, 1)
      const all = pick(collection, locale, rows)
        .filter((d) => matches(d, filters))
        .sort(compare(filters.sort ?? 'slug'))
      return {
        docs: all.slice((page - 1) * limit, page * limit),
        totalDocs: all.length,
        page,
        limit,
      }
    },
    onChange(callback) {
      listeners.push(callback)
      listening ??= listen()
      return listening
    },
    isListening: () => listener !== null,
    async close() {
      closed = true
      await listening?.catch(() => undefined)
      await listener?.end().catch(() => undefined)
      await pool.end()
    },
  }
}
