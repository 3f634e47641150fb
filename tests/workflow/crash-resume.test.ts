import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { recoverInterruptedJobs } from '../../plugins/translation-workflow/jobs/recoverJobs'
import { type FakeDeepl, startFakeDeepl, useFakeDeeplInCms } from '../support/fake-deepl-server'
import { buildWorld, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import { startTestPayload, type TestPayload } from '../support/payload'

let fake: FakeDeepl
let t: TestPayload
let world: World
let child: ChildProcess | undefined

beforeAll(async () => {
  fake = await startFakeDeepl()
  useFakeDeeplInCms(fake)
  t = await startTestPayload()
  world = await buildWorld(t.payload)
}, 600_000)
afterAll(async () => {
  if (child?.pid && child.exitCode === null && child.signalCode === null)
    process.kill(-child.pid, 'SIGKILL')
  await t?.close()
  await fake?.close()
  delete process.env.DEEPL_AUTH_KEY
})

/**
 * Polls `check` until it holds. No clock: on a busy machine the runner may need minutes, and that
 * is not a failure; the runner dying before it gets there is (its output is in the error).
 */
async function until(
  check: () => Promise<boolean>,
  what: string,
  output: () => string,
): Promise<void> {
  while (!(await check())) {
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error(`the job runner exited before ${what}:\n${output()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

it('a process killed in the middle of a fan-out resumes without billing finished work twice', async () => {
  const http = await httpApi()
  const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title: 'Har du spørgsmål?',
      kind: 'questions',
      department: world.departments.BIF,
      summary: 'Ring til os på 33 66 33 66, hvis du har spørgsmål til brevet.',
      _status: 'published',
    },
    auth: { token: world.actors.editorBIF.token },
  })
  expect(created.status).toBe(201)
  // Turkish's answer is held until the test releases it: the kill lands while it is in flight,
  // however slow the machine is.
  fake.hold('TR')

  // Its own process group, so the kill takes the whole process tree like a real crash would.
  child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/runJobsProcess.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: t.databaseUrl,
      VITEST: '',
      CMS_JOBS_AUTORUN: 'false',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const states = async () =>
    Object.fromEntries(
      (
        await t.payload.find({ collection: 'translation-tasks', depth: 0, pagination: false })
      ).docs.map((d) => [d.locale, d.state]),
    )
  const turkishSent = fake.waitForCall((c) => c.target === 'TR')
  await until(
    async () => Object.values(await states()).filter((s) => s !== 'queued').length === 5,
    'finishing 5 languages',
    () => output,
  )
  const died = new Promise<never>((_, reject) =>
    child!.once('exit', () =>
      reject(new Error(`the job runner exited before sending Turkish:\n${output}`)),
    ),
  )
  died.catch(() => {})
  await Promise.race([turkishSent, died])
  const exited = new Promise((r) => child!.once('exit', r))
  process.kill(-child.pid!, 'SIGKILL')
  await exited

  expect(await states()).toMatchObject({
    tr: 'queued',
    en: 'machine_translated',
    ar: 'machine_translated',
    so: 'needs_human',
  })
  // Turkish's job is stuck processing (a job that had just finished may be caught mid-write too).
  const stuck = await t.payload.count({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
  })
  expect(stuck.totalDocs).toBeGreaterThanOrEqual(1)

  fake.release('TR')
  expect(await recoverInterruptedJobs(t.payload, 0)).toBe(stuck.totalDocs)
  await drainJobs(t.payload)
  expect(await states()).toEqual({
    en: 'machine_translated',
    ar: 'machine_translated',
    tr: 'machine_translated',
    ur: 'machine_translated',
    fa: 'machine_translated',
    so: 'needs_human',
  })
  const perTarget = fake.calls.reduce<Record<string, number>>(
    (acc, c) => ({ ...acc, [c.target]: (acc[c.target] ?? 0) + 1 }),
    {},
  )
  // Finished languages were never sent again; only the request in flight at the kill is repeated.
  expect(perTarget).toEqual({ 'EN-GB': 1, AR: 1, UR: 1, FA: 1, TR: 2 })
}, 900_000)
