import type { CollectionConfig } from 'payload'
import { guardPublishing } from '../../../src/access/publishGuard'
import { ALL_LOCALES, languageOf } from '../../../src/languages'
import { DISTRICTS, PLACE_KINDS } from '../../../src/citizen-site/interfaceTexts'
import {
  commonContentFields,
  contentAccess,
  localizedVersions,
  sourceSelect,
} from '../../../collections/shared/contentFields'
import { sourceFieldUpdate } from '../../../src/access/predicates'
import { lifeSituationsField } from '../fields'

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

/**
 * Places a citizen can turn to: entry points (health houses, job centres, social centres, day
 * care, schools) and help with letters and meetings (libraries, the citizens' advisor, volunteer
 * organisations, neighbourhood mothers). Address, district and languages are the same in every
 * language; what they help with and the opening hours are translated.
 */
export const HelpPoints: CollectionConfig = {
  slug: 'help-points',
  labels: { singular: 'Help point', plural: 'Help points' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'district', 'updatedAt'],
    group: 'Citizen site',
  },
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [
    ...commonContentFields,
    sourceSelect('kind', options(PLACE_KINDS)),
    sourceSelect('district', options(DISTRICTS)),
    {
      name: 'address',
      type: 'text',
      required: true,
      maxLength: 300,
      access: { update: sourceFieldUpdate },
    },
    { name: 'phone', type: 'text', maxLength: 40, access: { update: sourceFieldUpdate } },
    { name: 'openingHours', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'helpsWith', type: 'textarea', localized: true, maxLength: 2000 },
    {
      name: 'languagesSpoken',
      type: 'select',
      hasMany: true,
      options: ALL_LOCALES.map((code) => ({ label: languageOf(code).label, value: code })),
      access: { update: sourceFieldUpdate },
      admin: { position: 'sidebar' },
    },
    lifeSituationsField,
  ],
}
