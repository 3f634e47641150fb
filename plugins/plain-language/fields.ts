import type { Field } from 'payload'
import { sourceFieldUpdate } from '../../src/access/predicates'
import { TARGET_LANGUAGES, TARGET_LOCALES } from '../../src/languages'
import { PRIORITIES, TRANSLATE_INTO_OPTIONS } from '../../src/translationPlan'
import { staffField } from './access'

/** Fields the plugin adds to every content collection: readability, and the department's translation choices. */
export function plainLanguageFields(readable: unknown): Field[] {
  return [
    {
      name: 'readabilityPanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: {
            path: '/plugins/plain-language/components/ReadabilityPanel#ReadabilityPanel',
            clientProps: { readable },
          },
        },
      },
    },
    {
      name: 'readability',
      type: 'json',
      access: { read: staffField, update: () => false, create: () => false },
      admin: { hidden: true },
    },
    {
      name: 'translateInto',
      label: 'Translate into',
      type: 'select',
      defaultValue: 'default',
      options: TRANSLATE_INTO_OPTIONS.map((o) => ({ value: o.value, label: o.label })),
      access: { read: staffField, update: sourceFieldUpdate },
      admin: { position: 'sidebar' },
    },
    {
      name: 'targetLanguages',
      type: 'select',
      hasMany: true,
      options: TARGET_LOCALES.map((code) => ({ label: TARGET_LANGUAGES[code].label, value: code })),
      access: { read: staffField, update: sourceFieldUpdate },
      admin: { position: 'sidebar', condition: (data) => data?.translateInto === 'chosen' },
    },
    {
      name: 'translationPriority',
      type: 'select',
      defaultValue: 'normal',
      options: PRIORITIES.map((p) => ({ label: p, value: p })),
      access: { read: staffField, update: sourceFieldUpdate },
      admin: { position: 'sidebar' },
    },
    {
      name: 'translationDueDate',
      type: 'date',
      access: { read: staffField, update: sourceFieldUpdate },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ]
}
