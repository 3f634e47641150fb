/**
 * Runs a command (payload CLI, next build) with DATABASE_URL pointing at a running server: the
 * configured one, or the embedded cluster started for the duration of the command.
 */
import { spawn } from 'node:child_process'
import { prepareDatabase } from '../src/db/prepare'
import { startupFailureLine } from '../src/db/startupFailure'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: tsx scripts/with-db.ts <command> [args...]')
  process.exit(2)
}

const db = await prepareDatabase().catch((error: unknown) => {
  const line = startupFailureLine(error)
  if (!line) throw error
  console.error(line)
  process.exit(1)
})
const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: db.url },
  shell: false,
})
const forward = (signal: NodeJS.Signals) => child.kill(signal)
process.on('SIGINT', forward)
process.on('SIGTERM', forward)
const code: number = await new Promise((resolve) =>
  child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))),
)
await db.stop()
process.exit(code)
