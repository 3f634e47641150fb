import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { guardIncomingText } from '../../src/content/guardIncomingText'
import { serializeDocumentWrites } from '../../src/db/documentLock'
import { autoSubmitOnPublish } from './autoSubmit'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { TranslationMemory } from './collections/TranslationMemory'
import { translationTasksCollection } from './collections/TranslationTasks'
import { workflowEndpoints } from './endpoints'
import { machineTranslateTask } from './jobs/machineTranslateTask'
import { recoverInterruptedJobs, requeueOrphanedTasks } from './jobs/recoverJobs'
import { sweepTranslationQueueTask } from './jobs/sweepTask'
import { translatorDigestTask } from './jobs/translatorDigest'
import { refreshCapabilities, refreshDeeplCapabilitiesTask } from './deepl/capabilities'
import { deeplUsageEndpoints } from './deepl/endpoints'
import { DeeplCapabilities, DeeplGlossarySync } from './deepl/globals'
import { syncDeeplGlossaryTask } from './deepl/glossarySync'
import { recordWithdrawalOnTask } from './withdrawal'
import { rememberOptions, type TranslationWorkflowOptions } from './translatedCollections'

export type { TranslationWorkflowOptions } from './translatedCollections'

/** The language strip and "Submit for translation" button in every translated document's sidebar. */
const translationPanelField: Field = {
  name: 'translationPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/admin/TranslationPanel#TranslationPanel' },
  },
}

function withTranslation(collection: CollectionConfig, autoSubmit: boolean): CollectionConfig {
  return {
    ...collection,
    fields: [...collection.fields, translationPanelField],
    hooks: {
      ...collection.hooks,
      // Text is checked before anything else; writes to one document are serialized so a
      // translator's save and a Danish publish never interleave.
      beforeOperation: [
        guardIncomingText,
        serializeDocumentWrites,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        recordWithdrawalOnTask,
        autoSubmitOnPublish(autoSubmit),
      ],
    },
  }
}

/**
 * The translation workflow: translation tasks, memory and glossary (its collections), the review
 * and XLIFF endpoints, the machine-translation, sweep, digest, DeepL-capabilities and
 * glossary-sync jobs, the DeepL usage card, and on every translated collection the panel and the
 * hook that submits a published Danish source.
 */
export const translationWorkflow =
  (options: TranslationWorkflowOptions): Plugin =>
  (config: Config): Config => {
    const translated = Object.keys(options.collections)
    const collections = (config.collections ?? []).map((collection) => {
      const settings = options.collections[collection.slug as keyof typeof options.collections]
      return settings
        ? withTranslation(collection, settings.autoSubmitOnPublish ?? false)
        : collection
    })
    const ownCollections = [
      {
        ...translationTasksCollection(translated),
        endpoints: [...workflowEndpoints, ...deeplUsageEndpoints],
      },
      TranslationMemory,
      GlossaryTerms,
    ]
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // My queue and the dashboard, reachable from Payload's own navigation and dashboard.
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            '/src/admin/ReviewNavLinks#ReviewNavLinks',
          ],
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            '/src/admin/ReviewDashboardCard#ReviewDashboardCard',
            '/src/admin/DeeplUsageCard#DeeplUsageCard',
          ],
        },
      },
      collections: [...collections, ...ownCollections],
      globals: [...(config.globals ?? []), DeeplCapabilities, DeeplGlossarySync],
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          machineTranslateTask,
          sweepTranslationQueueTask,
          translatorDigestTask,
          refreshDeeplCapabilitiesTask,
          syncDeeplGlossaryTask,
        ],
        // The server runs queued jobs every few seconds; tests run them explicitly.
        autoRun: [
          ...(Array.isArray(config.jobs?.autoRun) ? config.jobs.autoRun : []),
          { cron: '*/3 * * * * *', queue: 'default', limit: 20 },
        ],
        shouldAutoRun: () => process.env.CMS_JOBS_AUTORUN !== 'false' && !process.env.VITEST,
      },
      custom: rememberOptions(config.custom, options),
      onInit: async (payload) => {
        await config.onInit?.(payload)
        // A process killed mid-job leaves work behind; take it over on start.
        await recoverInterruptedJobs(payload)
        await requeueOrphanedTasks(payload)
        // What DeepL can do, read at start (then daily): the stored reading if DeepL is down.
        await refreshCapabilities(payload, { atStart: true })
      },
    }
  }
