import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  Plugin,
} from 'payload'
import { createLocalReq } from 'payload'
import { backfillLiveDocuments } from '../../src/delivery/projection'
import { auditPublishing } from './auditPublishing'
import { AuditLog } from './collections/AuditLog'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookAttempts } from './collections/WebhookAttempts'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { consumerFields } from './consumerFields'
import { deliverWebhookTask } from './jobs/deliverWebhook'
import { publicationChange } from './publicationChange'
import { invalidatePublishedCache } from './publishedCache'
import {
  adminsWithdraw,
  publicReadsArePublished,
  publishedLocalesField,
  rememberDraftFlag,
  trackPublishedLocales,
} from './publishedLocales'
import { serveDanishForOfflineLanguages } from './serveDanishForOfflineLanguages'
import { enqueuePublishWebhooks } from './webhooks/enqueue'
import { projectLiveChange, projectLiveDeletion, refreshStatusAfterTaskChange } from './projectLive'
import { LiveDocuments } from '../../src/delivery/liveDocumentsCollection'
import { isDeliveredCollection } from '../../src/delivery/contract'

export interface PublishingOptions {
  /** The collections published per language (the translated ones). */
  collections: string[]
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

function withPublishing(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: [...collection.fields, publishedLocalesField, ...consumerFields(collection.slug)],
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        rememberDraftFlag,
        ...(collection.hooks?.beforeOperation ?? []),
        publicReadsArePublished,
      ],
      afterRead: [...(collection.hooks?.afterRead ?? []), serveDanishForOfflineLanguages],
      beforeChange: [
        ...(collection.hooks?.beforeChange ?? []),
        adminsWithdraw,
        trackPublishedLocales,
      ],
      // Audit, webhooks and the cache see a publish before any other feature reacts to it; the
      // read model is written last, once the workflow has marked other languages outdated.
      afterChange: [
        auditPublishing,
        enqueuePublishWebhooks,
        invalidateAfterPublish,
        ...(collection.hooks?.afterChange ?? []),
        projectLiveChange,
      ],
      afterDelete: [
        ...(collection.hooks?.afterDelete ?? []),
        invalidateAfterDelete,
        projectLiveDeletion,
      ],
    },
  }
}

/**
 * Publishing per language: consumer fields (lang, dir, html, translationStatus...), tracking of the
 * published locales, the Danish fallback, the public read cache, webhooks and the audit log.
 * Listed after the features that add collections, so the cache hears of every write.
 */
export const publishing =
  (options: PublishingOptions): Plugin =>
  (config: Config): Config => {
    const published = new Set(options.collections)
    const undeliverable = options.collections.filter((slug) => !isDeliveredCollection(slug))
    if (undeliverable.length)
      throw new Error(
        `publishing: add ${undeliverable.join(', ')} to DELIVERED_COLLECTIONS in src/delivery/contract.ts`,
      )
    const collections = (config.collections ?? []).map((collection) => {
      if (published.has(collection.slug)) return withPublishing(collection)
      const withCache = withCacheInvalidation(collection)
      if (collection.slug !== 'translation-tasks') return withCache
      return {
        ...withCache,
        hooks: {
          ...withCache.hooks,
          afterChange: [...(withCache.hooks?.afterChange ?? []), refreshStatusAfterTaskChange],
        },
      }
    })
    return {
      ...config,
      collections: [
        ...collections,
        ...[AuditLog, WebhookEndpoints, WebhookDeliveries, WebhookAttempts].map(
          withCacheInvalidation,
        ),
        LiveDocuments,
      ],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        const projected = await backfillLiveDocuments(
          await createLocalReq({}, payload),
          options.collections.filter(isDeliveredCollection),
        )
        if (projected)
          payload.logger.info(
            `Delivery read model: projected ${projected} document(s) that were live before it existed`,
          )
      },
      // First in the list: the job enum's order is part of the database schema.
      jobs: { ...config.jobs, tasks: [deliverWebhookTask, ...(config.jobs?.tasks ?? [])] },
    }
  }
