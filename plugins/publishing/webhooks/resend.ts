import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { writeAudit } from '../auditPublishing'
import { requireAdmin, routeId } from './health'
import { notFound } from '../../../src/api/httpErrors'

/** Sends one delivery again now, as a new series of attempts (the old attempts stay in the log). */
export async function resendDelivery(
  payload: Payload,
  id: number,
  req?: PayloadRequest,
): Promise<void> {
  await payload.update({
    collection: 'webhook-deliveries',
    id,
    data: { status: 'pending', nextAttemptAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({
    task: 'deliver-webhook',
    input: { deliveryId: id, trigger: 'resend', round: 1 },
    req,
  })
}

export const resendDeliveryEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    requireAdmin(req)
    const id = routeId(req)
    const delivery = await req.payload.findByID({
      collection: 'webhook-deliveries',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!delivery) throw notFound(`No webhook delivery ${id}`)
    await resendDelivery(req.payload, id, req)
    return Response.json({ resent: 1 }, { status: 202 })
  },
}

export const resendFailedEndpoint: Endpoint = {
  path: '/:id/resend-failed',
  method: 'post',
  handler: async (req) => {
    requireAdmin(req)
    const id = routeId(req)
    const endpoint = await req.payload.findByID({
      collection: 'webhook-endpoints',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!endpoint) throw notFound(`No webhook endpoint ${id}`)
    const failed = await req.payload.find({
      collection: 'webhook-deliveries',
      where: { and: [{ endpoint: { equals: id } }, { status: { equals: 'failed' } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { status: true },
    })
    for (const delivery of failed.docs) await resendDelivery(req.payload, delivery.id, req)
    await writeAudit(req, {
      action: 'retry',
      collection: 'webhook-endpoints',
      documentId: id,
      locale: '-',
      summary: `re-sent ${failed.docs.length} failed webhook deliveries to "${endpoint.name}"`,
    })
    return Response.json({ resent: failed.docs.length }, { status: 202 })
  },
}
