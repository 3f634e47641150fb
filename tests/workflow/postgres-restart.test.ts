import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type EmbeddedServer, startEmbeddedPostgres } from '../../src/db/embedded'
import {
  recoverInterruptedJobs,
  requeueOrphanedTasks,
} from '../../plugins/translation-workflow/jobs/recoverJobs'
import { type FakeDeepl, startFakeDeepl, useFakeDeeplInCms } from '../support/fake-deepl-server'
import { buildWorld, type World } from '../support/fixtures'
import { drainJobs } from '../support/jobs'
import { startTestPayload, type TestPayload } from '../support/payload'

// A cluster of its own: restarting the shared test server would disturb the other test files.
const DATA_DIR = path.resolve('.data/test-postgres-restart')
const PORT = Number(process.env.TEST_RESTART_PG_PORT ?? 54336)

let server: EmbeddedServer
let fake: FakeDeepl
let t: TestPayload
let world: World

beforeAll(async () => {
  server = await startEmbeddedPostgres(DATA_DIR, PORT)
  process.env.TEST_DATABASE_SERVER_URL = server.url
  fake = await startFakeDeepl()
  useFakeDeeplInCms(fake, { attempts: 2 })
  t = await startTestPayload()
  world = await buildWorld(t.payload)
}, 120_000)
afterAll(async () => {
  await t?.close().catch(() => {})
  await fake?.close()
  await server?.stop()
  delete process.env.DEEPL_AUTH_KEY
})

it('Postgres restarting in the middle of a fan-out leaves every task valid and nothing billed twice that finished', async () => {
  const doc = await t.payload.create({
    collection: 'methods',
    locale: 'da',
    data: {
      title: 'Dialogmøder i lokalområdet',
      category: 'citizen-involvement',
      department: world.departments.BIF,
      summary: 'Mød borgerne der, hvor de er.',
      translateInto: 'all',
      _status: 'published',
    } as never,
  })
  expect(doc.id).toBeTruthy()
  fake.delayTarget('AR', 2_000)
  const firstRun = drainJobs(t.payload, 20_000).catch((error: unknown) => error)
  const states = async () =>
    Object.fromEntries(
      (
        await t.payload.find({ collection: 'translation-tasks', depth: 0, pagination: false })
      ).docs.map((task) => [task.locale, task.state]),
    )
  const deadline = Date.now() + 20_000
  // Restart while Arabic is at DeepL and the other languages are done.
  while (
    !fake.calls.some((c) => c.target === 'AR') ||
    Object.values(await states()).filter((s) => s !== 'queued').length < 5
  ) {
    if (Date.now() > deadline) throw new Error('the fan-out never reached the point of the restart')
    await new Promise((r) => setTimeout(r, 50))
  }
  await server.stop()
  server = await startEmbeddedPostgres(DATA_DIR, PORT)
  await firstRun
  fake.delayTarget('AR', 0)

  // What the server does on start and every minute.
  await recoverInterruptedJobs(t.payload, 0)
  await requeueOrphanedTasks(t.payload)
  await drainJobs(t.payload)
  await requeueOrphanedTasks(t.payload)
  await drainJobs(t.payload)

  expect(await states()).toEqual({
    en: 'machine_translated',
    ar: 'machine_translated',
    tr: 'machine_translated',
    ur: 'machine_translated',
    fa: 'machine_translated',
    so: 'needs_human',
  })
  const sent = fake.calls.reduce<Record<string, number>>(
    (acc, c) => ({ ...acc, [c.target]: (acc[c.target] ?? 0) + 1 }),
    {},
  )
  // Arabic was in flight when the database went away and may be sent once more; nothing else is.
  expect(sent['AR']).toBeLessThanOrEqual(2)
  expect({ ...sent, AR: 1 }).toEqual({ 'EN-GB': 1, AR: 1, TR: 1, UR: 1, FA: 1 })
}, 120_000)
