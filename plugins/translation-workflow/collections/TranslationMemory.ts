import type { Access, CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'
import { currentUser, hasRole, languagesOf } from '../../../src/access/roles'
import { TARGET_LOCALES } from '../../../src/languages'

/** Admins and editors read all of memory; a translator reads the languages they translate, nobody else any. */
const readMemory: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin') || hasRole(user, 'editor')) return true
  if (hasRole(user, 'translator')) return { locale: { in: languagesOf(user) } }
  return false
}

/**
 * Exact-match translation memory: one row per (source segment hash, language, origin). Approved
 * human translations are preferred over machine ones when a segment comes round again.
 */
export const TranslationMemory: CollectionConfig = {
  slug: 'translation-memory',
  labels: { singular: 'Memory entry', plural: 'Translation memory' },
  admin: {
    useAsTitle: 'sourceText',
    defaultColumns: ['sourceText', 'locale', 'origin', 'updatedAt'],
    group: 'Translation',
  },
  access: { read: readMemory, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'entryKey',
      type: 'text',
      required: true,
      unique: true,
      admin: { readOnly: true, hidden: true },
    },
    { name: 'sourceHash', type: 'text', required: true, index: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: TARGET_LOCALES.map((c) => ({ label: c, value: c })),
    },
    {
      name: 'origin',
      type: 'select',
      required: true,
      options: [
        { label: 'Human (approved)', value: 'human' },
        { label: 'Machine', value: 'machine' },
      ],
    },
    { name: 'sourceText', type: 'textarea', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'provider', type: 'text' },
  ],
}
