import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Field, Plugin } from 'payload'
import { invalidatePublishedCache } from '../src/api/publishedCache'
import { guardIncomingText } from '../src/content/guardIncomingText'
import { serializeDocumentWrites } from '../src/db/documentLock'
import { GlossaryTerms } from '../collections/translation/GlossaryTerms'
import { TranslationMemory } from '../collections/translation/TranslationMemory'
import { CONTENT_COLLECTIONS, type ContentCollection, TranslationTasks } from '../collections/translation/TranslationTasks'
import { AuditLog } from '../collections/AuditLog'
import { WebhookDeliveries } from '../collections/webhooks/WebhookDeliveries'
import { WebhookEndpoints } from '../collections/webhooks/WebhookEndpoints'
import { enqueuePublishWebhooks } from '../src/webhooks/enqueue'
import { autoSubmitOnPublish } from './autoSubmit'
import { deliverWebhookTask } from './deliverWebhook'
import { workflowEndpoints } from './endpoints'
import { machineTranslateTask } from './machineTranslateTask'
import { sweepTranslationQueueTask } from './sweepTask'
import { translatorDigestTask } from './translatorDigest'
import { auditPublishing } from '../src/access/auditPublishing'
import { consumerFields } from '../src/publishing/consumerFields'
import { publicationChange } from '../src/publishing/publicationChange'
import { publicReadsArePublished, publishedLocalesField, rememberDraftFlag, trackPublishedLocales } from '../src/publishing/publishedLocales'
import { serveDanishForOfflineLanguages } from './offlineLanguages'

export interface TranslationWorkflowOptions {
  /**
   * Per content collection: create translation tasks automatically when the Danish locale is
   * published. When false, editors submit with the button on the document.
   */
  autoSubmitOnPublish?: Partial<Record<(typeof CONTENT_COLLECTIONS)[number], boolean>>
}

/** The language strip and "Submit for translation" button in every content document's sidebar. */
const translationPanelField: Field = {
  name: 'translationPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/admin/TranslationPanel#TranslationPanel' } },
}

const invalidateAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  invalidatePublishedCache()
  return doc
}
/** A draft save changes nothing the public can read; only publishing or withdrawing a language does. */
const invalidateAfterPublish: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (publicationChange(doc, previousDoc, req)) invalidatePublishedCache()
  return doc
}
const invalidateAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidatePublishedCache()
  return doc
}

/** Any write may change a public answer (a department's name, a task going outdated), so any write empties the read cache. */
function withCacheInvalidation(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), invalidateAfterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterDelete],
    },
  }
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
      if (!isContent(collection)) return withCacheInvalidation(collection)
      return {
        ...collection,
        fields: [...collection.fields, translationPanelField, publishedLocalesField, ...consumerFields(collection.slug)],
        hooks: {
          ...collection.hooks,
          beforeOperation: [guardIncomingText, serializeDocumentWrites, rememberDraftFlag, ...(collection.hooks?.beforeOperation ?? []), publicReadsArePublished],
          afterRead: [...(collection.hooks?.afterRead ?? []), serveDanishForOfflineLanguages],
          beforeChange: [...(collection.hooks?.beforeChange ?? []), trackPublishedLocales],
          afterChange: [...(collection.hooks?.afterChange ?? []), auditPublishing, enqueuePublishWebhooks, invalidateAfterPublish, autoSubmitOnPublish(options.autoSubmitOnPublish?.[collection.slug as ContentCollection] ?? false)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterDelete],
        },
      }
    })
    return {
      ...config,
      collections: [...collections, ...[{ ...TranslationTasks, endpoints: workflowEndpoints }, TranslationMemory, GlossaryTerms, AuditLog, WebhookEndpoints, WebhookDeliveries].map(withCacheInvalidation)],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask, machineTranslateTask, sweepTranslationQueueTask, translatorDigestTask],
        // The server runs queued jobs every few seconds; tests run them explicitly.
        autoRun: [{ cron: '*/3 * * * * *', queue: 'default', limit: 20 }],
        shouldAutoRun: () => process.env.CMS_JOBS_AUTORUN !== 'false' && !process.env.VITEST,
      },
      custom: { ...config.custom, translationWorkflow: options },
    }
  }
