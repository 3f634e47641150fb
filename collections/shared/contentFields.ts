import type { CollectionConfig, Field } from 'payload'
import { ValidationError } from 'payload'
import {
  canCreateSource,
  canDeleteContent,
  canUpdateContent,
  readPublishedOrStaff,
  readVersionsStaffOnly,
  sourceFieldUpdate,
} from '../../src/access/predicates'
import { SLUG_PATTERN, slugify } from '../../src/content/slugify'
import { SOURCE_LOCALE } from '../../src/languages'
import { richTextProblem, unsafeCharacterProblem } from '../../src/content/textSafety'

/** Same in every language, owned by the editor: `slug`, derived from the Danish title when empty. */
export const slugField: Field = {
  name: 'slug',
  type: 'text',
  // Not `required` in the schema: clients may omit it and get one made from the title; the
  // validator below still refuses to store a document without one.
  unique: true,
  index: true,
  access: { update: sourceFieldUpdate },
  admin: { position: 'sidebar', description: 'Made from the Danish title when left empty.' },
  validate: (value: string | null | undefined) => {
    if (!value) return 'A slug is required; give the document a Danish title to have one made'
    return SLUG_PATTERN.test(value) ? true : 'Slug may contain only a-z, 0-9 and single hyphens'
  },
  hooks: {
    beforeValidate: [
      ({ value, data, req }) => {
        if (value) return value
        const title = (data as { title?: unknown } | undefined)?.title
        return typeof title === 'string' && req.locale === SOURCE_LOCALE ? slugify(title) : value
      },
    ],
  },
}

export const departmentField: Field = {
  name: 'department',
  type: 'relationship',
  relationTo: 'departments',
  required: true,
  index: true,
  access: { update: sourceFieldUpdate },
  admin: { position: 'sidebar' },
}

export const titleField: Field = {
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  maxLength: 300,
  validate: (value: string | null | undefined) => {
    if (!value?.trim()) return 'A title is required'
    if (value.length > 300) return `The title is ${value.length} characters; the limit is 300`
    return unsafeCharacterProblem(value, 'The title') ?? true
  },
}
export const summaryField: Field = {
  name: 'summary',
  type: 'textarea',
  localized: true,
  maxLength: 2000,
  validate: (value: string | null | undefined) => {
    if (value && value.length > 2000)
      return `The summary is ${value.length} characters; the limit is 2000`
    return (value && unsafeCharacterProblem(value, 'The summary')) || true
  },
}
export const bodyField: Field = {
  name: 'body',
  type: 'richText',
  localized: true,
  validate: (value: unknown) => richTextProblem(value) ?? true,
}

/** Title, slug, summary, body and owning department: what every content collection shares. */
export const commonContentFields: Field[] = [
  titleField,
  slugField,
  departmentField,
  summaryField,
  bodyField,
]

/**
 * Drafts with per-locale status: each language is published on its own, so an approved Arabic
 * translation goes live without publishing an unreviewed Turkish draft.
 */
export const localizedVersions: CollectionConfig['versions'] = {
  drafts: { localizeStatus: true, validate: false },
  maxPerDoc: 50,
}

/** A select that is the same in every language and owned by the source editor. */
export function sourceSelect(
  name: string,
  options: Array<{ label: string; value: string }>,
  required = true,
): Field {
  return {
    name,
    type: 'select',
    options,
    required,
    access: { update: sourceFieldUpdate },
    admin: { position: 'sidebar' },
  }
}

export function rejectRequest(message: string, path: string): never {
  throw new ValidationError({ errors: [{ message, path }] })
}

export const contentAccess: CollectionConfig['access'] = {
  read: readPublishedOrStaff,
  readVersions: readVersionsStaffOnly,
  create: canCreateSource,
  update: canUpdateContent,
  delete: canDeleteContent,
}
