import path from 'node:path'
import { EMBEDDED_APP_DATABASE, EMBEDDED_APP_PORT } from './connection'
import { startEmbeddedPostgres, withDatabaseName } from './embedded'
import { ensureDatabase } from './ensureDatabase'

export interface PreparedDatabase {
  url: string
  embedded: boolean
  stop: () => Promise<void>
}

/** DATABASE_URL as given, or the embedded cluster under .data/postgres with the `cms` database. */
export async function prepareDatabase(env: NodeJS.ProcessEnv = process.env): Promise<PreparedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} }
  const server = await startEmbeddedPostgres(path.resolve('.data/postgres'), EMBEDDED_APP_PORT)
  await ensureDatabase(server.url, EMBEDDED_APP_DATABASE)
  return { url: withDatabaseName(server.url, EMBEDDED_APP_DATABASE), embedded: true, stop: server.stop }
}
