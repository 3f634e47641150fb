import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

/** A consumer that is down for a while: every attempt is logged, retries back off, an admin re-sends what failed. */
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let receiver: Server | null = null
let port = 0
let endpointId: number
const received: string[] = []

async function receiverUp(): Promise<void> {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push(body)
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => receiver!.listen(port, '127.0.0.1', r))
  port = (receiver.address() as AddressInfo).port
}
async function receiverDown(): Promise<void> {
  await new Promise<void>((r) => (receiver ? receiver.close(() => r()) : r()))
  receiver?.closeAllConnections()
  receiver = null
}

beforeAll(async () => {
  await receiverUp()
  await receiverDown() // keep the port, start down
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
  endpointId = (
    await t.payload.create({
      collection: 'webhook-endpoints',
      data: {
        name: 'kk.dk',
        url: `http://127.0.0.1:${port}/hooks`,
        secret: 'webhook-secret-0123456789',
        active: true,
      },
    })
  ).id
})
afterAll(async () => {
  await receiverDown()
  await t?.close()
})

async function runJobsUntil(done: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('jobs did not finish in time')
    await t.payload.jobs.run({ limit: 20 })
    await new Promise((r) => setTimeout(r, 20))
  }
}

const deliveryOf = async (documentId: number) =>
  (
    await t.payload.find({
      collection: 'webhook-deliveries',
      where: { 'event.documentId': { equals: documentId } },
      limit: 1,
    })
  ).docs[0]!
const attemptsOf = async (deliveryId: number) =>
  (
    await t.payload.find({
      collection: 'webhook-attempts',
      where: { delivery: { equals: deliveryId } },
      sort: 'attempt',
      limit: 100,
    })
  ).docs

describe('a consumer that is down for a while', () => {
  it('gets the event once it is back: every failed attempt is kept, each wait at least half the exponential delay', async () => {
    process.env.WEBHOOK_RETRY_BASE_MS = '150'
    process.env.WEBHOOK_MAX_ATTEMPTS = '10'
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    // Down for three attempts (however long the loaded machine takes for them), then back.
    await runJobsUntil(async () => {
      const delivery = await deliveryOf(doc.id)
      if (!receiver && (await attemptsOf(delivery.id)).length >= 3) await receiverUp()
      return delivery.status === 'delivered'
    })
    const attempts = await attemptsOf((await deliveryOf(doc.id)).id)
    expect(attempts.length).toBe(4)
    expect(attempts.at(-1)).toMatchObject({ ok: true, statusCode: 204 })
    for (const failed of attempts.slice(0, -1))
      expect(failed).toMatchObject({
        ok: false,
        statusCode: null,
        error: expect.stringMatching(/ECONNREFUSED|fetch failed/),
      })
    const times = attempts.map((a) => Date.parse(a.at))
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual((150 * 2 ** (i - 1)) / 2 - 5)
    expect(received.some((b) => JSON.parse(b).documentId === doc.id)).toBe(true)
  })

  it('marks a delivery failed after the last attempt; the endpoint shows it; an admin re-sends all failed ones', async () => {
    await receiverDown()
    process.env.WEBHOOK_RETRY_BASE_MS = '20'
    process.env.WEBHOOK_MAX_ATTEMPTS = '3'
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await runJobsUntil(async () => (await deliveryOf(doc.id)).status === 'failed')
    const failed = await deliveryOf(doc.id)
    expect(failed.attempts).toBe(3)
    expect((await attemptsOf(failed.id)).map((a) => a.ok)).toEqual([false, false, false])

    const health = await http.rest<{
      state: string
      consecutiveFailures: number
      failedDeliveries: number
    }>('GET', `webhook-endpoints/${endpointId}/health`, {
      auth: { token: world.actors.admin.token },
    })
    expect(health.body).toMatchObject({
      state: 'failing',
      consecutiveFailures: 3,
      failedDeliveries: 1,
    })
    const listed = await http.rest<{ health: string }>('GET', `webhook-endpoints/${endpointId}`, {
      auth: { token: world.actors.admin.token },
    })
    expect(listed.body.health).toMatch(/^failing: .*3 failure\(s\) in a row.*1 failed/)

    await receiverUp()
    expect(
      (
        await http.rest('POST', `webhook-endpoints/${endpointId}/resend-failed`, {
          auth: { token: world.actors.editorBIF.token },
        })
      ).status,
    ).toBe(403)
    expect((await http.rest('POST', `webhook-endpoints/${endpointId}/resend-failed`)).status).toBe(
      401,
    )
    const resent = await http.rest<{ resent: number }>(
      'POST',
      `webhook-endpoints/${endpointId}/resend-failed`,
      { auth: { token: world.actors.admin.token } },
    )
    expect(resent.status).toBe(202)
    expect(resent.body.resent).toBe(1)
    await runJobsUntil(async () => (await deliveryOf(doc.id)).status === 'delivered')
    const attempts = await attemptsOf(failed.id)
    expect(attempts.map((a) => [a.attempt, a.trigger, a.ok])).toEqual([
      [1, 'first', false],
      [2, 'retry', false],
      [3, 'retry', false],
      [4, 'resend', true],
    ])
    const after = await http.rest<{
      state: string
      consecutiveFailures: number
      failedDeliveries: number
    }>('GET', `webhook-endpoints/${endpointId}/health`, {
      auth: { token: world.actors.admin.token },
    })
    expect(after.body).toMatchObject({
      state: 'degraded',
      consecutiveFailures: 0,
      failedDeliveries: 0,
    })
  })

  it("re-sends one delivery on an admin's request, as a new attempt", async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await runJobsUntil(async () => (await deliveryOf(doc.id)).status === 'delivered')
    const delivery = await deliveryOf(doc.id)
    expect(
      (
        await http.rest('POST', `webhook-deliveries/${delivery.id}/resend`, {
          auth: { token: world.actors.translatorAr.token },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await http.rest('POST', 'webhook-deliveries/999999/resend', {
          auth: { token: world.actors.admin.token },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await http.rest('POST', `webhook-deliveries/${delivery.id}/resend`, {
          auth: { token: world.actors.admin.token },
        })
      ).status,
    ).toBe(202)
    await runJobsUntil(async () => (await attemptsOf(delivery.id)).length === 2)
    expect((await attemptsOf(delivery.id)).map((a) => [a.trigger, a.ok])).toEqual([
      ['first', true],
      ['resend', true],
    ])
  })
})
