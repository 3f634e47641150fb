/**
 * `npm run loadtest`: 200 concurrent readers and 5 editors against `next start` on loopback for
 * LOADTEST_SECONDS (default 60). Reports errors (target 0) and p99 per kind. Bounded: it stops
 * itself and only ever talks to the server it started.
 */
import path from 'node:path'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { startAppServer } from '../support/appServer'
import { runLoad } from './load'

const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60)
const READERS = 200
const EDITORS = 5

const pg = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(path.resolve('.data/bench-postgres'), 54332)
process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL ?? pg!.url
const server = await startAppServer()
try {
  const email = 'editor.bif@demo.kk.invalid'
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: server.demoPassword(email) }) })
  const token = ((await login.json()) as { token: string }).token
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const bif = await fetch(`${server.url}/api/departments?where[code][equals]=BIF`, { headers: auth })
  const department = ((await bif.json()) as { docs: Array<{ id: number }> }).docs[0].id
  const editable = await fetch(`${server.url}/api/methods?where[department][equals]=${department}&limit=${EDITORS}&depth=0`, { headers: auth })
  const ids = ((await editable.json()) as { docs: Array<{ id: number }> }).docs.map((d) => d.id)
  if (ids.length === 0) throw new Error('no BIF documents to edit')

  const readQuery = `${server.url}/api/graphql?query=${encodeURIComponent('{ Leaflets(locale: da) { docs { title slug html } } }')}`
  const [readers, ...editors] = await Promise.all([
    runLoad(readQuery, READERS, SECONDS),
    ...ids.map((id, i) =>
      runLoad(`${server.url}/api/methods/${id}?locale=da&draft=true`, 1, SECONDS, { method: 'PATCH', body: JSON.stringify({ summary: `Redigeret af belastningstest ${i}` }), headers: auth }),
    ),
  ])
  const editorErrors = editors.reduce((n, e) => n + e.errors, 0)
  const editorP99 = Math.max(...editors.map((e) => e.p99))
  console.log(`\nLoad test: ${READERS} readers + ${ids.length} editors for ${SECONDS}s`)
  console.log(`  readers  ${readers.requests} requests, ${readers.rps.toFixed(0)}/s, errors ${readers.errors}, p50 ${readers.p50.toFixed(1)} ms, p99 ${readers.p99.toFixed(1)} ms`)
  console.log(`  editors  ${editors.reduce((n, e) => n + e.requests, 0)} saves, errors ${editorErrors}, p99 ${editorP99.toFixed(1)} ms`)
  console.log(`  total errors ${readers.errors + editorErrors} (target 0)`)
  process.exitCode = readers.errors + editorErrors === 0 ? 0 : 1
} finally {
  await server.stop()
  await pg?.stop()
}
