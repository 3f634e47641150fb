import type { Locale } from '../languages'
import type { DeliveredCollection, ListFilters, LiveDocument, LiveList } from './contract'
import { createDeliveryHandler, type DeliveryHandler } from './handler'
import { createLiveStore, type LiveStore } from './store'

/**
 * The in-process read API for everything that serves citizens from inside the app (the
 * reference site, print pages, letter packets, catalogues): the same read model and the same
 * fallback rule as the delivery API, without an HTTP hop. Over HTTP use `deliveryClient`.
 *
 *   const doc = await readLive('leaflets', 'saadan-klager-du', 'ar')   // null when not live
 *   const { docs } = await listLive('leaflets', 'ar', { kind: 'questions', sort: 'createdAt', limit: 1 })
 */
export interface LiveReader {
  readLive(
    collection: DeliveredCollection,
    slug: string,
    locale: Locale,
  ): Promise<LiveDocument | null>
  listLive(
    collection: DeliveredCollection,
    locale: Locale,
    filters?: ListFilters,
  ): Promise<LiveList>
}

// On globalThis: Next may load route modules as separate module instances in one process; they share one pool.
const KEY = Symbol.for('kommune-cms.delivery')
type Shared = { store: LiveStore; handler?: DeliveryHandler }
const globalStore = globalThis as unknown as Record<symbol, Shared | undefined>

function shared(): Shared {
  return (globalStore[KEY] ??= { store: createLiveStore() })
}

/** The delivery handler for the app's own `/delivery/*` routes (one port for `npm start`). */
export function inProcessDeliveryHandler(): DeliveryHandler {
  const s = shared()
  return (s.handler ??= createDeliveryHandler(s.store))
}

export function readLive(
  collection: DeliveredCollection,
  slug: string,
  locale: Locale,
): Promise<LiveDocument | null> {
  return shared().store.read(collection, slug, locale)
}

export function listLive(
  collection: DeliveredCollection,
  locale: Locale,
  filters: ListFilters = {},
): Promise<LiveList> {
  return shared().store.list(collection, locale, filters)
}

/** Closes the shared pool (tests, shutdown). */
export async function closeInProcessDelivery(): Promise<void> {
  const s = globalStore[KEY]
  globalStore[KEY] = undefined
  await s?.store.close()
}
