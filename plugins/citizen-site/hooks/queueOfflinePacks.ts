import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'
import { publicationChange } from '../../publishing/publicationChange'

export const OFFLINE_PACK_TASK = 'build-offline-packs'
/** Publishing often comes in bursts (a translator approving several texts): one rebuild after the burst. */
const SETTLE_MS = Number(process.env.OFFLINE_PACK_SETTLE_MS ?? 30_000)

export async function queueOfflinePackRebuild(
  payload: Payload,
  req?: PayloadRequest,
): Promise<void> {
  // Off where nothing reads the packs (most test files), so their job queues stay theirs.
  if (process.env.OFFLINE_PACK_REBUILD === 'off') return
  const pending = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: OFFLINE_PACK_TASK } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (pending.totalDocs > 0) return
  await payload.jobs.queue({
    task: OFFLINE_PACK_TASK,
    input: {},
    waitUntil: new Date(Date.now() + SETTLE_MS),
    req,
  })
}

/** Rebuild the offline packs when something the site shows is published or withdrawn ("rebuilt on publish"). */
export const rebuildPacksAfterPublish: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (publicationChange(doc, previousDoc, req)) await queueOfflinePackRebuild(req.payload, req)
  return doc
}

export const rebuildPacksAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueOfflinePackRebuild(req.payload, req)
  return doc
}
