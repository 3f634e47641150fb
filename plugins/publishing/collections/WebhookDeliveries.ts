import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'

/** The delivery log: one row per event × endpoint, with every attempt's outcome. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: { useAsTitle: 'eventId', defaultColumns: ['eventId', 'endpoint', 'status', 'attempts', 'updatedAt'], group: 'Administration' },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'eventId', type: 'text', required: true, index: true },
    { name: 'endpoint', type: 'relationship', relationTo: 'webhook-endpoints', required: true },
    { name: 'event', type: 'json', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'delivered', 'failed'].map((s) => ({ label: s, value: s })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastStatusCode', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'deliveredAt', type: 'date' },
  ],
}
