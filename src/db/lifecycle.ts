import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'
import { postgresOf } from './adapter'

function poolOf(payload: Payload): Pool | undefined {
  return postgresOf(payload).pool
}

/**
 * An idle pooled connection that the server drops (restart, failover) emits 'error' on the pool;
 * unhandled, that kills the process. Log it instead: the pool reconnects on next use.
 */
export function guardPoolErrors(payload: Payload): void {
  const pool = poolOf(payload)
  if (!pool) return
  const warn = (error: Error) =>
    payload.logger.warn(`Postgres connection lost (${error.message}); will reconnect on next query`)
  pool.on('error', warn)
  // A client checked out between two queries of a transaction has no listener of its own; its
  // 'error' would be thrown. Every client gets one; the failing query still rejects as usual.
  pool.on('connect', (client) => client.on('error', warn))
  for (const client of internalsOf(pool)._clients) client.on('error', warn)
}

/** Reaches into pg's pool internals: Payload keeps one client checked out for its lifetime. */
interface PoolInternals {
  _clients: Array<PoolClient & { _activeQuery?: unknown; _queryQueue?: unknown[] }>
  _idle: Array<{ client: PoolClient }>
}

/** pg keeps its clients in private fields with no public accessor; reading them is the only way to guard every client. */
function internalsOf(pool: Pool): PoolInternals {
  return pool as unknown as PoolInternals
}

/**
 * payload.destroy() leaves the pg pool open, and Payload's db adapter holds one client checked
 * out as a reconnect sentinel, so pool.end() alone never resolves. Destroy that client, then end
 * the pool, so processes exit cleanly and test databases can be dropped.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = poolOf(payload)
  await payload.destroy()
  if (!pool) return
  const internals = internalsOf(pool)
  const idle = new Set(internals._idle.map((item) => item.client))
  // Only the sentinel (checked out, doing nothing); a client still running a query releases
  // itself when the query ends, and pool.end() waits for that.
  for (const client of [...internals._clients]) {
    if (!idle.has(client) && !client._activeQuery && !client._queryQueue?.length)
      client.release(true)
  }
  await pool.end()
}
