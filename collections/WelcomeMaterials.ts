import type { CollectionConfig } from 'payload'
import { guardPublishing } from '../src/access/publishGuard'
import { commonContentFields, contentAccess, localizedVersions } from './shared/contentFields'

export const AUDIENCES = [
  { label: 'Families with children', value: 'families' },
  { label: 'Students', value: 'students' },
  { label: 'Refugees', value: 'refugees' },
  { label: 'Workers', value: 'workers' },
  { label: 'Seniors', value: 'seniors' },
]

/** Welcome material for new citizens: a shared text plus a section per audience. */
export const WelcomeMaterials: CollectionConfig = {
  slug: 'welcome-materials',
  labels: { singular: 'Welcome material', plural: 'Welcome materials' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'updatedAt'],
    group: 'Content',
  },
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [
    ...commonContentFields,
    {
      name: 'audienceVariants',
      type: 'array',
      // Localized as a whole so a translator's rows can never overwrite the Danish rows.
      localized: true,
      labels: { singular: 'Audience variant', plural: 'Audience variants' },
      fields: [
        { name: 'audience', type: 'select', options: AUDIENCES, required: true },
        { name: 'heading', type: 'text', required: true },
        { name: 'body', type: 'richText' },
      ],
    },
  ],
}
