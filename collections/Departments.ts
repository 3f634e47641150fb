import type { CollectionConfig } from 'payload'
import { isAdmin } from '../src/access/predicates'
import { SLUG_PATTERN } from '../src/content/slugify'
import { stripInvisiblesOnSave } from '../src/content/invisibleCharacters'

/** The seven administrations (forvaltninger). Editors are scoped to one or more of them. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: 'Department', plural: 'Departments' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name'], group: 'Administration' },
  access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeOperation: [stripInvisiblesOnSave] },
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
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      // An identifier in URLs: nothing invisible, only what can be typed and read back.
      validate: (value: string | null | undefined) =>
        value && SLUG_PATTERN.test(value)
          ? true
          : 'Slug may contain only a-z, 0-9 and single hyphens (no spaces or invisible characters)',
    },
  ],
}
