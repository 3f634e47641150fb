import type { Access, CollectionConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'
import { currentUser, hasRole, languagesOf } from '../../../src/access/roles'
import { TARGET_LANGUAGES, TARGET_LOCALES } from '../../../src/languages'
import { TASK_STATE_OPTIONS } from '../../../src/workflow/taskStateOptions'
import { hashesSchema, segmentsSchema } from './taskJsonSchemas'

/** Editors and admins see every task; translators see the queues of their languages. */
const readTasks: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin') || hasRole(user, 'editor')) return true
  if (hasRole(user, 'translator')) return { locale: { in: languagesOf(user) } }
  return false
}

/**
 * One task per document × target language. State changes go through the workflow endpoints
 * (save, approve, send back, retry), which apply the state machine and write the history;
 * direct writes are for admins repairing data.
 */
export const translationTasksCollection = (translated: string[]): CollectionConfig => ({
  slug: 'translation-tasks',
  labels: { singular: 'Translation task', plural: 'Translation tasks' },
  admin: {
    useAsTitle: 'documentTitle',
    defaultColumns: ['documentTitle', 'locale', 'state', 'assignee', 'dueDate', 'updatedAt'],
    group: 'Translation',
    listSearchableFields: ['documentTitle'],
    // Translators and editors work in My queue (/review); the raw collection is for admins repairing data.
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
  },
  access: { read: readTasks, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'taskKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'documentTitle', type: 'text', required: true },
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: translated.map((c) => ({ label: c, value: c })),
    },
    { name: 'documentId', type: 'number', required: true, index: true },
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: TARGET_LOCALES.map((c) => ({ label: TARGET_LANGUAGES[c].label, value: c })),
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: TASK_STATE_OPTIONS,
    },
    { name: 'assignee', type: 'relationship', relationTo: 'users', index: true },
    { name: 'dueDate', type: 'date', index: true },
    {
      name: 'awaitingNotice',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        readOnly: true,
        description:
          'Ready for a translator, who has not been mailed about it yet (the digest clears it).',
      },
    },
    {
      name: 'sourceVersion',
      type: 'text',
      admin: { description: 'updatedAt of the Danish source this task was made from.' },
    },
    {
      name: 'sourceHashes',
      type: 'json',
      typescriptSchema: [hashesSchema],
      admin: { description: 'Segment key → hash of the Danish source it was made from.' },
    },
    {
      name: 'approvedHashes',
      type: 'json',
      typescriptSchema: [hashesSchema],
      admin: { description: 'Segment hashes at the last approval: what changed since is flagged.' },
    },
    {
      name: 'segments',
      type: 'json',
      typescriptSchema: [segmentsSchema],
      admin: { description: 'Per segment: source, translation, origin, QA, changed flag.' },
    },
    { name: 'qaErrors', type: 'number', defaultValue: 0 },
    { name: 'qaWarnings', type: 'number', defaultValue: 0 },
    { name: 'provider', type: 'text' },
    { name: 'billedCharacters', type: 'number', defaultValue: 0 },
    { name: 'failureReason', type: 'textarea' },
    {
      name: 'comments',
      type: 'array',
      fields: [
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date', required: true },
        { name: 'text', type: 'textarea', required: true },
      ],
    },
    {
      name: 'history',
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date', required: true },
        { name: 'from', type: 'text' },
        { name: 'to', type: 'text', required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
})
