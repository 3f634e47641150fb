import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../../src/access/predicates'

/**
 * Use of the citizen site, counted without cookies or personal data: one row per page, language
 * and Copenhagen day with a count. No IP address, user agent, referrer or identifier is stored,
 * so nothing can be tied to a person. The annual report reads it. Only the site's counter writes
 * (one SQL upsert per view); people read it.
 */
export const PageViews: CollectionConfig = {
  slug: 'page-views',
  labels: { singular: 'Page view count', plural: 'Page view counts' },
  admin: {
    useAsTitle: 'path',
    defaultColumns: ['day', 'path', 'locale', 'count'],
    group: 'Citizen site',
  },
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  indexes: [{ fields: ['path', 'locale', 'day'], unique: true }],
  fields: [
    {
      name: 'path',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'Site path without language or query, e.g. leaflets/saadan-klager-du' },
    },
    { name: 'locale', type: 'text', required: true, index: true },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'Copenhagen day, YYYY-MM-DD' },
    },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
