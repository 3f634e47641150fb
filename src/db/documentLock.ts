import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { postgresOf } from './adapter'

/**
 * Takes the write lock of one document (a transaction-scoped advisory lock) in the request's
 * transaction; false when the request has none. The translation workflow takes the same lock
 * around every task write, so a task and its document always change in one order.
 */
export async function lockDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> {
  if (!req.transactionID) return false
  const session = postgresOf(req.payload).sessions[String(await req.transactionID)]
  if (!session) return false
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${collection}:${id}`}))`)
  return true
}

/**
 * Like lockDocument, without waiting: true when this transaction now holds the lock. Lets a caller
 * that owns its transaction give its pool connection back while someone else holds the lock.
 */
export async function tryLockDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> {
  if (!req.transactionID) return false
  const session = postgresOf(req.payload).sessions[String(await req.transactionID)]
  if (!session) return false
  const result = (await session.db.execute(
    sql`select pg_try_advisory_xact_lock(hashtext(${`${collection}:${id}`})) as locked`,
  )) as { rows?: Array<{ locked?: boolean }> }
  return result.rows?.[0]?.locked === true
}

/**
 * Saves of one document are serialised with a transaction-scoped advisory lock. Without it, an
 * editor saving Danish and a translator saving Arabic at the same moment each build their new
 * version from the same old one, and the later save silently drops the other's change.
 */
export const serializeDocumentWrites: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined) return args
  await lockDocument(req, collection.slug, id)
  return args
}
