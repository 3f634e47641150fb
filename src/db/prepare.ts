import { EMBEDDED_APP_DATA_DIR, EMBEDDED_APP_DATABASE, EMBEDDED_APP_PORT } from './connection'
import { embeddedPort } from './embeddedPort'
import { startEmbeddedPostgres, withDatabaseName } from './embedded'
import { ensureDatabase } from './ensureDatabase'

export interface PreparedDatabase {
  url: string
  embedded: boolean
  stop: () => Promise<void>
}

/** DATABASE_URL as given, or the embedded cluster under .data/postgres with the `cms` database. */
export async function prepareDatabase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<PreparedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} }
  const port = await embeddedPort(
    EMBEDDED_APP_DATA_DIR,
    EMBEDDED_APP_PORT,
    env.EMBEDDED_PG_PORT ? Number(env.EMBEDDED_PG_PORT) : undefined,
  )
  const server = await startEmbeddedPostgres(EMBEDDED_APP_DATA_DIR, port)
  await ensureDatabase(server.url, EMBEDDED_APP_DATABASE)
  return {
    url: withDatabaseName(server.url, EMBEDDED_APP_DATABASE),
    embedded: true,
    stop: server.stop,
  }
}
