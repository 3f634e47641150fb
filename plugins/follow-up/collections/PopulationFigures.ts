import type { CollectionConfig } from 'payload'
import { AGE_BANDS, ORIGIN_GROUP_LABELS, ORIGIN_GROUPS } from '../../../src/followup/groups'
import { adminOnly, readFollowUp } from '../access'

/**
 * Residents of an area in a year by origin group and age band, each with its source table and
 * extraction date. Written by the importers (or by an admin); a null count was suppressed ("..").
 */
export const PopulationFigures: CollectionConfig = {
  slug: 'population-figures',
  labels: { singular: 'Population figure', plural: 'Population figures' },
  admin: {
    defaultColumns: ['area', 'year', 'group', 'ageBand', 'count', 'sourceTable', 'illustrative'],
    group: 'Follow-up',
  },
  access: { read: readFollowUp, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'area', type: 'relationship', relationTo: 'areas', required: true, index: true },
    { name: 'year', type: 'number', required: true, index: true, min: 1900, max: 2200 },
    {
      name: 'group',
      type: 'select',
      required: true,
      options: ORIGIN_GROUPS.map((g) => ({ label: ORIGIN_GROUP_LABELS[g].en, value: g })),
    },
    {
      name: 'ageBand',
      type: 'select',
      required: true,
      options: AGE_BANDS.map((b) => ({ label: b, value: b })),
    },
    {
      name: 'count',
      type: 'number',
      min: 0,
      admin: { description: 'Empty: suppressed in the source ("..").' },
    },
    {
      name: 'sourceTable',
      type: 'text',
      required: true,
      admin: { description: 'e.g. Statistics Denmark FOLK1E, or the municipality district counts' },
    },
    { name: 'extractedOn', type: 'date', required: true },
    {
      name: 'illustrative',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Made-up example figures: every screen and report says "illustrative" beside them.',
      },
    },
  ],
}
