import type { CollectionConfig, Field } from 'payload'
import { sourceFieldUpdate } from '../src/access/predicates'
import { guardPublishing } from '../src/access/publishGuard'
import { lexicalText, placeholderProblems } from '../src/content/placeholders'
import { PLACEHOLDER_TYPES } from '../src/letters/placeholderTypes'
import {
  commonContentFields,
  contentAccess,
  localizedVersions,
  rejectRequest,
  sourceSelect,
} from './shared/contentFields'

interface TemplateData {
  title?: unknown
  summary?: unknown
  body?: unknown
  smsReminder?: unknown
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
        value && /^[A-Za-z][A-Za-z0-9_]*$/.test(value)
          ? true
          : 'Use letters, digits and _ only, starting with a letter',
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'text',
      options: PLACEHOLDER_TYPES.map((t) => ({ label: t, value: t })),
      admin: {
        description:
          'What the case worker types: a date or time is written the way each language writes it; only a "cpr" placeholder may hold a CPR number.',
      },
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
    {
      name: 'smsReminder',
      type: 'textarea',
      localized: true,
      maxLength: 480,
      admin: {
        description:
          'A short SMS reminder (meeting invitations), translated like the letter. Arabic, Urdu and Persian need UCS-2: 70 characters per SMS.',
      },
    },
    {
      name: 'inserts',
      type: 'relationship',
      relationTo: 'leaflets',
      hasMany: true,
      access: { update: sourceFieldUpdate },
      admin: {
        position: 'sidebar',
        description:
          'Inserts that follow this letter, in this order. Empty: the default inserts from Letter settings.',
      },
    },
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
          incoming.smsReminder ?? current.smsReminder,
          lexicalText(incoming.body ?? current.body),
        ].filter((t): t is string => typeof t === 'string')
        const problems = placeholderProblems(texts, declared)
        if (problems.length) rejectRequest(`Letter template: ${problems.join('; ')}`, 'body')
        return data
      },
    ],
  },
}
