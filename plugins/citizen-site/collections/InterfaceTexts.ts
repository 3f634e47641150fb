import type { CollectionConfig, TextField } from 'payload'
import { sourceFieldUpdate } from '../../../src/access/predicates'
import { guardPublishing } from '../../../src/access/publishGuard'
import {
  contentAccess,
  departmentField,
  localizedVersions,
  titleField,
} from '../../../collections/shared/contentFields'

/**
 * The citizen site's own words (navigation, headings, labels, notices), one document per key.
 * A content collection like any other: its Danish is published by an admin, every language is
 * translated, reviewed and published through the translation workflow, and the site shows only
 * approved text (the Danish, marked, where a language is not approved yet).
 */
export const InterfaceTexts: CollectionConfig = {
  slug: 'interface-texts',
  labels: { singular: 'Interface text', plural: 'Interface texts' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['key', 'title', 'updatedAt'],
    group: 'Citizen site',
    listSearchableFields: ['key', 'title'],
  },
  // Owned by a department like every content document (the one running the site writes the Danish).
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: sourceFieldUpdate },
      admin: {
        position: 'sidebar',
        description: 'Where the site uses the text, e.g. nav.home. Never translated.',
      },
    },
    // `title` so the workflow, the queue and the review screen name the task by its text.
    { ...(titleField as TextField), label: 'Text' },
    departmentField,
    {
      name: 'context',
      type: 'textarea',
      access: { update: sourceFieldUpdate },
      admin: { description: 'For translators: where the text appears and how long it may be.' },
    },
  ],
}
