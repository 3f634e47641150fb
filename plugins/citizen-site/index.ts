import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { maxCharsPerSecondFromEnv } from '../../src/subtitles'
import { Events } from './collections/Events'
import { Films } from './collections/Films'
import { HelpPoints } from './collections/HelpPoints'
import { InterfaceTexts } from './collections/InterfaceTexts'
import { PageViews } from './collections/PageViews'
import { audienceField, lifeSituationsField } from './fields'
import { rebuildPacksAfterDelete, rebuildPacksAfterPublish } from './hooks/queueOfflinePacks'
import { validateSubtitleUpload } from './hooks/validateSubtitleUpload'
import { buildOfflinePacksTask } from './offline/job'
import { filmReadingSpeedQa } from './filmQa'

export interface CitizenSiteOptions {
  /** Existing collections the site shows; they get the audience flag and life situations. */
  citizenCollections?: string[]
  /** Largest upload accepted, in bytes (films are the big ones). Default 512 MB or UPLOAD_MAX_BYTES. */
  uploadMaxBytes?: number
  /** Subtitle reading speed above which QA warns, in characters per second. Default 17 or SUBTITLE_MAX_CPS. */
  maxCharsPerSecond?: number
}

/** The citizen site's collections: translated through the workflow (list them in CONTENT_COLLECTIONS). */
export const CITIZEN_SITE_COLLECTIONS = [
  'interface-texts',
  'help-points',
  'events',
  'films',
] as const
/** Everything the site shows, whose publication rebuilds the offline packs. */
const SHOWN = ['leaflets', 'welcome-materials', ...CITIZEN_SITE_COLLECTIONS]

function withFields(collection: CollectionConfig, fields: Field[]): CollectionConfig {
  const names = new Set(collection.fields.map((f) => ('name' in f ? f.name : '')))
  return {
    ...collection,
    fields: [...collection.fields, ...fields.filter((f) => !('name' in f) || !names.has(f.name))],
  }
}

function withPackRebuild(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), rebuildPacksAfterPublish],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildPacksAfterDelete],
    },
  }
}

/**
 * "Kend din kommune": the citizen site's collections (interface texts, help points, events,
 * films with subtitle cues, page-view counts), the audience flag on the material it shows, the
 * subtitle upload checks and upload size limit, and the offline pack job. Register it before
 * the translation workflow, which then adds its hooks to the new content collections.
 */
export const citizenSite =
  (options: CitizenSiteOptions = {}): Plugin =>
  (config: Config): Config => {
    const citizen = new Set(options.citizenCollections ?? ['leaflets', 'welcome-materials'])
    const existing = (config.collections ?? []).map((collection) => {
      let result = collection
      if (citizen.has(collection.slug))
        result = withFields(result, [audienceField, lifeSituationsField])
      if (collection.slug === 'media') {
        result = {
          ...result,
          hooks: {
            ...result.hooks,
            beforeOperation: [...(result.hooks?.beforeOperation ?? []), validateSubtitleUpload],
          },
        }
      }
      return SHOWN.includes(result.slug) ? withPackRebuild(result) : result
    })
    const uploadMaxBytes =
      options.uploadMaxBytes ?? Number(process.env.UPLOAD_MAX_BYTES ?? 512 * 1024 * 1024)
    const maxCps =
      options.maxCharsPerSecond ?? maxCharsPerSecondFromEnv(process.env.SUBTITLE_MAX_CPS)
    return {
      ...config,
      collections: [
        ...existing,
        ...[InterfaceTexts, HelpPoints, Events, Films].map(withPackRebuild),
        PageViews,
      ],
      upload: {
        ...config.upload,
        limits: { ...config.upload?.limits, fileSize: uploadMaxBytes },
        abortOnLimit: true,
        responseOnLimit: `The file is larger than the upload limit of ${Math.round(uploadMaxBytes / 1024 / 1024)} MB; nothing was stored`,
      },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), buildOfflinePacksTask] },
      custom: {
        ...config.custom,
        citizenSite: { maxCharsPerSecond: maxCps },
        // Read by the translation workflow's QA: extra per-segment checks of a collection.
        segmentQa: {
          ...(config.custom?.segmentQa as object | undefined),
          films: filmReadingSpeedQa(maxCps),
        },
      },
    }
  }
