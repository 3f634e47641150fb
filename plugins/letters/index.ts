import type { Config, Plugin } from 'payload'
import { LetterCounts } from './collections/LetterCounts'
import { letterEndpoints } from './endpoints/letterEndpoints'
import { LetterSettings } from './globals/LetterSettings'

/**
 * Letters for case workers: the composer's endpoints (preview, one PDF, a CSV batch as a streamed
 * ZIP), the default inserts (global `letter-settings`) and the counts kept for the follow-up
 * (collection `letter-counts`). Content is read only through src/print/publishedContent.ts.
 */
export const letters =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), LetterCounts],
    globals: [...(config.globals ?? []), LetterSettings],
    endpoints: [...(config.endpoints ?? []), ...letterEndpoints],
  })
