import type { CollectionConfig, Field } from 'payload'
import { sourceFieldUpdate } from '../src/access/predicates'
import { guardPublishing } from '../src/access/publishGuard'
import { lexicalText, placeholderProblems } from '../src/content/placeholders'
import { commonContentFields, contentAccess, localizedVersions, rejectRequest, sourceSelect } from './shared/contentFields'

interface TemplateData {
  title?: unknown
  summary?: unknown
  body?: unknown
  placeholders?: Array<{ key?: unknown }> | null
}

const placeholdersField: Field = {
  name: 'placeholders',
  type: 'array',
  access: { update: sourceFieldUpdate },
  admin: { description: 'Every {{name}} used in the text must be declared here.' },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) =>
        value && /^[A-Za-z][A-Za-z0-9_]*$/.test(value) ? true : 'Use letters, digits and _ only, starting with a letter',
    },
    { name: 'description', type: 'text', localized: true },
    { name: 'example', type: 'text', localized: true },
  ],
}

/**
 * Letters such as meeting invitations. Placeholders are checked on every save, in every
 * language, so a translation can never introduce or lose a {{field}} the print service fills.
 */
export const LetterTemplates: CollectionConfig = {
  slug: 'letter-templates',
  labels: { singular: 'Letter template', plural: 'Letter templates' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'department'], group: 'Content' },
  access: contentAccess,
  versions: localizedVersions,
  fields: [
    ...commonContentFields,
    sourceSelect('kind', [
      { label: 'Meeting invitation', value: 'meeting-invitation' },
      { label: 'Decision', value: 'decision' },
      { label: 'Other', value: 'other' },
    ]),
    placeholdersField,
  ],
  hooks: {
    beforeChange: [guardPublishing],
    beforeValidate: [
      async ({ data, originalDoc }) => {
        const incoming = (data ?? {}) as TemplateData
        const current = (originalDoc ?? {}) as TemplateData
        const declared = (incoming.placeholders ?? current.placeholders ?? [])
          .map((p) => p.key)
          .filter((k): k is string => typeof k === 'string')
        const texts = [
          incoming.title ?? current.title,
          incoming.summary ?? current.summary,
          lexicalText(incoming.body ?? current.body),
        ].filter((t): t is string => typeof t === 'string')
        const problems = placeholderProblems(texts, declared)
        if (problems.length) rejectRequest(`Letter template: ${problems.join('; ')}`, 'body')
        return data
      },
    ],
  },
}
