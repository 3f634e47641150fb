import type { CollectionConfig } from 'payload'
import { guardPublishing } from '../src/access/publishGuard'
import { commonContentFields, contentAccess, localizedVersions } from './shared/contentFields'

/**
 * Questions to answer before a meeting with citizens is planned. One document per group, the
 * questions in the order they should be asked.
 */
export const ReflectionQuestions: CollectionConfig = {
  slug: 'reflection-questions',
  labels: { singular: 'Reflection question group', plural: 'Reflection questions' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', 'department'],
    group: 'Content',
  },
  defaultSort: 'order',
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [
    ...commonContentFields,
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    {
      name: 'questions',
      type: 'array',
      // Localized as a whole so a translator's rows can never overwrite the Danish rows.
      localized: true,
      minRows: 1,
      fields: [
        { name: 'question', type: 'text', required: true },
        { name: 'help', type: 'textarea' },
      ],
    },
  ],
}
