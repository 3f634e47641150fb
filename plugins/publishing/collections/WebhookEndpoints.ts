import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'
import { endpointHealthField, endpointHealthEndpoint } from '../webhooks/health'
import { resendFailedEndpoint } from '../webhooks/resend'

/** Consumers (kk.dk, print services) to notify when a language of a document goes live or is withdrawn. */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'active', 'health'],
    group: 'Administration',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [resendFailedEndpoint, endpointHealthEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) => {
        try {
          const url = new URL(value ?? '')
          return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http(s) URL'
        } catch {
          return 'Not a valid URL'
        }
      },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 16,
      admin: { description: 'Shared secret for the HMAC-SHA256 signature (X-CMS-Signature).' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
    endpointHealthField,
  ],
}
