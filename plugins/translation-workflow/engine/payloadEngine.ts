import type { Payload } from 'payload'
import { directionOf, type TargetLocale } from '../../../src/languages'
import {
  applySegmentTranslations,
  type GlossaryTerm,
  type MachineTranslationProvider,
  qaCheckSegment,
  segmentDocument,
  translateSegments,
} from '../../../src/translation'
import {
  createProviderFromEnv,
  machineTranslationOffReason,
  syncDeeplGlossary,
} from '../../../src/adapters'
import type { GlossaryTermDoc } from '../collections/GlossaryTerms'
import type { TranslationEngine } from './port'
import { translatableFields } from './fieldSpecs'
import { payloadTranslationMemory } from './memoryStore'

function toTerm(doc: GlossaryTermDoc): GlossaryTerm {
  const translations = Object.fromEntries(
    Object.entries(doc.translations ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()),
  ) as Partial<Record<TargetLocale, string>>
  return {
    source: doc.term,
    translations,
    doNotTranslate: Boolean(doc.doNotTranslate),
    note: doc.note ?? undefined,
  }
}

/** The engine wired to this CMS: its collections' fields, its Postgres memory, its glossary, DeepL or pseudo. */
export function createTranslationEngine(
  payload: Payload,
  provider: MachineTranslationProvider | null = createProviderFromEnv(),
  offReason: string | null = provider
    ? null
    : (machineTranslationOffReason() ?? 'Machine translation is off'),
): TranslationEngine {
  const memory = payloadTranslationMemory(payload)
  let glossary: GlossaryTerm[] = []
  let glossaryKey = ''
  let glossaryId: string | undefined
  let glossarySyncError: string | null = null

  const refresh = async () => {
    const docs = await payload.find({
      collection: 'glossary-terms',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    glossary = docs.docs.map(toTerm)
    const key = JSON.stringify(glossary)
    if (key !== glossaryKey && provider?.name === 'deepl' && process.env.DEEPL_AUTH_KEY) {
      // The DeepL glossary is a help, not a gate: if the sync fails, saves, approvals and
      // translations go on (QA still checks every term) and the next refresh tries again.
      try {
        glossaryId =
          (await syncDeeplGlossary(
            {
              authKey: process.env.DEEPL_AUTH_KEY,
              serverUrl: process.env.DEEPL_SERVER_URL || undefined,
            },
            glossary,
            glossaryId,
          )) ?? undefined
        glossarySyncError = null
      } catch (error) {
        glossarySyncError = error instanceof Error ? error.message : String(error)
        payload.logger.warn(
          `DeepL glossary sync failed; translating without it until the next try: ${glossarySyncError}`,
        )
        return
      }
    }
    glossaryKey = key
  }

  return {
    machineTranslationOff: offReason,
    refresh,
    segment: (collection, doc) =>
      segmentDocument(doc, translatableFields(payload, collection)).map((s) => ({
        key: s.key,
        text: s.text,
        sourceHash: s.sourceHash,
      })),
    async translate({ segments, target, context }) {
      if (!provider) throw new Error(offReason ?? 'Machine translation is off')
      await refresh()
      const byKey = new Map(segments.map((s) => [s.key, s]))
      // Translation needs only markup and hashes; slots matter when joining, which re-segments the source.
      const full = segments.map((s) => ({ ...s, kind: 'rich' as const, slots: [] }))
      const result = await translateSegments({
        segments: full,
        target,
        provider,
        memory,
        glossary,
        glossaryId,
        context,
      })
      return {
        texts: new Map(
          result.translations
            .filter((t) => byKey.has(t.key))
            .map((t) => [t.key, { text: t.text, origin: t.origin, reason: t.reason }]),
        ),
        billedCharacters: result.billedCharacters,
        provider: provider.label,
      }
    },
    apply: (collection, sourceDoc, texts, locale) =>
      applySegmentTranslations(sourceDoc, translatableFields(payload, collection), texts, {
        direction: locale ? directionOf(locale) : undefined,
      }),
    qa: (source, text, target) =>
      qaCheckSegment({ source, target: text, locale: target, glossary }),
    recordHumanTranslations: (entries) =>
      memory.record(
        entries.map((e) => ({
          sourceHash: e.sourceHash,
          target: e.target,
          sourceText: e.source,
          text: e.text,
          origin: 'human' as const,
        })),
      ),
  }
}
