/**
 * What the workflow needs from the translation engine, in the workflow's own terms. The one file
 * that knows the engine's API (src/translation), so the Payload side stays readable.
 */
import type { TargetLocale } from '../../../src/languages'

export type SegmentOrigin = 'memory-human' | 'memory-machine' | 'machine' | 'needs-human' | 'human' | 'kept'

export interface QaIssue {
  code: string
  severity: 'error' | 'warning'
  message: string
}

export interface SourceSegment {
  key: string
  text: string
  sourceHash: string
}

/** A segment as the task stores it and the review screen shows it. */
export interface TaskSegment {
  key: string
  sourceHash: string
  source: string
  text: string
  origin: SegmentOrigin
  /** The Danish changed since the last approval. */
  changed: boolean
  qa: QaIssue[]
}

export interface MachineResult {
  texts: Map<string, { text: string; origin: SegmentOrigin }>
  billedCharacters: number
  provider: string
}

export interface TranslationEngine {
  /** Reloads the glossary (and syncs it to DeepL when it changed). */
  refresh(): Promise<void>
  segment(collection: string, doc: Record<string, unknown>): SourceSegment[]
  translate(args: { segments: SourceSegment[]; target: TargetLocale; context: string }): Promise<MachineResult>
  apply(collection: string, sourceDoc: Record<string, unknown>, texts: Map<string, string>, locale?: TargetLocale): Record<string, unknown>
  qa(source: string, text: string, target: TargetLocale): QaIssue[]
  recordHumanTranslations(entries: Array<{ sourceHash: string; source: string; text: string; target: TargetLocale }>): Promise<void>
}
