import type { TaskConfig } from 'payload'
import { signWebhook } from '../webhooks/signature'

const TIMEOUT_MS = 10_000
export const WEBHOOK_ATTEMPTS = 6

/**
 * POSTs one event to one endpoint. Any non-2xx answer, timeout or network error throws, and the
 * jobs queue retries with exponential backoff; every attempt is written to the delivery log.
 */
export const deliverWebhookTask: TaskConfig<{ input: { deliveryId: number }; output: { statusCode: number } }> = {
  slug: 'deliver-webhook',
  label: 'Deliver webhook',
  inputSchema: [{ name: 'deliveryId', type: 'number', required: true }],
  outputSchema: [{ name: 'statusCode', type: 'number' }],
  retries: { attempts: WEBHOOK_ATTEMPTS - 1, backoff: { type: 'exponential', delay: Number(process.env.WEBHOOK_RETRY_DELAY_MS ?? 2000) } },
  handler: async ({ input, req }) => {
    const delivery = await req.payload.findByID({ collection: 'webhook-deliveries', id: input.deliveryId, depth: 1, overrideAccess: true })
    const endpoint = delivery.endpoint as { url: string; secret: string; active?: boolean | null }
    const attempts = (delivery.attempts ?? 0) + 1
    const body = JSON.stringify(delivery.event)
    const timestamp = Math.floor(Date.now() / 1000)
    let statusCode: number | null = null
    let error: string | null = null
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-cms-event': String((delivery.event as { type?: unknown }).type ?? ''),
          'x-cms-timestamp': String(timestamp),
          'x-cms-signature': signWebhook(endpoint.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      statusCode = response.status
      if (!response.ok) error = `endpoint answered ${response.status}`
    } catch (e) {
      error = e instanceof Error ? e.message : String(e)
    }
    const delivered = error === null
    await req.payload.update({
      collection: 'webhook-deliveries',
      id: input.deliveryId,
      overrideAccess: true,
      data: {
        attempts,
        lastStatusCode: statusCode,
        lastError: error,
        status: delivered ? 'delivered' : attempts >= WEBHOOK_ATTEMPTS ? 'failed' : 'pending',
        deliveredAt: delivered ? new Date().toISOString() : null,
      },
    })
    if (!delivered) throw new Error(`Webhook ${delivery.eventId} to ${endpoint.url}: ${error}`)
    return { output: { statusCode: statusCode ?? 0 } }
  },
}
