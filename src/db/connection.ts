import path from 'node:path'
import { keptPort } from './embeddedPort'

/** Where the embedded cluster of `npm start` listens; chosen away from 5432 so a local server is untouched. */
export const EMBEDDED_APP_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
export const EMBEDDED_APP_DATA_DIR = path.resolve('.data/postgres')
export const EMBEDDED_APP_DATABASE = 'cms'

/** DATABASE_URL when given, else the embedded cluster that `npm start` brings up. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const port = env.EMBEDDED_PG_PORT
    ? Number(env.EMBEDDED_PG_PORT)
    : (keptPort(EMBEDDED_APP_DATA_DIR) ?? EMBEDDED_APP_PORT)
  return (
    env.DATABASE_URL || `postgres://postgres:embedded@127.0.0.1:${port}/${EMBEDDED_APP_DATABASE}`
  )
}
