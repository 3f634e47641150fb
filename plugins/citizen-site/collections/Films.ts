import type { CollectionConfig } from 'payload'
import { guardPublishing } from '../../../src/access/publishGuard'
import { sourceFieldUpdate } from '../../../src/access/predicates'
import {
  commonContentFields,
  contentAccess,
  localizedVersions,
} from '../../../collections/shared/contentFields'
import { lifeSituationsField } from '../fields'
import { importDanishSubtitles } from '../hooks/importFilmSubtitles'

/**
 * Films with subtitles in every language. The editor uploads the Danish WebVTT file; its cues
 * become rows whose timings belong to the source (never translated, never editable by
 * translators) and whose text is one translation segment per cue. Each approved language is
 * served as its own WebVTT track, timings exactly as in the Danish file.
 */
export const Films: CollectionConfig = {
  slug: 'films',
  labels: { singular: 'Film', plural: 'Films' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'updatedAt'],
    group: 'Citizen site',
  },
  access: contentAccess,
  versions: localizedVersions,
  hooks: { beforeChange: [importDanishSubtitles, guardPublishing] },
  fields: [
    ...commonContentFields,
    {
      name: 'video',
      type: 'upload',
      relationTo: 'media',
      required: true,
      access: { update: sourceFieldUpdate },
      filterOptions: { mimeType: { like: 'video/' } },
    },
    {
      name: 'danishSubtitles',
      type: 'upload',
      relationTo: 'media',
      access: { update: sourceFieldUpdate },
      filterOptions: { mimeType: { equals: 'text/vtt' } },
      admin: {
        description:
          'The Danish WebVTT file. Its cues are read into the list below on save; translators translate cue by cue.',
      },
    },
    {
      name: 'cues',
      type: 'array',
      admin: {
        description: 'Read from the Danish subtitle file; timings are kept exactly.',
        initCollapsed: true,
      },
      fields: [
        // Timings belong to the source: translators write only the text.
        {
          name: 'startMs',
          type: 'number',
          required: true,
          access: { update: sourceFieldUpdate },
          admin: { readOnly: true },
        },
        {
          name: 'endMs',
          type: 'number',
          required: true,
          access: { update: sourceFieldUpdate },
          admin: { readOnly: true },
        },
        // Not required: a language is complete when its task is approved (QA refuses empty cues);
        // requiring it here would block an admin's direct per-language publish of the other fields.
        { name: 'text', type: 'textarea', localized: true },
      ],
    },
    lifeSituationsField,
  ],
}
