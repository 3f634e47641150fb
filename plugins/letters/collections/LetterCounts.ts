import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'
import { currentUser, hasRole } from '../../../src/access/roles'
import { ALL_LOCALES, languageOf } from '../../../src/languages'

/**
 * How many letters went out, per template, citizen's language, sending unit and day, and whether
 * with an approved translation. Counts only: no names, addresses or placeholder values are kept
 * anywhere. The follow-up (issue 14) reads this collection by slug to compare no-shows. Rows are
 * written only by the letter endpoints, one atomic upsert per letter (see ../counts.ts).
 */
export const LetterCounts: CollectionConfig = {
  slug: 'letter-counts',
  labels: { singular: 'Letter count', plural: 'Letter counts' },
  admin: {
    group: 'Letters',
    defaultColumns: ['day', 'template', 'locale', 'unitCode', 'withTranslation', 'count'],
    description:
      'Letters sent per template, language, unit and day. Counts only; nothing personal.',
  },
  access: {
    read: ({ req }) => hasRole(currentUser(req), 'admin'),
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  indexes: [{ fields: ['template', 'locale', 'unitCode', 'day', 'withTranslation'], unique: true }],
  fields: [
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'letter-templates',
      required: true,
      index: true,
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: ALL_LOCALES.map((code) => ({ label: languageOf(code).label, value: code })),
      admin: { description: "The citizen's language." },
    },
    {
      name: 'unitCode',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The sending unit, e.g. JC-NORREBRO.' },
    },
    {
      name: 'day',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'withTranslation',
      type: 'checkbox',
      required: true,
      defaultValue: false,
      admin: { description: 'The letter went out with an approved translation.' },
    },
    { name: 'count', type: 'number', required: true, defaultValue: 0, min: 0 },
  ],
  timestamps: true,
}
