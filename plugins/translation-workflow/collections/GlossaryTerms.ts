import type { CollectionConfig, Field } from 'payload'
import { isAdmin, isStaff } from '../../../src/access/predicates'
import { TARGET_LANGUAGES, TARGET_LOCALES } from '../../../src/languages'
import { glossaryEntryProblem } from '../../../src/translation/glossary'
import { glossarySyncEndpoints } from '../deepl/endpoints'
import { queueSyncAfterChange, queueSyncAfterDelete } from '../deepl/glossarySync'

/** A glossary-terms document as the engine adapter and the review screen read it. */
/** A glossary term as stored (the generated type). */
export type { GlossaryTerm as GlossaryTermDoc } from '../../../payload-types'

const translationFields: Field[] = TARGET_LOCALES.map((code) => ({
  name: code,
  type: 'text',
  label: `${TARGET_LANGUAGES[code].label} (${code})`,
  admin: { rtl: TARGET_LANGUAGES[code].dir === 'rtl' },
  // Empty means "no fixed translation in this language"; a value must be a valid DeepL entry.
  validate: (value: string | null | undefined) =>
    value
      ? (glossaryEntryProblem(value, `The ${TARGET_LANGUAGES[code].label} translation`) ?? true)
      : true,
}))

/** The DeepL sync state, read-only, on the glossary list and beside every term. */
const SYNC_STATUS = '/src/admin/GlossarySyncStatus#GlossarySyncStatus'

/**
 * The municipality's terminology. Synced to DeepL glossaries where DeepL supports them (by a
 * background job after every change; a save never waits for DeepL), and checked by QA in every
 * language, so "Borgerrådgiveren" is rendered the same way everywhere.
 */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'doNotTranslate', 'en', 'ar'],
    group: 'Translation',
    components: { beforeList: [SYNC_STATUS] },
  },
  hooks: { afterChange: [queueSyncAfterChange], afterDelete: [queueSyncAfterDelete] },
  endpoints: glossarySyncEndpoints,
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'term',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'The Danish term as editors write it.' },
      validate: (value: string | null | undefined) =>
        glossaryEntryProblem(value ?? '', 'The term') ?? true,
    },
    {
      name: 'doNotTranslate',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Names and brands kept as written in every language.' },
    },
    { name: 'translations', type: 'group', fields: translationFields },
    { name: 'note', type: 'textarea', admin: { description: 'Guidance for translators.' } },
    {
      name: 'deeplSync',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: SYNC_STATUS } },
    },
  ],
}
