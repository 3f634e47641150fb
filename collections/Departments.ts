import type { CollectionConfig } from 'payload'
import { isAdmin } from '../src/access/predicates'

/** The seven administrations (forvaltninger). Editors are scoped to one or more of them. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: 'Department', plural: 'Departments' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name'], group: 'Administration' },
  access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      validate: (value: string | null | undefined) =>
        value && /^[A-ZÆØÅ]{2,6}$/.test(value) ? true : 'Code is 2-6 capital letters, e.g. BIF',
    },
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'slug', type: 'text', required: true, unique: true },
  ],
}
