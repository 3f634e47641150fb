import type { CollectionConfig } from 'payload'
import { guardPublishing } from '../../../src/access/publishGuard'
import { EVENT_KINDS } from '../../../src/citizen-site/interfaceTexts'
import {
  commonContentFields,
  contentAccess,
  localizedVersions,
  sourceSelect,
} from '../../../collections/shared/contentFields'
import { sourceFieldUpdate } from '../../../src/access/predicates'
import { lifeSituationsField } from '../fields'
import { endsAfterStart } from '../hooks/eventDates'

/** Information meetings and market days: translated, listed upcoming first, in an iCalendar feed per language. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Event', plural: 'Events' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'updatedAt'],
    group: 'Citizen site',
  },
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [endsAfterStart, guardPublishing] },
  fields: [
    ...commonContentFields,
    sourceSelect(
      'kind',
      EVENT_KINDS.map((value) => ({ label: value, value })),
    ),
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      access: { update: sourceFieldUpdate },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'endsAt',
      type: 'date',
      required: true,
      access: { update: sourceFieldUpdate },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'location', type: 'text', localized: true, maxLength: 300 },
    { name: 'address', type: 'text', maxLength: 300, access: { update: sourceFieldUpdate } },
    lifeSituationsField,
  ],
}
