import type { TaskConfig } from 'payload'
import { nextRetryDelay, retryPolicyFromEnv } from '../../../src/webhookRetry/retrySchedule'
import { signWebhook } from '../webhooks/signature'

const TIMEOUT_MS = 10_000

type Trigger = 'first' | 'retry' | 'resend'

/**
 * One attempt to POST one event to one endpoint, written to the attempt log whatever happens.
 * A failed attempt schedules the next as its own job (`waitUntil`), with exponential backoff and
 * jitter over hours (src/webhookRetry); after the last one the delivery is `failed` until an admin
 * re-sends it. The job itself succeeds either way: Payload's own retries are only for crashes.
 */
export const deliverWebhookTask: TaskConfig<{
  input: { deliveryId: number; trigger?: string; round?: number }
  output: { statusCode: number }
}> = {
  slug: 'deliver-webhook',
  label: 'Deliver webhook',
  inputSchema: [
    { name: 'deliveryId', type: 'number', required: true },
    { name: 'trigger', type: 'text' },
    { name: 'round', type: 'number' },
  ],
  outputSchema: [{ name: 'statusCode', type: 'number' }],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 5000 } },
  handler: async ({ input, req }) => {
    const trigger = (input.trigger ?? 'first') as Trigger
    const round = input.round ?? 1
    const delivery = await req.payload.findByID({
      collection: 'webhook-deliveries',
      id: input.deliveryId,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    // Deleted, or already delivered by a re-send while this retry waited: nothing to do.
    if (!delivery || (trigger === 'retry' && delivery.status !== 'pending'))
      return { output: { statusCode: 0 } }
    const endpoint = delivery.endpoint as {
      id: number
      url: string
      secret: string
      active?: boolean | null
    }
    const attempt = (delivery.attempts ?? 0) + 1
    const body = JSON.stringify(delivery.event)
    const timestamp = Math.floor(Date.now() / 1000)
    const started = Date.now()
    let statusCode: number | null = null
    let error: string | null = null
    if (endpoint.active === false) error = 'endpoint is inactive'
    else {
      try {
        const response = await fetch(endpoint.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-cms-event': String((delivery.event as { type?: unknown }).type ?? ''),
            'x-cms-delivery': String(delivery.id),
            'x-cms-attempt': String(attempt),
            'x-cms-timestamp': String(timestamp),
            'x-cms-signature': signWebhook(endpoint.secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        })
        statusCode = response.status
        await response.body?.cancel()
        if (!response.ok) error = `endpoint answered ${response.status}`
      } catch (e) {
        error =
          e instanceof Error
            ? e.cause instanceof Error
              ? `${e.message}: ${e.cause.message}`
              : e.message
            : String(e)
      }
    }
    const delivered = error === null
    const at = new Date().toISOString()
    await req.payload.create({
      collection: 'webhook-attempts',
      data: {
        delivery: delivery.id,
        endpoint: endpoint.id,
        eventId: delivery.eventId,
        attempt,
        trigger,
        at,
        ok: delivered,
        statusCode,
        error: error?.slice(0, 500) ?? null,
        durationMs: Date.now() - started,
      },
      overrideAccess: true,
      req,
    })
    const delay =
      delivered || endpoint.active === false ? null : nextRetryDelay(retryPolicyFromEnv(), round)
    const nextAttemptAt = delay === null ? null : new Date(Date.now() + delay)
    await req.payload.update({
      collection: 'webhook-deliveries',
      id: delivery.id,
      overrideAccess: true,
      req,
      data: {
        attempts: attempt,
        lastStatusCode: statusCode,
        lastError: error,
        status: delivered ? 'delivered' : nextAttemptAt ? 'pending' : 'failed',
        nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
        deliveredAt: delivered ? at : null,
      },
    })
    if (nextAttemptAt)
      await req.payload.jobs.queue({
        task: 'deliver-webhook',
        input: { deliveryId: delivery.id, trigger: 'retry', round: round + 1 },
        waitUntil: nextAttemptAt,
        req,
      })
    return { output: { statusCode: statusCode ?? 0 } }
  },
}
