/**
 * What the workflow needs from the translation engine, in the workflow's own terms. The one file
 * that knows the engine's API (src/translation), so the Payload side stays readable.
 */
import type { TargetLocale } from '../../../src/languages'

import type { TaskSegment } from '../../../payload-types'

export type { TaskSegment }
export type SegmentOrigin = TaskSegment['origin']

export interface QaIssue {
  code: string
  severity: 'error' | 'warning'
  message: string
  /** e.g. `{ missing: ['b', 'x#0'], added: [] }` for tags-changed: the review screen names the codes in words. */
  details?: Record<string, unknown>
}

export interface SourceSegment {
  key: string
  text: string
  sourceHash: string
}

export interface MachineResult {
  texts: Map<string, { text: string; origin: SegmentOrigin; reason?: string }>
  billedCharacters: number
  provider: string
}

export interface TranslationEngine {
  /** Why no machine translation is made (production without a DeepL key), or null when it is. */
  machineTranslationOff: string | null
  /** Whether DeepL (its /v3/languages, else the fallback table) translates into `target` at all. */
  offersLanguage(target: TargetLocale): Promise<boolean>
  /** Reloads the glossary and the id of the last DeepL glossary synced. */
  refresh(): Promise<void>
  segment(collection: string, doc: Record<string, unknown>): SourceSegment[]
  translate(args: {
    segments: SourceSegment[]
    target: TargetLocale
    context: string
  }): Promise<MachineResult>
  apply(
    collection: string,
    sourceDoc: Record<string, unknown>,
    texts: Map<string, string>,
    locale?: TargetLocale,
  ): Record<string, unknown>
  qa(source: string, text: string, target: TargetLocale): QaIssue[]
  recordHumanTranslations(
    entries: Array<{ sourceHash: string; source: string; text: string; target: TargetLocale }>,
  ): Promise<void>
}
