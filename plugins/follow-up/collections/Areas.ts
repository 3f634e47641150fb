import type { CollectionConfig } from 'payload'
import { adminOnly, readFollowUp } from '../access'

/** Copenhagen's districts (bydele) and, where wanted, smaller local areas inside them. */
export const Areas: CollectionConfig = {
  slug: 'areas',
  labels: { singular: 'Area', plural: 'Areas' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kind', 'parent'],
    group: 'Follow-up',
  },
  access: { read: readFollowUp, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      admin: {
        description:
          'As Statistics Denmark and the district counts name it (imports match on name or code).',
      },
    },
    { name: 'code', type: 'text', required: true, unique: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'district',
      options: [
        { label: 'District (bydel)', value: 'district' },
        { label: 'Local area', value: 'local-area' },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'areas',
      admin: { condition: (data) => data?.kind === 'local-area' },
    },
  ],
}
