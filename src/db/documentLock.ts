import type { CollectionBeforeOperationHook } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { postgresOf } from './adapter'


/**
 * Saves of one document are serialised with a transaction-scoped advisory lock. Without it, an
 * editor saving Danish and a translator saving Arabic at the same moment each build their new
 * version from the same old one, and the later save silently drops the other's change.
 */
export const serializeDocumentWrites: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || !req.transactionID) return args
  const session = postgresOf(req.payload).sessions[String(await req.transactionID)]
  if (!session) return args
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${collection.slug}:${id}`}))`)
  return args
}
