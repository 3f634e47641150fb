import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'
import { MONTH_PATTERN } from '../../../src/followup/noShows'
import { noShowWrites, readFollowUp } from '../access'

const count = (name: string, label: string) => ({
  name,
  label,
  type: 'number' as const,
  min: 0,
  defaultValue: 0,
  required: true,
})

const split = (name: string, label: string) => ({
  name,
  label,
  type: 'group' as const,
  fields: [count('invitations', 'Invitations sent'), count('noShows', 'No-shows')],
})

/** No more no-shows than invitations; one row per unit and month. */
const checkMonth: CollectionBeforeValidateHook = async ({ data, originalDoc, req, operation }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const errors: Array<{ path: string; message: string }> = []
  for (const part of ['withTranslation', 'withoutTranslation']) {
    const g = (merged[part] ?? {}) as { invitations?: number; noShows?: number }
    if (
      typeof g.invitations === 'number' &&
      typeof g.noShows === 'number' &&
      g.noShows > g.invitations
    ) {
      errors.push({
        path: `${part}.noShows`,
        message: `${g.noShows} no-shows exceed ${g.invitations} invitations`,
      })
    }
  }
  const unit =
    typeof merged.unit === 'object' && merged.unit
      ? (merged.unit as { id: number }).id
      : merged.unit
  if (unit && typeof merged.month === 'string') {
    const clash = await req.payload.find({
      collection: 'no-show-months',
      where: {
        and: [
          { unit: { equals: unit } },
          { month: { equals: merged.month } },
          ...(operation === 'update' && originalDoc
            ? [{ id: { not_equals: originalDoc.id } }]
            : []),
        ],
      },
      limit: 1,
      depth: 0,
      req,
    })
    if (clash.docs.length)
      errors.push({ path: 'month', message: `this unit already has a row for ${merged.month}` })
  }
  if (errors.length) throw new ValidationError({ collection: 'no-show-months', errors })
  return data
}

/**
 * Per unit and month: invitations and no-shows, split by letters sent with and without a
 * translation. From the case system's CSV, the letter composer's counts, or typed in.
 */
export const NoShowMonths: CollectionConfig = {
  slug: 'no-show-months',
  labels: { singular: 'No-show month', plural: 'No-show months' },
  admin: { useAsTitle: 'month', defaultColumns: ['unit', 'month', 'source'], group: 'Follow-up' },
  access: { read: readFollowUp, ...noShowWrites },
  hooks: { beforeValidate: [checkMonth] },
  fields: [
    { name: 'unit', type: 'relationship', relationTo: 'units', required: true, index: true },
    {
      name: 'month',
      type: 'text',
      required: true,
      index: true,
      validate: (v: string | null | undefined) =>
        v && MONTH_PATTERN.test(v) ? true : 'month is YYYY-MM, e.g. 2025-03',
    },
    split('withTranslation', 'Letters with a translation'),
    split('withoutTranslation', 'Letters without a translation'),
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: [
        { label: 'Case system import', value: 'case-system' },
        { label: 'Letter composer counts', value: 'letters' },
        { label: 'Typed in', value: 'manual' },
        { label: 'Illustrative demo data', value: 'illustrative' },
      ],
    },
  ],
}
