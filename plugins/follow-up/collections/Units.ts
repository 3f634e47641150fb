import { type CollectionConfig, ValidationError } from 'payload'
import { MONTH_PATTERN } from '../../../src/followup/noShows'
import { adminOnly, readFollowUp } from '../access'

const monthField = (name: string, label: string) =>
  ({
    name,
    label,
    type: 'text',
    validate: (value: string | null | undefined) =>
      !value || MONTH_PATTERN.test(value) ? true : `${label} is a month, YYYY-MM`,
  }) as const

/** Job centres and social centres whose no-shows are followed, with the baseline period they are compared with. */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'Unit', plural: 'Units' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kind', 'department'],
    group: 'Follow-up',
  },
  access: { read: readFollowUp, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'The code the case system and the letter composer use for this unit.' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'Job centre', value: 'job-centre' },
        { label: 'Social centre', value: 'social-centre' },
        { label: 'Other', value: 'other' },
      ],
    },
    { name: 'department', type: 'relationship', relationTo: 'departments' },
    {
      name: 'baseline',
      type: 'group',
      admin: {
        description:
          'The months no-shows are compared against (before translated letters were used).',
      },
      fields: [monthField('from', 'Baseline from'), monthField('to', 'Baseline to')],
    },
  ],
  hooks: {
    beforeValidate: [
      ({ data }) => {
        const from = data?.baseline?.from
        const to = data?.baseline?.to
        if (from && to && from > to)
          throw new ValidationError({
            collection: 'units',
            errors: [
              { path: 'baseline.to', message: `Baseline ends (${to}) before it starts (${from})` },
            ],
          })
        return data
      },
    ],
  },
}
