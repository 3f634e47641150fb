import type { CollectionAfterChangeHook } from 'payload'
import { currentUser } from '../../src/access/roles'
import { isTargetLocale } from '../../src/languages'
import { publicationChange } from '../publishing/publicationChange'
import { withDocumentLock } from './taskLock'
import { transitionTask } from './taskRecords'
import { WRITTEN_BY_WORKFLOW } from './writeTranslation'

/**
 * An admin taking a language offline, or putting a withdrawn one back, is recorded on its task:
 * `published → withdrawn` and `withdrawn → published` (republish), each with a history line naming
 * the admin. A withdrawal while the task is on its way elsewhere (re-translation, review) keeps the
 * task's state and adds the history line, so the task never claims text the public cannot read.
 */
export const recordWithdrawalOnTask: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  context,
}) => {
  if (context[WRITTEN_BY_WORKFLOW]) return doc
  const change = publicationChange(doc, previousDoc, req)
  if (!change || !isTargetLocale(change.locale)) return doc
  const documentId = doc.id as number
  await withDocumentLock(
    req.payload,
    { collection: collection.slug, documentId },
    req,
    async (req) => {
      const found = await req.payload.find({
        collection: 'translation-tasks',
        where: {
          and: [
            { collection: { equals: collection.slug } },
            { documentId: { equals: documentId } },
            { locale: { equals: change.locale } },
          ],
        },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
      })
      const task = found.docs.at(0)
      if (!task) return
      const who = (req.user as { email?: string } | null | undefined)?.email ?? 'the system'
      if (change.type === 'unpublish') {
        if (task.state === 'published' || task.state === 'approved') {
          await transitionTask(
            req.payload,
            task,
            { type: 'withdraw' },
            {},
            { req, note: `withdrawn by ${who}` },
          )
        } else {
          const history = [
            ...(task.history ?? []),
            {
              by: (currentUser(req)?.id as number | undefined) ?? null,
              at: new Date().toISOString(),
              from: task.state,
              to: task.state,
              note: `live translation withdrawn by ${who}`,
            },
          ]
          await req.payload.update({
            collection: 'translation-tasks',
            id: task.id,
            data: { history },
            overrideAccess: true,
            req,
          })
        }
      } else if (task.state === 'withdrawn') {
        await transitionTask(
          req.payload,
          task,
          { type: 'republish' },
          {},
          { req, note: `republished by ${who}` },
        )
      }
    },
  )
  return doc
}
