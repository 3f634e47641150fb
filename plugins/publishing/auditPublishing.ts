import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { publicationChange } from './publicationChange'
import { currentUser } from '../../src/access/roles'

export type AuditAction =
  'publish' | 'unpublish' | 'approve' | 'send-back' | 'submit' | 'retry' | 'readability-override'

export async function writeAudit(
  req: PayloadRequest,
  entry: {
    action: AuditAction
    collection: string
    documentId: number
    locale: string
    summary: string
  },
): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      at: new Date().toISOString(),
      user: currentUser(req)?.id as number | undefined,
    },
    overrideAccess: true,
    req,
  })
}

/** Records every save that publishes or withdraws a language of a content document; draft saves are neither. */
export const auditPublishing: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
}) => {
  const change = publicationChange(doc, previousDoc, req)
  if (!change) return doc
  const title = String((doc as { title?: unknown }).title ?? doc.id)
  await writeAudit(req, {
    action: change.type,
    collection: collection.slug,
    documentId: doc.id as number,
    locale: change.locale,
    summary: `${change.type} ${collection.slug} "${title}" (${change.locale})`,
  })
  return doc
}
