import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { lockDocument, tryLockDocument } from '../../src/db/documentLock'

/**
 * Runs one read-modify-write of a document's translation tasks in a transaction that holds the
 * document's write lock (the same lock every save of the document takes). Two saves of one task,
 * a save and a Danish publish, a machine pass and a save: each sees the other's committed result
 * and never writes back a stale copy. Inside a request that already has a transaction (a publish's
 * hook) the lock is taken there and the caller commits.
 */
export async function withDocumentLock<T>(
  payload: Payload,
  document: { collection: string; documentId: number },
  req: PayloadRequest | undefined,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const request = req ?? (await createLocalReq({}, payload))
  if (request.transactionID) {
    // Inside someone's transaction (a publish's hook): it holds its connection anyway, so wait.
    await lockDocument(request, document.collection, document.documentId)
    return work(request)
  }
  await acquire(request, document)
  try {
    const result = await work(request)
    await commitTransaction(request)
    return result
  } catch (error) {
    await killTransaction(request)
    throw error
  }
}

/** How long a writer waits for a document's lock before giving up with an error (never silently). */
const LOCK_PATIENCE_MS = 60_000

/**
 * Begins a transaction holding the document's lock. While another writer holds it, the transaction
 * is rolled back and tried again shortly: six machine passes of one document waiting with open
 * transactions would otherwise take every pooled connection the lock holder needs to finish.
 */
async function acquire(
  request: PayloadRequest,
  document: { collection: string; documentId: number },
): Promise<void> {
  const deadline = Date.now() + LOCK_PATIENCE_MS
  for (let attempt = 0; ; attempt++) {
    await initTransaction(request)
    if (!request.transactionID) return // a database without transactions: nothing to lock
    if (await tryLockDocument(request, document.collection, document.documentId)) return
    await killTransaction(request)
    if (Date.now() > deadline)
      throw new Error(
        `${document.collection} ${document.documentId} stayed locked for ${LOCK_PATIENCE_MS / 1000} s; try again`,
      )
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(200, 10 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random())),
    )
  }
}
