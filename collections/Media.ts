import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../src/access/predicates'
import { ALL_LOCALES, languageOf } from '../src/languages'

/** Images and films. Films carry one subtitle file (WebVTT) per language. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { group: 'Content' },
  access: { read: () => true, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR ?? '.data/media'),
    mimeTypes: ['image/*', 'video/mp4', 'video/webm', 'text/vtt'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
    { name: 'caption', type: 'text', localized: true },
    {
      name: 'subtitles',
      type: 'array',
      admin: { description: 'For films: a WebVTT subtitle file per language.' },
      fields: [
        {
          name: 'language',
          type: 'select',
          required: true,
          options: ALL_LOCALES.map((code) => ({ label: languageOf(code).label, value: code })),
        },
        { name: 'file', type: 'upload', relationTo: 'media', required: true },
      ],
    },
  ],
}
