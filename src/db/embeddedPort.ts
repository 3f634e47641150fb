import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/** The file beside a cluster's data directory that remembers its port (`.data/postgres.port`). */
export const portFileOf = (dataDir: string) => `${dataDir}.port`

export class EmbeddedPortError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EmbeddedPortError'
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
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

export function keptPort(dataDir: string): number | undefined {
  const file = portFileOf(dataDir)
  if (!existsSync(file)) return undefined
  const port = Number(readFileSync(file, 'utf8').trim())
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined
}

/**
 * The port for the embedded cluster in `dataDir` (issue 12 item 12). A second checkout started
 * while another runs must not collide with it: the first start takes `preferred` if it is free,
 * else the next free one, and writes it down beside the data, so the cluster keeps its port from
 * then on. An explicit EMBEDDED_PG_PORT wins. When the kept (or explicit) port is taken, one
 * line says which and what to do.
 */
export async function embeddedPort(
  dataDir: string,
  preferred: number,
  explicit?: number,
): Promise<number> {
  if (explicit !== undefined) {
    if (!(await isFree(explicit)))
      throw new EmbeddedPortError(
        `Port ${explicit} (EMBEDDED_PG_PORT) is already in use on 127.0.0.1: stop what uses it or choose another EMBEDDED_PG_PORT.`,
      )
    return explicit
  }
  const kept = keptPort(dataDir)
  if (kept !== undefined) {
    if (await isFree(kept)) return kept
    throw new EmbeddedPortError(
      `Port ${kept}, kept for the embedded Postgres in ${path.relative(process.cwd(), dataDir) || dataDir} (${path.relative(process.cwd(), portFileOf(dataDir))}), is in use by another program: stop it, set EMBEDDED_PG_PORT, or delete that file to pick a free port.`,
    )
  }
  let port: number | undefined
  for (let candidate = preferred; candidate < preferred + 10 && port === undefined; candidate++)
    if (await isFree(candidate)) port = candidate
  port ??= await anyFreePort()
  mkdirSync(path.dirname(dataDir), { recursive: true })
  writeFileSync(portFileOf(dataDir), `${port}\n`)
  return port
}
