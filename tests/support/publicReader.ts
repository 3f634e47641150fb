import type { Payload } from 'payload'
import type { DeliveredCollection, LiveDocument } from '../../src/delivery/contract'
import { createLiveStore } from '../../src/delivery/store'
import type { Locale } from '../../src/languages'

/**
 * What the public reads (the delivery read model, uncached), for tests that check what a citizen
 * sees after a workflow step. Payload's own API refuses anonymous reads of content.
 */
export function publicReader(payload: Payload, databaseUrl: string) {
  const store = createLiveStore(databaseUrl, { max: 2 })
  return {
    async read(
      collection: DeliveredCollection,
      id: number,
      locale: Locale,
    ): Promise<LiveDocument | null> {
      const doc = await payload.findByID({
        collection,
        id,
        depth: 0,
        overrideAccess: true,
        select: { slug: true },
      })
      return store.read(collection, String((doc as { slug?: unknown }).slug ?? id), locale)
    },
    close: () => store.close(),
  }
}
