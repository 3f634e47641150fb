import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { embeddedPort, portFileOf } from '../../src/db/embeddedPort'

const cleanup: Array<() => void> = []
afterAll(() => cleanup.forEach((f) => f()))

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
const freePort = async () => {
  const s = await occupy(0)
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

describe('a second checkout while another runs (item 12)', () => {
  it('takes a free port when the usual one is busy, keeps it for that .data/, and names a taken kept port in one line', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'cms-port-'))
    cleanup.push(() => rmSync(base, { recursive: true, force: true }))
    const preferred = await freePort()
    const other = await occupy(preferred) // "the first checkout"
    const dataDir = path.join(base, '.data', 'postgres')
    const chosen = await embeddedPort(dataDir, preferred)
    expect(chosen).not.toBe(preferred)
    expect(Number(readFileSync(portFileOf(dataDir), 'utf8'))).toBe(chosen)
    await new Promise((r) => other.close(r))
    // The usual port is free again, but this .data/ keeps the port it was created with.
    expect(await embeddedPort(dataDir, preferred)).toBe(chosen)
    const squatter = await occupy(chosen)
    const error = await embeddedPort(dataDir, preferred).catch((e: Error) => e)
    await new Promise((r) => squatter.close(r))
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Port ${chosen}, kept for the embedded Postgres .* is in use by another program: .*EMBEDDED_PG_PORT`,
      ),
    )
    expect((error as Error).message).not.toContain('\n')
  })

  it('two real embedded clusters from two checkouts run side by side', async () => {
    const a = mkdtempSync(path.join(tmpdir(), 'cms-a-'))
    const b = mkdtempSync(path.join(tmpdir(), 'cms-b-'))
    for (const dir of [a, b]) {
      chmodSync(dir, 0o755) // mkdtemp makes 0700, which the postgres user (when root) cannot enter
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
    }
    const preferred = await freePort()
    const first = await startEmbeddedPostgres(
      path.join(a, 'postgres'),
      await embeddedPort(path.join(a, 'postgres'), preferred),
    )
    try {
      const secondPort = await embeddedPort(path.join(b, 'postgres'), preferred)
      expect(secondPort).not.toBe(first.port)
      const second = await startEmbeddedPostgres(path.join(b, 'postgres'), secondPort)
      await second.stop()
    } finally {
      await first.stop()
    }
  }, 240_000)
})

describe.runIf(process.getuid?.() === 0)(
  'first start as root in a folder the postgres user cannot enter (item 11)',
  () => {
    it('stops with one line that says what to do, before initdb fails with EACCES', async () => {
      const closed = mkdtempSync(path.join(tmpdir(), 'cms-root-')) // mode 0700, like /root
      cleanup.push(() => rmSync(closed, { recursive: true, force: true }))
      const error = await startEmbeddedPostgres(
        path.join(closed, '.data', 'postgres'),
        await freePort(),
      ).catch((e: Error) => e)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(
        /running as root.*cannot enter .*cms-root-.*mode 700.*DATABASE_URL/,
      )
      expect((error as Error).message).not.toContain('\n')
    })

    it('npm start prints exactly that line and exits 1', () => {
      const closed = mkdtempSync(path.join(tmpdir(), 'cms-root-start-'))
      cleanup.push(() => rmSync(closed, { recursive: true, force: true }))
      const script = `process.chdir(${JSON.stringify(closed)}); await import(${JSON.stringify(path.resolve('scripts/start.ts'))})`
      const env: NodeJS.ProcessEnv = { ...process.env }
      delete env.DATABASE_URL
      delete env.EMBEDDED_PG_PORT
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { env, encoding: 'utf8', timeout: 120_000 },
      )
      expect(run.status, run.stderr).toBe(1)
      const lines = run.stderr.trim().split('\n').filter(Boolean)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/running as root.*cannot enter/)
    }, 150_000)
  },
)
