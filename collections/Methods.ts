import type { CollectionConfig } from 'payload'
import { guardPublishing } from '../src/access/publishGuard'
import {
  commonContentFields,
  contentAccess,
  localizedVersions,
  sourceSelect,
} from './shared/contentFields'

/** The method catalogue: ways to involve citizens and examples of good letter practice. */
export const Methods: CollectionConfig = {
  slug: 'methods',
  labels: { singular: 'Method', plural: 'Methods' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'department'],
    group: 'Content',
  },
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [
    ...commonContentFields,
    sourceSelect('category', [
      { label: 'Citizen involvement', value: 'citizen-involvement' },
      { label: 'Good letter practice', value: 'good-letter-practice' },
    ]),
  ],
}
