import type { Payload } from 'payload'
import { directionOf } from '../../../src/languages'
import {
  applySegmentTranslations,
  type GlossaryTerm,
  type MachineTranslationProvider,
  qaCheckSegment,
  segmentDocument,
  translateSegments,
} from '../../../src/translation'
import { createProviderFromEnv, machineTranslationOffReason } from '../../../src/adapters'
import { capabilitiesFor } from '../deepl/capabilities'
import { lastSyncedGlossaryId, loadGlossary } from '../deepl/glossarySync'
import type { TranslationEngine } from './port'
import { translatableFields } from './fieldSpecs'
import { payloadTranslationMemory } from './memoryStore'

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
  let glossaryId: string | undefined

  // The DeepL glossary is synced by its own background job (deepl/glossarySync); translation
  // never waits for it and sends the last glossary that synced.
  const refresh = async () => {
    glossary = await loadGlossary(payload)
    glossaryId = provider?.name === 'deepl' ? await lastSyncedGlossaryId(payload) : undefined
  }

  return {
    machineTranslationOff: offReason,
    // The pseudo provider pretends for every language DeepL offers, so layouts are tested as they will be.
    offersLanguage: async (target) => (await capabilitiesFor(payload)).languages[target].translate,
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
      const capabilities = await capabilitiesFor(payload)
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
        support: capabilities.languages[target],
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
