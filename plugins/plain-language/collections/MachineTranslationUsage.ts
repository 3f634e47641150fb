import type { CollectionConfig } from 'payload'
import { isAdminOrEditor, nobody } from '../access'

/**
 * The ledger of billed machine-translation characters, one row per provider call that billed,
 * by department and year. Append-only and written by the server, so parallel jobs never lose a
 * count (no read-modify-write of a running total).
 */
export const MachineTranslationUsage: CollectionConfig = {
  slug: 'machine-translation-usage',
  labels: { singular: 'Machine-translation use', plural: 'Machine-translation use' },
  admin: {
    defaultColumns: ['at', 'department', 'locale', 'characters', 'reservation'],
    group: 'Plain language',
  },
  access: { read: isAdminOrEditor, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    { name: 'at', type: 'date', required: true },
    { name: 'year', type: 'number', required: true, index: true },
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true },
    { name: 'task', type: 'relationship', relationTo: 'translation-tasks' },
    { name: 'locale', type: 'text' },
    { name: 'characters', type: 'number', required: true },
    {
      // Held by a machine pass in flight, so parallel passes cannot together overspend the budget;
      // deleted once the pass has billed (or failed). A crashed pass's hold expires (budgets.ts).
      name: 'reservation',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Characters held for a machine pass in flight, not yet billed' },
    },
  ],
}
