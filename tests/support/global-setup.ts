import path from 'node:path'
import { startEmbeddedPostgres } from '../../src/db/embedded'

/**
 * Gives every test file a Postgres server: the one in DATABASE_URL when set, otherwise an embedded
 * cluster under .data/test-postgres on its own port. Each test file then makes its own database.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL
    return async () => {}
  }
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54331)
  const server = await startEmbeddedPostgres(path.resolve('.data/test-postgres'), port)
  process.env.TEST_DATABASE_SERVER_URL = server.url
  return () => server.stop()
}
