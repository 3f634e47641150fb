import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'
import { resendDeliveryEndpoint } from '../webhooks/resend'

/** One row per event × endpoint: where it stands. Every attempt is its own row in Webhook attempts. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'endpoint', 'status', 'attempts', 'nextAttemptAt', 'updatedAt'],
    group: 'Administration',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  endpoints: [resendDeliveryEndpoint],
  fields: [
    { name: 'eventId', type: 'text', required: true, index: true },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      required: true,
      index: true,
    },
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
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: {
        description: 'When the next retry is due (pending deliveries).',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    { name: 'lastStatusCode', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'deliveredAt', type: 'date' },
  ],
}
