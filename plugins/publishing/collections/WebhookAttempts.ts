import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'

/** Every attempt of every webhook delivery, kept: when, how it was triggered, what the endpoint answered. Written only by the delivery job. */
export const WebhookAttempts: CollectionConfig = {
  slug: 'webhook-attempts',
  labels: { singular: 'Webhook attempt', plural: 'Webhook attempts' },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['at', 'endpoint', 'eventId', 'attempt', 'ok', 'statusCode', 'error'],
    group: 'Administration',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-at',
  fields: [
    {
      name: 'delivery',
      type: 'relationship',
      relationTo: 'webhook-deliveries',
      required: true,
      index: true,
    },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      required: true,
      index: true,
    },
    { name: 'eventId', type: 'text', required: true },
    { name: 'attempt', type: 'number', required: true },
    {
      name: 'trigger',
      type: 'select',
      required: true,
      options: ['first', 'retry', 'resend'].map((v) => ({ label: v, value: v })),
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'ok', type: 'checkbox', required: true, defaultValue: false },
    { name: 'statusCode', type: 'number' },
    { name: 'error', type: 'text' },
    { name: 'durationMs', type: 'number' },
  ],
}
