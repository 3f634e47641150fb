import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type FakeDeepl, startFakeDeepl, useFakeDeeplInCms } from '../support/fake-deepl-server'
import { buildWorld, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

/** Two app processes on one Postgres: every translation job runs once, and a killed process's job is taken over. */
let fake: FakeDeepl
let t: TestPayload
let world: World
const children: ChildProcess[] = []

beforeAll(async () => {
  fake = await startFakeDeepl()
  useFakeDeeplInCms(fake)
  t = await startTestPayload()
  world = await buildWorld(t.payload)
}, 180_000)
afterAll(async () => {
  for (const child of children)
    if (child.pid && child.exitCode === null && child.signalCode === null)
      process.kill(-child.pid, 'SIGKILL')
  await t?.close()
  await fake?.close()
  delete process.env.DEEPL_AUTH_KEY
})

function startRunner(name: string): ChildProcess & { output: () => string } {
  // Its own process group, so a kill takes the whole tree like a real crash would.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/runJobsLoop.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: t.databaseUrl,
      VITEST: '',
      CMS_JOBS_AUTORUN: 'false',
      NODE_ENV: 'test',
      JOB_HEARTBEAT_MS: '500',
      JOB_STALE_AFTER_MS: '4000',
      RUNNER_IDLE_ROUNDS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  children.push(child)
  return Object.assign(child, { output: () => `${name}:\n${output.slice(-3000)}` })
}

async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

async function publishLeaflet(title: string, summary: string): Promise<number> {
  const http = await httpApi()
  const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title,
      kind: 'general',
      department: world.departments.BIF,
      summary,
      _status: 'published',
    },
    auth: { token: world.actors.editorBIF.token },
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

const statesOf = async (documentId: number) =>
  Object.fromEntries(
    (
      await t.payload.find({
        collection: 'translation-tasks',
        where: { documentId: { equals: documentId } },
        depth: 0,
        pagination: false,
      })
    ).docs.map((d) => [d.locale, d.state]),
  )
const settled = (states: Record<string, string>) =>
  Object.keys(states).length === 6 &&
  Object.values(states).every((s) => s === 'machine_translated' || s === 'needs_human')
/** Provider calls per language for the texts of one document (its title is in every call). */
const callsFor = (marker: string) =>
  fake.calls
    .filter((c) => c.texts.some((x) => x.includes(marker)))
    .reduce<Record<string, number>>(
      (acc, c) => ({ ...acc, [c.target]: (acc[c.target] ?? 0) + 1 }),
      {},
    )

it('a process killed mid fan-out leaves its job to the other process, which finishes it', async () => {
  fake.delayTarget('TR', 120_000)
  const first = startRunner('first')
  const id = await publishLeaflet(
    'Kontakt os om affald',
    'Ring til os, hvis affaldet ikke bliver hentet.',
  )
  await until(
    async () =>
      fake.calls.some((c) => c.target === 'TR' && c.texts.some((x) => x.includes('affald'))),
    300_000,
    first.output,
  )
  const second = startRunner('second')
  await until(async () => second.output().includes('runner-ready'), 300_000, second.output)
  const exited = new Promise((r) => first.once('exit', r))
  // deepl-node itself may have timed out and retried the slow request before the kill.
  const turkishBeforeKill = callsFor('affald').TR ?? 0
  process.kill(-first.pid!, 'SIGKILL')
  await exited
  fake.delayTarget('TR', 0)
  // Nobody restarts the killed process: the second one notices the stopped heartbeat and takes the job over.
  await until(
    async () => settled(await statesOf(id)),
    120_000,
    () => `${JSON.stringify(fake.calls.map((c) => c.target))}\n${second.output()}`,
  )
  const calls = callsFor('affald')
  // The request in flight at the kill is repeated once, by the survivor; nothing finished is sent again.
  const trace = JSON.stringify(
    fake.calls.filter((c) => c.target === 'TR').map((c) => c.texts.map((x) => x.slice(0, 40))),
  )
  const jobs = JSON.stringify(
    (
      await t.payload.find({
        collection: 'payload-jobs',
        depth: 0,
        pagination: false,
        where: { taskSlug: { equals: 'machine-translate' } },
      })
    ).docs.map((j) => [j.id, j.input, j.totalTried, j.hasError, j.completedAt ? 'done' : 'open']),
  )
  expect(calls.TR! - turkishBeforeKill, `${trace}\n${jobs}\n${second.output()}`).toBe(1)
  for (const target of ['EN-GB', 'AR', 'UR', 'FA']) expect(calls[target]).toBe(1)
}, 600_000)

it('two processes running the queue at once run each translation job once: no double billing', async () => {
  const runnersBefore = children.filter((c) => c.exitCode === null && c.signalCode === null).length
  if (runnersBefore < 2) startRunner('third')
  const ids = await Promise.all(
    [0, 1, 2].map((n) =>
      publishLeaflet(
        `Åbningstider ${n} for borgerservice`,
        `Borgerservice nummer ${n} har åbent hver dag.`,
      ),
    ),
  )
  await until(
    async () => (await Promise.all(ids.map(statesOf))).every(settled),
    240_000,
    () => children.map((c) => (c as ChildProcess & { output: () => string }).output()).join('\n'),
  )
  for (const n of [0, 1, 2])
    expect(callsFor(`Åbningstider ${n}`)).toEqual({ 'EN-GB': 1, AR: 1, TR: 1, UR: 1, FA: 1 })
}, 600_000)

it('two job runners racing for the same jobs (same instant, same database) claim each job once', async () => {
  const id = await publishLeaflet('Parkering ved rådhuset', 'Du kan parkere gratis i to timer.')
  // Both runners read the queue before either marks anything: Payload's find-then-update claim
  // would hand every job to both. The conditional claim gives each job to one.
  await Promise.all([t.payload.jobs.run({ limit: 10 }), t.payload.jobs.run({ limit: 10 })])
  await until(
    async () => settled(await statesOf(id)),
    120_000,
    () => JSON.stringify(fake.calls.map((c) => c.target)),
  )
  expect(callsFor('Parkering')).toEqual({ 'EN-GB': 1, AR: 1, TR: 1, UR: 1, FA: 1 })
}, 400_000)
