import type { CollectionConfig } from 'payload'
import { guardPublishing } from '../src/access/publishGuard'
import {
  commonContentFields,
  contentAccess,
  localizedVersions,
  sourceSelect,
} from './shared/contentFields'

export const LEAFLET_KINDS = [
  { label: 'General information', value: 'general' },
  { label: 'Complaint guidance', value: 'complaint-guidance' },
  { label: '"If you have questions"', value: 'questions' },
  { label: 'Letter insert', value: 'letter-insert' },
]

/** Information leaflets, including the inserts that go with a Danish letter. */
export const Leaflets: CollectionConfig = {
  slug: 'leaflets',
  labels: { singular: 'Leaflet', plural: 'Leaflets' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'department', 'updatedAt'],
    group: 'Content',
  },
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [...commonContentFields, sourceSelect('kind', LEAFLET_KINDS)],
}
