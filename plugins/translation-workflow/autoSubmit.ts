import type { CollectionAfterChangeHook } from 'payload'
import { SOURCE_LOCALE } from '../../src/languages'
import { WRITTEN_BY_WORKFLOW } from './machineTranslate'

/** Context flag for bulk writes (seeding, imports) that must not start translation on their own. */
export const SKIP_TRANSLATION_SUBMIT = 'skipTranslationSubmit'
import { submitSource } from './submitSource'
import { engineFor } from './engine/engineFor'
import { SubmissionRefused } from './submissionPolicy'

/** Publishing the Danish source creates or updates the translation tasks (when enabled for the collection). */
export function autoSubmitOnPublish(enabled: boolean): CollectionAfterChangeHook {
  return async ({ doc, req, collection, context }) => {
    if (
      !enabled ||
      context[WRITTEN_BY_WORKFLOW] ||
      context[SKIP_TRANSLATION_SUBMIT] ||
      req.locale !== SOURCE_LOCALE
    )
      return doc
    if ((doc as { _status?: string })._status !== 'published') return doc
    try {
      await submitSource(req.payload, await engineFor(req.payload), {
        collection: collection.slug,
        sourceDoc: doc as Record<string, unknown>,
        req,
      })
    } catch (error) {
      // The Danish is published either way; its translation waits until the policy admits it.
      if (!(error instanceof SubmissionRefused)) throw error
      req.payload.logger.info(`Translation of ${collection.slug} ${doc.id} held: ${error.message}`)
    }
    return doc
  }
}
