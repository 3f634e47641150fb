import { type ChildProcess, spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'
import { paragraphs } from '../support/lexical'
import { type FakeDeepl, startFakeDeepl, useFakeDeeplInCms } from '../support/fake-deepl-server'

/**
 * The production topology as processes on loopback: two `npm run delivery` processes on their own
 * ports against the same Postgres, a webhook consumer, and the CMS publishing. When the webhook
 * arrives, both delivery processes already serve the new text: the cache is emptied by NOTIFY at
 * commit, and webhooks go out only after the commit.
 */
let fake: FakeDeepl
let t: TestPayload
let world: World
const deliveries: Array<{ child: ChildProcess; url: string }> = []
let receiver: Server
let receiverUrl: string
const seenAtWebhook: Array<{ type: string; locale: string; answers: string[] }> = []
let slugUnderTest = ''

async function startDeliveryProcess(port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/delivery/server.ts'], {
    env: {
      ...process.env,
      DELIVERY_DATABASE_URL: t.databaseUrl,
      DELIVERY_PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`delivery exited:\n${log}`)
    if (
      await fetch(`${url}/delivery/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) throw new Error(`delivery did not come up:\n${log}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return { child, url }
}

const freePort = async () => {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as AddressInfo).port
  await new Promise((r) => s.close(r))
  return port
}

const titleFrom = (url: string, locale: string) =>
  fetch(`${url}/delivery/v1/leaflets/${slugUnderTest}?locale=${locale}`).then(
    async (r) => ((await r.json()) as { title: string }).title,
  )

beforeAll(async () => {
  // A DeepL-compatible backend: the pseudo provider's ⟦ar⟧ drafts could never be published.
  fake = await startFakeDeepl()
  useFakeDeeplInCms(fake)
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  deliveries.push(
    await startDeliveryProcess(await freePort()),
    await startDeliveryProcess(await freePort()),
  )
  // The consumer: on each webhook it asks both delivery processes at once, as a CDN purge would.
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', async () => {
      const event = JSON.parse(body) as { type: string; locale: string; slug: string }
      if (event.slug === slugUnderTest)
        seenAtWebhook.push({
          type: event.type,
          locale: event.locale,
          answers: await Promise.all(deliveries.map((d) => titleFrom(d.url, event.locale))),
        })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  await t.payload.create({
    collection: 'webhook-endpoints',
    data: { name: 'site', url: receiverUrl, secret: 'webhook-secret-0123456789', active: true },
  })
}, 180_000)
afterAll(async () => {
  for (const d of deliveries)
    if (d.child.pid && d.child.exitCode === null) process.kill(-d.child.pid, 'SIGTERM')
  receiver?.close()
  await t?.close()
  await fake?.close()
})

async function runJobsUntil(done: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > deadline) throw new Error('jobs did not finish in time')
    await t.payload.jobs.run({ limit: 20 })
    await new Promise((r) => setTimeout(r, 20))
  }
}

it('after a publish both delivery processes serve the new text, and neither is stale when the webhook fires', async () => {
  const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
  slugUnderTest = doc.slug
  await runJobsUntil(() => seenAtWebhook.length === 1)
  // Fill both caches with the Danish fallback for Arabic.
  for (const d of deliveries)
    for (let i = 0; i < 3; i++) expect(await titleFrom(d.url, 'ar')).toMatch(/^Dokument/)
  const cached = await fetch(`${deliveries[0]!.url}/delivery/v1/leaflets/${doc.slug}?locale=ar`)
  expect(cached.headers.get('x-cache')).toBe('hit')

  await t.payload.update({
    collection: 'leaflets',
    id: doc.id,
    locale: 'ar',
    data: {
      title: 'العنوان الجديد',
      summary: 'ملخص الوثيقة',
      body: paragraphs('نص الوثيقة باللغة العربية.'),
      _status: 'published',
    } as never,
    publishSpecificLocale: 'ar',
  } as never)
  await runJobsUntil(() => seenAtWebhook.some((s) => s.type === 'publish' && s.locale === 'ar'))
  expect(seenAtWebhook.find((s) => s.locale === 'ar')!.answers).toEqual([
    'العنوان الجديد',
    'العنوان الجديد',
  ])

  await t.payload.update({
    collection: 'leaflets',
    id: doc.id,
    locale: 'ar',
    data: { _status: 'draft' } as never,
  })
  await runJobsUntil(() => seenAtWebhook.some((s) => s.type === 'unpublish'))
  expect(
    seenAtWebhook
      .find((s) => s.type === 'unpublish')!
      .answers.every((a) => a.startsWith('Dokument')),
  ).toBe(true)
}, 300_000)
