/** The translation engine: pure functions on segments, no Payload. */
export {
  segmentDocument,
  applySegmentTranslations,
  sourceHashOf,
  type Segment,
  type TranslatableField,
  type SegmentOptions,
} from './segments'
export {
  markupToInline,
  inlineToMarkup,
  SegmentMarkupError,
  type LexicalNode,
  type Slot,
} from './inline'
export { plainText, tagSequence, tagsBalanced } from './markup'
export { findProtectedSpans, findTermSpans } from './protect'
export { shieldTerms } from './shieldTerms'
export {
  translateSegments,
  type SegmentTranslation,
  type TranslationOrigin,
} from './translateSegments'
export {
  InMemoryTranslationMemory,
  type MemoryEntry,
  type MemoryHit,
  type TranslationMemory,
} from './memory'
export {
  qaCheckSegment,
  hasBlockingIssues,
  type QaIssue,
  type QaCode,
  type GlossaryTerm,
} from './qa'
export { glossaryDictionaries, glossaryEntryProblem, glossaryLocales } from './glossary'
export { createPseudoProvider } from './providers/pseudo'
export {
  capabilitiesFromDeepl,
  capabilitiesFromRecord,
  FALLBACK_CAPABILITIES,
  LanguageListError,
  routeOf,
  type LanguageSupport,
  type MachineRoute,
  type MachineTranslationCapabilities,
} from './providers/capabilities'
export { usageSummary, type UsageSummary } from './providers/usage'
export type {
  MachineTranslationProvider,
  TranslateRequest,
  TranslateResponse,
} from './providers/types'
export * from './providers/errors'
export { matchPercent } from './fuzzy'
