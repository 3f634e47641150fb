import type { Payload } from 'payload'
import type { Pool } from 'pg'

/** What this CMS reads of the Postgres adapter beyond Payload's generic DatabaseAdapter type. */
export interface PostgresInternals {
  /** The pool, for queries Payload cannot express (trigram KNN, advisory locks, LISTEN). */
  pool: Pool
  /** Open transactions by id: a hook joins the request's transaction through its session. */
  sessions: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined>
}

/**
 * The adapter is Postgres in every configuration (payload.config.ts). Payload types `payload.db`
 * as the generic adapter, and @payloadcms/db-postgres bundles its own copy of pg's types, so the
 * one cast to our pg types lives here.
 */
export function postgresOf(payload: Payload): PostgresInternals {
  return payload.db as unknown as PostgresInternals
}
