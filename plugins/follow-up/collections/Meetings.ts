import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'
import { ORIGIN_GROUP_LABELS } from '../../../src/followup/groups'
import { ALL_LOCALES, languageOf } from '../../../src/languages'
import { meetingWrites, readFollowUp } from '../access'

export const MEETING_KINDS = [
  { label: 'Citizen meeting', value: 'citizen-meeting' },
  { label: 'Working group', value: 'working-group' },
  { label: 'Steering group', value: 'steering-group' },
  { label: 'Information meeting', value: 'information-meeting' },
  { label: 'Market day', value: 'market-day' },
  { label: 'Event', value: 'event' },
] as const

const count = (name: string, label: string) => ({
  name,
  label,
  type: 'number' as const,
  min: 0,
  defaultValue: 0,
  admin: { step: 1 },
})

const day = (value: unknown): string | null =>
  typeof value === 'string' && value
    ? value.slice(0, 10)
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : null

/**
 * Checks that need more than one field: attendance adds up, only after the meeting, and every
 * reflection answer was given before the meeting (they are the preparation for it).
 */
const checkMeeting: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const errors: Array<{ path: string; message: string }> = []
  const date = day(merged.date)
  const attendance = (merged.attendance ?? {}) as Record<string, unknown>
  const parts = ['danish', 'immigrants', 'descendants', 'notStated'] as const
  const values = parts.map((p) => Number(attendance[p] ?? 0))
  const total = Number(attendance.total ?? 0)
  for (const [i, p] of parts.entries()) {
    if (!Number.isInteger(values[i]) || values[i] < 0)
      errors.push({
        path: `attendance.${p}`,
        message: `${p} must be a whole number >= 0, got ${attendance[p]}`,
      })
  }
  if (!Number.isInteger(total) || total < 0)
    errors.push({
      path: 'attendance.total',
      message: `total must be a whole number >= 0, got ${attendance.total}`,
    })
  else if (
    values.every((v) => Number.isInteger(v) && v >= 0) &&
    values.reduce((s, v) => s + v, 0) !== total
  ) {
    errors.push({
      path: 'attendance.total',
      message: `attendance does not add up: ${parts.map((p, i) => `${p} ${values[i]}`).join(' + ')} = ${values.reduce((s, v) => s + v, 0)}, not the total ${total}`,
    })
  }
  if (date && total > 0 && date > new Date().toISOString().slice(0, 10))
    errors.push({
      path: 'attendance.total',
      message: `attendance can be recorded after the meeting (${date}), not before`,
    })
  const answers = Array.isArray(merged.reflectionAnswers)
    ? (merged.reflectionAnswers as Array<Record<string, unknown>>)
    : []
  answers.forEach((answer, i) => {
    const answered = day(answer.answeredOn)
    if (date && answered && answered > date)
      errors.push({
        path: `reflectionAnswers.${i}.answeredOn`,
        message: `reflection answer ${i + 1} is dated ${answered}, after the meeting on ${date}: the reflection questions are due before the meeting`,
      })
  })
  if (errors.length) throw new ValidationError({ collection: 'meetings', errors })
  return data
}

/**
 * Citizen meetings, working and steering groups, information meetings, market days and events:
 * what was prepared (methods, invitation languages, reflection answers), who came (counts by
 * origin group only, never names) and what was learned, readable by every department.
 */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: { singular: 'Meeting', plural: 'Meetings' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'area', 'department'],
    group: 'Follow-up',
  },
  access: { read: readFollowUp, ...meetingWrites },
  defaultSort: '-date',
  hooks: { beforeValidate: [checkMeeting] },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: MEETING_KINDS.map((k) => ({ ...k })) },
    {
      name: 'date',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'area', type: 'relationship', relationTo: 'areas', required: true, index: true },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
    },
    {
      name: 'methods',
      type: 'relationship',
      relationTo: 'methods',
      hasMany: true,
      admin: { description: 'From the method catalogue.' },
    },
    {
      name: 'invitationLanguages',
      type: 'select',
      hasMany: true,
      options: ALL_LOCALES.map((code) => ({
        label: `${languageOf(code).label} (${languageOf(code).nativeName})`,
        value: code,
      })),
    },
    {
      name: 'reflectionAnswers',
      type: 'array',
      admin: {
        description:
          'The reflection questions answered before the meeting, each with a note and when it was answered.',
      },
      fields: [
        { name: 'questionGroup', type: 'relationship', relationTo: 'reflection-questions' },
        { name: 'question', type: 'text', required: true },
        { name: 'note', type: 'textarea', required: true },
        {
          name: 'answeredOn',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'attendance',
      type: 'group',
      admin: {
        description:
          'After the meeting: how many came, by origin group. Counts only, no names. The groups must add up to the total.',
      },
      fields: [
        count('danish', ORIGIN_GROUP_LABELS.danish.en),
        count('immigrants', ORIGIN_GROUP_LABELS.immigrants.en),
        count('descendants', ORIGIN_GROUP_LABELS.descendants.en),
        count('notStated', 'Not stated'),
        count('total', 'Total'),
      ],
    },
    {
      name: 'illustrative',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Demo record (seed or bench), not a real meeting: the report marks it.',
      },
    },
    {
      name: 'learned',
      type: 'textarea',
      admin: { description: 'What was learned, for other departments planning similar meetings.' },
    },
  ],
}
