import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { PUBLISHED_BY_WORKFLOW } from '../../src/access/publishGuard'
import { currentUser, hasRole } from '../../src/access/roles'
import { isDeliveredCollection } from '../../src/delivery/contract'
import {
  projectDeletion,
  projectPublish,
  projectWithdrawal,
  refreshDocumentMeta,
} from '../../src/delivery/projection'
import { SOURCE_LOCALE } from '../../src/languages'
import { publicationChange } from './publicationChange'

/**
 * Writes the delivery read model in the transaction of the publish, approval or withdrawal
 * (req carries it). Runs last among the afterChange hooks, after the workflow has marked other
 * languages outdated, so their status is right in the same commit.
 */
export const projectLiveChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  context,
}) => {
  const slug = collection.slug
  if (!isDeliveredCollection(slug)) return doc
  const change = publicationChange(doc, previousDoc, req)
  if (!change) return doc
  const id = Number((doc as { id: unknown }).id)
  if (change.type === 'unpublish') {
    await projectWithdrawal(req, slug, id, change.locale)
    return doc
  }
  // Only who may publish a language makes it live (guardPublishing refuses the rest before the
  // write; this is the second lock): the workflow's approval, an admin, an editor for Danish, system code.
  const user = currentUser(req)
  const allowed =
    !user ||
    hasRole(user, 'admin') ||
    context[PUBLISHED_BY_WORKFLOW] === true ||
    (change.locale === SOURCE_LOCALE && hasRole(user, 'editor'))
  if (allowed) await projectPublish(req, slug, id, change.locale)
  return doc
}

export const projectLiveDeletion: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (isDeliveredCollection(collection.slug))
    await projectDeletion(req, collection.slug, Number((doc as { id: unknown }).id))
  return doc
}

type TaskLike = {
  collection?: unknown
  documentId?: unknown
  state?: unknown
  approvedHashes?: unknown
  sourceHashes?: unknown
}

/** A task going outdated, or approved again, changes the `translationStatus` its language is served with. */
export const refreshStatusAfterTaskChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const task = doc as TaskLike
  const before = (previousDoc ?? {}) as TaskLike
  const changed =
    task.state !== before.state ||
    JSON.stringify(task.approvedHashes) !== JSON.stringify(before.approvedHashes) ||
    JSON.stringify(task.sourceHashes) !== JSON.stringify(before.sourceHashes)
  if (changed && isDeliveredCollection(task.collection) && typeof task.documentId === 'number')
    await refreshDocumentMeta(req, task.collection, task.documentId)
  return doc
}
