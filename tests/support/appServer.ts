import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { buildIsCurrent, startBuild } from '../../scripts/lib/buildStamp'
import { withDatabaseName } from '../../src/db/embedded'
import { dropDatabase, ensureDatabase } from '../../src/db/ensureDatabase'

export interface AppServer {
  url: string
  dataDir: string
  demoPassword: (email: string) => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/** The local bin rather than npx, which races on npm's own files when several test files start it at once. */
const NEXT_BIN = path.resolve('node_modules/.bin/next')
const BUILD_LOCK = '.next-build.lock'
/** A build takes 1-2 minutes; a lock older than this was left by a killed run. */
const STALE_LOCK_MS = 10 * 60_000

/**
 * `next build` when the sources changed since the last one (CI has just built; a dev may not
 * have). Test files run in parallel and Next refuses a second concurrent build, so one file builds
 * under a lock while the others wait for it.
 */
export async function ensureBuilt(): Promise<void> {
  for (;;) {
    if (buildIsCurrent()) return
    try {
      mkdirSync(BUILD_LOCK)
      break
    } catch {
      const lockedAt = statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs
      if (lockedAt !== undefined && Date.now() - lockedAt > STALE_LOCK_MS)
        rmSync(BUILD_LOCK, { recursive: true, force: true })
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    if (buildIsCurrent()) return
    const stamp = startBuild()
    const build = spawnSync(NEXT_BIN, ['build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (build.status !== 0) throw new Error('next build failed')
    stamp.record()
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true })
  }
}

/**
 * The production server (`next start`) on a database of its own: migrations, not push, and the
 * seed with demo users, exactly what `npm start` gives a new installation.
 */
/** `env`: extra settings for the server, e.g. a DeepL-compatible backend instead of the pseudo provider. */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  await ensureBuilt()
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL!
  const name = `e2e_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`
  await ensureDatabase(serverUrl, name)
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cms-e2e-'))
  const child: ChildProcess = spawn(NEXT_BIN, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CMS_ENV: 'local',
      // The server runs its job queue itself, as in production; vitest's marker would stop it.
      VITEST: '',
      DATABASE_URL: withDatabaseName(serverUrl, name),
      CMS_SEED_ON_INIT: 'true',
      CMS_DATA_DIR: dataDir,
      PAYLOAD_SECRET: 'e2e-secret',
      MEDIA_DIR: path.join(dataDir, 'media'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  // The first request initialises Payload (migrations, seed); wait until GraphQL answers.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`)
    try {
      const r = await fetch(`${url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ Departments { totalDocs } }"}',
      })
      if (r.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not come up:\n${log}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    dataDir,
    demoPassword: (email) =>
      JSON.parse(readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'))[email],
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      await new Promise((r) => setTimeout(r, 500))
      await dropDatabase(serverUrl, name)
    },
  }
}
