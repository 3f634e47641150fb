import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { currentUser } from './roles'

export type AuditAction = 'publish' | 'unpublish' | 'approve' | 'send-back' | 'submit' | 'retry'

export async function writeAudit(
  req: PayloadRequest,
  entry: { action: AuditAction; collection: string; documentId: number; locale: string; summary: string },
): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: { ...entry, at: new Date().toISOString(), user: currentUser(req)?.id as number | undefined },
    overrideAccess: true,
    req,
  })
}

/**
 * Records every save that publishes a locale of a content document. Draft saves are not
 * publishing and are not logged; per-locale unpublish is logged by the workflow that does it.
 */
export const auditPublishing: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  if ((doc as { _status?: string })._status !== 'published') return doc
  const locale = typeof req.locale === 'string' ? req.locale : 'da'
  const title = String((doc as { title?: unknown }).title ?? doc.id)
  await writeAudit(req, { action: 'publish', collection: collection.slug, documentId: doc.id as number, locale, summary: `publish ${collection.slug} "${title}" (${locale})` })
  return doc
}
