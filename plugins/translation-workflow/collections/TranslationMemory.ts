import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../../src/access/predicates'
import { TARGET_LOCALES } from '../../../src/languages'

/**
 * Exact-match translation memory: one row per (source segment hash, language, origin). Approved
 * human translations are preferred over machine ones when a segment comes round again.
 */
export const TranslationMemory: CollectionConfig = {
  slug: 'translation-memory',
  labels: { singular: 'Memory entry', plural: 'Translation memory' },
  admin: { useAsTitle: 'sourceText', defaultColumns: ['sourceText', 'locale', 'origin', 'updatedAt'], group: 'Translation' },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'entryKey', type: 'text', required: true, unique: true, admin: { readOnly: true, hidden: true } },
    { name: 'sourceHash', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, index: true, options: TARGET_LOCALES.map((c) => ({ label: c, value: c })) },
    { name: 'origin', type: 'select', required: true, options: [{ label: 'Human (approved)', value: 'human' }, { label: 'Machine', value: 'machine' }] },
    { name: 'sourceText', type: 'textarea', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'provider', type: 'text' },
  ],
}
