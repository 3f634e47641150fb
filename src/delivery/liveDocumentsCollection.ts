import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/predicates'

/**
 * The read model of what is live: one row per document and live language, written only by the
 * projection (src/delivery/projection.ts) in the transaction that publishes, approves or
 * withdraws. Drafts never enter it. The delivery API reads nothing else. Admins may look at it
 * in the admin; nobody writes it through the API.
 */
export const LiveDocuments: CollectionConfig = {
  slug: 'live-documents',
  labels: { singular: 'Live document', plural: 'Live documents (delivery read model)' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'slug', 'locale', 'updatedAt'],
    group: 'Administration',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'collection:documentId:locale' },
    },
    { name: 'collection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'number', required: true, index: true },
    { name: 'locale', type: 'text', required: true, index: true },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'etag', type: 'text', required: true },
    { name: 'document', type: 'json', required: true },
  ],
}
