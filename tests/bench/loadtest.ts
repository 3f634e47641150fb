/**
 * `npm run loadtest`: 200 concurrent readers on the delivery API (its own process) and 5 editors
 * saving drafts on the management API (Payload's route handlers in another process) for
 * LOADTEST_SECONDS (default 60), on loopback. Reports editors' save p99 (target <= 1 s) and errors
 * (target 0). Bounded: it stops itself and only talks to the processes it started.
 */
import path from 'node:path'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { runLoad } from './load'
import { benchDatabase, startDeliveryProcess, startScript } from './processes'

const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60)
const READERS = 200
const EDITORS = 5

const pg = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres(path.resolve('.data/bench-postgres'), 54332)
process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL ?? pg!.url
const db = await benchDatabase()
const stops: Array<() => unknown> = []
try {
  const management = await startScript<{ url: string; editorToken: string }>(
    'tests/bench/managementServer.ts',
    {
      DATABASE_URL: db.url,
      CMS_JOBS_AUTORUN: 'false',
      PAYLOAD_SECRET: 'bench-secret',
      CMS_ENV: 'local',
      NODE_ENV: 'development',
    },
  )
  stops.push(management.stop)
  const delivery = await startDeliveryProcess(db.url)
  stops.push(delivery.stop)
  const auth = {
    authorization: `JWT ${management.info.editorToken}`,
    'content-type': 'application/json',
  }
  const bif = await fetch(`${management.info.url}/api/departments?where[code][equals]=BIF`, {
    headers: auth,
  })
  const department = ((await bif.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
  const editable = await fetch(
    `${management.info.url}/api/methods?where[department][equals]=${department}&limit=${EDITORS}&depth=0`,
    { headers: auth },
  )
  const ids = ((await editable.json()) as { docs: Array<{ id: number }> }).docs.map((d) => d.id)
  if (ids.length === 0) throw new Error('no BIF documents to edit')

  // Readers ask for the home page's three lists and one document, in turn, as the site does.
  const readUrl = `${delivery.info.url}/delivery/graphql?query=${encodeURIComponent('{ Leaflets(locale: da) { docs { title slug html } } }')}`
  const [readers, ...editors] = await Promise.all([
    runLoad(readUrl, READERS, SECONDS),
    ...ids.map((id, i) =>
      runLoad(`${management.info.url}/api/methods/${id}?locale=da&draft=true`, 1, SECONDS, {
        method: 'PATCH',
        body: JSON.stringify({ summary: `Redigeret af belastningstest ${i}` }),
        headers: auth,
      }),
    ),
  ])
  const editorErrors = editors.reduce((n, e) => n + e.errors, 0)
  const editorP99 = Math.max(...editors.map((e) => e.p99))
  console.log(
    `\nLoad test: ${READERS} readers on the delivery API + ${ids.length} editors on the management API for ${SECONDS}s`,
  )
  console.log(
    `  readers  ${readers.requests} requests, ${readers.rps.toFixed(0)}/s, errors ${readers.errors}, p50 ${readers.p50.toFixed(1)} ms, p99 ${readers.p99.toFixed(1)} ms`,
  )
  console.log(
    `  editors  ${editors.reduce((n, e) => n + e.requests, 0)} saves, errors ${editorErrors}, p50 ${Math.max(...editors.map((e) => e.p50)).toFixed(1)} ms, p99 ${editorP99.toFixed(1)} ms (target <= 1000)`,
  )
  console.log(`  total errors ${readers.errors + editorErrors} (target 0)`)
  process.exitCode = readers.errors + editorErrors === 0 ? 0 : 1
} finally {
  for (const stop of stops.reverse()) stop()
  await new Promise((r) => setTimeout(r, 1000))
  await db.drop().catch(() => undefined)
  await pg?.stop()
}
