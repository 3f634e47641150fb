import type { CollectionConfig, Config, Plugin } from 'payload'
import { GlossaryTerms } from '../collections/translation/GlossaryTerms'
import { TranslationMemory } from '../collections/translation/TranslationMemory'
import { CONTENT_COLLECTIONS, TranslationTasks } from '../collections/translation/TranslationTasks'
import { AuditLog } from '../collections/AuditLog'
import { auditPublishing } from '../src/access/auditPublishing'
import { consumerFields } from '../src/publishing/consumerFields'
import { publicReadsArePublished, publishedLocalesField, trackPublishedLocales } from '../src/publishing/publishedLocales'

export interface TranslationWorkflowOptions {
  /**
   * Per content collection: create translation tasks automatically when the Danish locale is
   * published. When false, editors submit with the button on the document.
   */
  autoSubmitOnPublish?: Partial<Record<(typeof CONTENT_COLLECTIONS)[number], boolean>>
}

function isContent(collection: CollectionConfig): boolean {
  return (CONTENT_COLLECTIONS as readonly string[]).includes(collection.slug)
}

/**
 * Everything the translation workflow adds to a Payload config: its collections, the hooks on
 * every content collection, its endpoints and jobs. Content collections stay plain config.
 */
export const translationWorkflow =
  (options: TranslationWorkflowOptions = {}): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      if (!isContent(collection)) return collection
      return {
        ...collection,
        fields: [...collection.fields, publishedLocalesField, ...consumerFields(collection.slug)],
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), publicReadsArePublished],
          beforeChange: [...(collection.hooks?.beforeChange ?? []), trackPublishedLocales],
          afterChange: [...(collection.hooks?.afterChange ?? []), auditPublishing],
        },
      }
    })
    return {
      ...config,
      collections: [...collections, TranslationTasks, TranslationMemory, GlossaryTerms, AuditLog],
      custom: { ...config.custom, translationWorkflow: options },
    }
  }
