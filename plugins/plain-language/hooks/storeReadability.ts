import type { CollectionBeforeChangeHook } from 'payload'
import { SOURCE_LOCALE } from '../../../src/languages'
import { latestOverride, storedReadability } from '../scoring'

/**
 * Scores the Danish on every Danish save, so each version carries its readability. Saves of
 * other languages keep the Danish score they had.
 */
export const storeReadability: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  if (req.locale !== SOURCE_LOCALE) {
    delete (data as { readability?: unknown }).readability
    return data
  }
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const override = originalDoc?.id
    ? await latestOverride(req.payload, collection.slug, originalDoc.id as number)
    : null
  return {
    ...data,
    readability: await storedReadability(req.payload, collection.slug, merged, override),
  }
}
