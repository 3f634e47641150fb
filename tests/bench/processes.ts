import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { withDatabaseName } from '../../src/db/embedded'
import { dropDatabase, ensureDatabase } from '../../src/db/ensureDatabase'

export interface Started<T> {
  info: T
  child: ChildProcess
  stop: () => void
}

/** Starts `tsx <script>` in its own process group and waits for its `ready {json}` line. */
export async function startScript<T>(
  script: string,
  env: Record<string, string>,
  timeoutMs = 300_000,
): Promise<Started<T>> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  const info = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start:\n${log.slice(-3000)}`)),
      timeoutMs,
    )
    child.stdout!.on('data', (d: Buffer) => {
      log += d
      const line = /^ready (.*)$/m.exec(log)
      if (line) {
        clearTimeout(timer)
        resolve(JSON.parse(line[1]!) as T)
      }
    })
    child.stderr!.on('data', (d: Buffer) => (log += d))
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}:\n${log.slice(-3000)}`)))
  })
  return {
    info,
    child,
    stop: () => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGTERM'),
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

/** A delivery process (`npm run delivery`) on its own port; resolves when /delivery/health answers. */
export async function startDeliveryProcess(databaseUrl: string): Promise<Started<{ url: string }>> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/delivery/server.ts'], {
    env: {
      ...process.env,
      DELIVERY_DATABASE_URL: databaseUrl,
      DELIVERY_PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  while (
    !(await fetch(`${url}/delivery/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error('delivery process did not start')
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    info: { url },
    child,
    stop: () => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGTERM'),
  }
}

/** A database of its own on the bench's Postgres server, dropped by the returned function. */
export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_SERVER_URL!
  const name = `bench_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`
  await ensureDatabase(server, name)
  return { url: withDatabaseName(server, name), drop: () => dropDatabase(server, name) }
}
