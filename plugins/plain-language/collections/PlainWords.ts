import type { CollectionConfig } from 'payload'
import { normaliseEntryWord } from '../../../src/readability'
import { isAdminOrEditor, isStaffUser } from '../access'
import { forgetPlainWordList } from '../wordListCache'

/** The editable Danish word list behind the "plainer word" hints. Editors and admins maintain it. */
export const PlainWords: CollectionConfig = {
  slug: 'plain-words',
  labels: { singular: 'Plain word', plural: 'Plain words' },
  admin: {
    useAsTitle: 'word',
    defaultColumns: ['word', 'plainer', 'note'],
    group: 'Plain language',
    description:
      'Words and phrases to avoid in Danish source, each with a plainer alternative. Inflected forms are found automatically.',
  },
  access: {
    read: isStaffUser,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  defaultSort: 'word',
  fields: [
    {
      name: 'word',
      type: 'text',
      required: true,
      unique: true,
      admin: {
        description:
          'Base form, e.g. "fremsende" (finds "fremsendes", "fremsendte") or a phrase like "i henhold til".',
      },
      validate: (value: string | null | undefined) =>
        value && normaliseEntryWord(value) ? true : 'Write the word or phrase to avoid',
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' ? normaliseEntryWord(value) : value),
        ],
      },
    },
    {
      name: 'plainer',
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) =>
        value?.trim() ? true : 'Write the plainer word to use instead',
    },
    { name: 'note', type: 'textarea' },
  ],
  hooks: {
    afterChange: [({ req, doc }) => (forgetPlainWordList(req.payload), doc)],
    afterDelete: [({ req, doc }) => (forgetPlainWordList(req.payload), doc)],
  },
}
