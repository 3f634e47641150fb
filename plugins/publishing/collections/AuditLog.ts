import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'

/**
 * Who published, unpublished or approved what, and when. Written only by the server (hooks and
 * workflow endpoints); nobody can edit or delete an entry through the API, admins included.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'summary', 'user'],
    group: 'Administration',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: [
        'publish',
        'unpublish',
        'approve',
        'send-back',
        'submit',
        'retry',
        'readability-override',
      ].map((a) => ({ label: a, value: a })),
    },
    { name: 'user', type: 'relationship', relationTo: 'users' },
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'number', required: true, index: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'summary', type: 'text', required: true },
  ],
}
