import { createServer, type IncomingMessage, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyWebhook } from '../../plugins/publishing/webhooks/signature'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'

interface Received {
  headers: IncomingMessage['headers']
  body: string
}

let t: TestPayload
let world: World
let receiver: Server
let receiverUrl: string
const received: Received[] = []
let failNext = 0
const SECRET = 'webhook-secret-0123456789'

beforeAll(async () => {
  process.env.WEBHOOK_RETRY_DELAY_MS = '20'
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      if (failNext > 0) {
        failNext--
        res.writeHead(503).end('busy')
      } else res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  const address = receiver.address()
  receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hooks/cms`
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  await t.payload.create({
    collection: 'webhook-endpoints',
    data: { name: 'kk.dk', url: receiverUrl, secret: SECRET, active: true },
  })
})
afterAll(async () => {
  await t?.close()
  receiver?.close()
})

async function runJobsUntil(done: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('jobs did not finish in time')
    await t.payload.jobs.run({ limit: 20 })
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('publish webhooks', () => {
  it('delivers a signed event for exactly the published language, retrying after failures', async () => {
    failNext = 2
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF, false)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'da',
      data: { _status: 'published' } as never,
    })
    await runJobsUntil(
      async () =>
        (
          await t.payload.find({
            collection: 'webhook-deliveries',
            where: { status: { equals: 'delivered' } },
          })
        ).totalDocs === 1,
    )

    expect(received).toHaveLength(3)
    const last = received.at(-1)!
    const event = JSON.parse(last.body)
    expect(event).toMatchObject({
      type: 'publish',
      collection: 'leaflets',
      documentId: doc.id,
      slug: doc.slug,
      locale: 'da',
      lang: 'da-DK',
    })
    expect(event.paths).toEqual([`/da/leaflets/${doc.slug}`, `/print/leaflets/${doc.slug}/da`])
    expect(
      verifyWebhook(
        SECRET,
        Number(last.headers['x-cms-timestamp']),
        last.body,
        String(last.headers['x-cms-signature']),
      ),
    ).toBe(true)
    expect(
      verifyWebhook(
        'wrong-secret-0123456789',
        Number(last.headers['x-cms-timestamp']),
        last.body,
        String(last.headers['x-cms-signature']),
      ),
    ).toBe(false)

    const log = (
      await t.payload.find({
        collection: 'webhook-deliveries',
        where: { eventId: { equals: event.id } },
      })
    ).docs[0]
    expect(log).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204 })
    // Every attempt is kept, not only the last status.
    const attempts = await t.payload.find({
      collection: 'webhook-attempts',
      where: { delivery: { equals: log.id } },
      sort: 'attempt',
    })
    expect(attempts.docs.map((a) => [a.attempt, a.trigger, a.ok, a.statusCode])).toEqual([
      [1, 'first', false, 503],
      [2, 'retry', false, 503],
      [3, 'retry', true, 204],
    ])
    expect(event.surrogateKeys).toEqual(['collection:leaflets', `doc:leaflets:${doc.id}`])
  })

  it('does not fire on a draft save', async () => {
    const before = received.length
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await runJobsUntil(async () => received.length === before + 1)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'ar',
      draft: true,
      data: { title: 'مسودة' } as never,
    })
    await t.payload.jobs.run({ limit: 20 })
    expect(received).toHaveLength(before + 1)
  })

  it('tells consumers when a language is withdrawn', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'ar',
      data: { title: 'عنوان', _status: 'published' } as never,
      publishSpecificLocale: 'ar',
    } as never)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'ar',
      data: { _status: 'draft' } as never,
    })
    await runJobsUntil(async () => received.some((r) => JSON.parse(r.body).type === 'unpublish'))
    // Deliveries run in parallel and may arrive in any order; consumers order them by occurredAt.
    const events = received.map((r) => JSON.parse(r.body)).filter((e) => e.documentId === doc.id)
    expect(events.map((e) => `${e.type}:${e.locale}`).sort()).toEqual([
      'publish:ar',
      'publish:da',
      'unpublish:ar',
    ])
    const at = (key: string) =>
      events.find((e) => `${e.type}:${e.locale}` === key).occurredAt as string
    expect(at('unpublish:ar') >= at('publish:ar')).toBe(true)
  })
})
