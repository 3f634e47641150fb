import type { CollectionAfterChangeHook } from 'payload'
import { publicationChange } from '../publicationChange'
import { buildEvent } from './event'

/** On every save that publishes or withdraws a language, one delivery per active endpoint, sent by the jobs queue. */
export const enqueuePublishWebhooks: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
}) => {
  const change = publicationChange(doc, previousDoc, req)
  if (!change) return doc
  const endpoints = await req.payload.find({
    collection: 'webhook-endpoints',
    where: { active: { equals: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (endpoints.docs.length === 0) return doc
  const event = buildEvent(
    change.type,
    collection.slug,
    doc as { id: number; slug?: string | null },
    change.locale,
  )
  for (const endpoint of endpoints.docs) {
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        eventId: event.id,
        endpoint: endpoint.id,
        event: { ...event },
        status: 'pending',
        attempts: 0,
      },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: 'deliver-webhook',
      input: { deliveryId: delivery.id, trigger: 'first', round: 1 },
      req,
    })
  }
  return doc
}
