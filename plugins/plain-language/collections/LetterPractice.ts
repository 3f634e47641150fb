import type { Access, CollectionConfig } from 'payload'
import { currentUser, departmentIdsOf, hasRole } from '../../../src/access/roles'
import { analysePlainText } from '../../../src/readability'
import { isStaffUser } from '../access'
import { plainWordList } from '../wordListCache'
import { forbidden } from '../../../src/api/httpErrors'

export const LETTER_TYPES = [
  { label: 'Decision (afgørelse)', value: 'decision' },
  { label: 'Meeting invitation (indkaldelse)', value: 'meeting-invitation' },
  { label: 'Reminder (rykker)', value: 'reminder' },
  { label: 'Request for documents (partshøring, bilag)', value: 'request' },
  { label: 'Information', value: 'information' },
  { label: 'Complaint guidance (klagevejledning)', value: 'complaint-guidance' },
  { label: 'Other', value: 'other' },
] as const

/** Published examples are for everyone; drafts (submitted, not yet published) for staff. */
const readPractice: Access = ({ req }) =>
  isStaffUser({ req }) ? true : { _status: { equals: 'published' } }

/** Any editor submits examples for their departments; admins publish them. */
const createPractice: Access = ({ req }) => {
  const user = currentUser(req)
  return hasRole(user, 'admin') || hasRole(user, 'editor')
}
const updatePractice: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const departments = departmentIdsOf(user)
  return hasRole(user, 'editor') && departments.length ? { department: { in: departments } } : false
}

const scoreField = (name: string, label: string) =>
  ({
    name,
    label,
    type: 'json',
    admin: { readOnly: true, description: 'LIX of the passage (computed on save).' },
  }) as const

/**
 * The inspiration catalogue of good letter practice (strategy, initiative 1): a real passage
 * before and after rewriting, with the LIX of each, what was changed and why, tagged by
 * department and letter type. Shared across departments; Danish by nature (the examples are
 * Danish letters). Passages must be anonymised before they are submitted.
 */
export const LetterPractice: CollectionConfig = {
  slug: 'letter-practice',
  labels: { singular: 'Letter practice example', plural: 'Letter practice catalogue' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'letterType', 'beforeLix', 'afterLix', '_status'],
    group: 'Plain language',
    description:
      'Before and after examples of real (anonymised) letter passages. Any editor can submit an example as a draft; an admin publishes it.',
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: readPractice,
    create: createPractice,
    update: updatePractice,
    delete: updatePractice,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'letterType',
      type: 'select',
      required: true,
      index: true,
      options: LETTER_TYPES.map((t) => ({ ...t })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'before',
      type: 'textarea',
      required: true,
      admin: {
        description: 'The passage as it was sent (anonymised: no names, CPR or addresses).',
      },
    },
    {
      name: 'after',
      type: 'textarea',
      required: true,
      admin: { description: 'The same passage in plain Danish.' },
    },
    {
      name: 'whatChanged',
      type: 'textarea',
      required: true,
      admin: {
        description:
          'What was changed, e.g. "active verbs, one message per sentence, du instead of De".',
      },
    },
    {
      name: 'why',
      type: 'textarea',
      admin: { description: 'Why it works better for the reader.' },
    },
    scoreField('beforeLix', 'LIX before'),
    scoreField('afterLix', 'LIX after'),
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req, operation }) => {
        const user = currentUser(req)
        if (data._status === 'published' && user && !hasRole(user, 'admin')) {
          throw forbidden(
            'An admin publishes letter practice examples; save yours as a draft to submit it.',
          )
        }
        if (user && !hasRole(user, 'admin')) {
          const department = data.department ?? originalDoc?.department
          const id = department && typeof department === 'object' ? department.id : department
          if (!departmentIdsOf(user).map(String).includes(String(id)))
            throw forbidden('department: submit examples for your own department')
        }
        const wordList = await plainWordList(req.payload)
        const before = String(data.before ?? originalDoc?.before ?? '')
        const after = String(data.after ?? originalDoc?.after ?? '')
        const compact = (text: string) => {
          const r = analysePlainText(text, { wordList })
          return r.status === 'scored'
            ? {
                status: r.status,
                lix: r.lix,
                score: r.score,
                label: r.label,
                labelDa: r.labelDa,
                words: r.counts.words,
                sentences: r.counts.sentences,
                longWords: r.counts.longWords,
              }
            : { status: r.status, message: r.message }
        }
        return {
          ...data,
          beforeLix: compact(before),
          afterLix: compact(after),
          ...(operation === 'create' && user ? { submittedBy: user.id } : {}),
        }
      },
    ],
  },
}
