/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, seed, build if the sources
 * changed since the last build, then the Next production server. `--dev` runs `next dev` with
 * schema push instead of migrations.
 */
import { spawn, spawnSync } from 'node:child_process'
import process from 'node:process'
import { isProductionMode } from '../src/config/environment'
import { listenHost } from '../src/config/listenHost'
import { prepareDatabase } from '../src/db/prepare'
import { startupFailureLine } from '../src/db/startupFailure'
import { buildIsCurrent, startBuild } from './lib/buildStamp'

const dev = process.argv.includes('--dev')
const production = isProductionMode()
const port = process.env.PORT ?? '3000'

const db = await prepareDatabase().catch((error: unknown) => {
  const line = startupFailureLine(error)
  if (!line) throw error
  console.error(line)
  process.exit(1)
})
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.url,
  CMS_ENV: production ? 'production' : 'local',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: port,
}
console.log(
  `Database: ${db.embedded ? `embedded Postgres (.data/postgres) at ${redact(db.url)}` : redact(db.url)}`,
)

// Migrations and seeding run here, before the server opens, so the first visitor finds content
// and the demo credentials are on the console straight away.
const prepare = spawnSync('tsx', ['scripts/prepare-content.ts'], {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: dev ? 'development' : 'production', CMS_SEED_ON_INIT: 'true' },
})
if (prepare.status !== 0)
  await exit(prepare.status ?? 1, 'Preparing the database failed; nothing was started.')

if (!dev && !buildIsCurrent()) {
  console.log('Building the admin and API (next build; about two minutes on first start)...')
  const stamp = startBuild()
  const build = spawnSync('next', ['build'], {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production' },
  })
  if (build.status !== 0) await exit(build.status ?? 1, 'next build failed.')
  stamp.record()
}

const host = listenHost()
const server = spawn('next', [dev ? 'dev' : 'start', '-p', port, '-H', host], {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: dev ? 'development' : 'production' },
})
const shown =
  host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host
console.log(
  `CMS: http://${shown}:${port}/admin  Delivery API: http://${shown}:${port}/delivery/graphql (public), management: /api (signed in)${host === '127.0.0.1' ? '  (this machine only; HOST=0.0.0.0 to listen on the network)' : ''}`,
)

let stopping = false
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return
  stopping = true
  server.kill(signal)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
server.on('exit', async (code) => {
  await db.stop()
  process.exit(stopping ? 0 : (code ?? 1))
})

async function exit(code: number, message: string): Promise<never> {
  console.error(message)
  await db.stop()
  process.exit(code)
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')
}
