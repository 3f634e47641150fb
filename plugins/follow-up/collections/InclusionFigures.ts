import type { CollectionConfig } from 'payload'
import { ORIGIN_GROUP_LABELS, ORIGIN_GROUPS } from '../../../src/followup/groups'
import { adminOnly, readFollowUp } from '../access'

/**
 * The inclusion indicator (inklusionsindikatoren): per year and origin group, the share who
 * trust municipal institutions and who feel they influence local decisions, entered from the
 * survey that measured it, with its source.
 */
export const InclusionFigures: CollectionConfig = {
  slug: 'inclusion-figures',
  labels: { singular: 'Inclusion indicator figure', plural: 'Inclusion indicator' },
  admin: { defaultColumns: ['year', 'measure', 'group', 'percent', 'source'], group: 'Follow-up' },
  access: { read: readFollowUp, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'year', type: 'number', required: true, min: 2000, max: 2200, index: true },
    {
      name: 'measure',
      type: 'select',
      required: true,
      options: [
        { label: 'Trust in municipal institutions', value: 'trust' },
        { label: 'Felt influence on local decisions', value: 'influence' },
      ],
    },
    {
      name: 'group',
      type: 'select',
      required: true,
      options: [
        { label: 'All citizens', value: 'all' },
        ...ORIGIN_GROUPS.map((g) => ({ label: ORIGIN_GROUP_LABELS[g].en, value: g })),
      ],
    },
    { name: 'percent', type: 'number', required: true, min: 0, max: 100 },
    {
      name: 'respondents',
      type: 'number',
      min: 0,
      admin: { description: 'Survey respondents behind the figure, if known.' },
    },
    {
      name: 'source',
      type: 'text',
      required: true,
      admin: { description: 'The survey and publication the figure comes from.' },
    },
    { name: 'illustrative', type: 'checkbox', defaultValue: false },
  ],
}
