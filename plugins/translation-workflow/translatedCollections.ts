import type { CollectionSlug, SanitizedConfig } from 'payload'
import type { TranslationTask } from '../../payload-types'

/** A collection the workflow translates; the generated type lists the ones payload.config.ts names. */
export type TranslatedCollection = TranslationTask['collection']

export interface TranslatedCollectionOptions {
  /** Publishing the Danish creates or updates the tasks; otherwise editors press "Submit for translation". */
  autoSubmitOnPublish?: boolean
}

export interface TranslationWorkflowOptions {
  /** Which collections are translated, and how: the one list, written in payload.config.ts. */
  collections: Partial<Record<CollectionSlug, TranslatedCollectionOptions>>
}

const CUSTOM_KEY = 'translationWorkflow'

export function rememberOptions(
  custom: Record<string, unknown> | undefined,
  options: TranslationWorkflowOptions,
): Record<string, unknown> {
  return { ...custom, [CUSTOM_KEY]: options }
}

/** The translated collections of a running config, in the order payload.config.ts lists them. */
export function translatedCollections(
  config: Pick<SanitizedConfig, 'custom'>,
): TranslatedCollection[] {
  const options = config.custom?.[CUSTOM_KEY] as TranslationWorkflowOptions | undefined
  return Object.keys(options?.collections ?? {}) as TranslatedCollection[]
}

export function isTranslatedCollection(
  config: Pick<SanitizedConfig, 'custom'>,
  slug: unknown,
): slug is TranslatedCollection {
  return typeof slug === 'string' && (translatedCollections(config) as string[]).includes(slug)
}
