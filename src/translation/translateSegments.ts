import { TARGET_LANGUAGES, type TargetLocale } from '../languages'
import { serialize, tokenize } from './markup'
import type { TranslationMemory } from './memory'
import type { MachineTranslationProvider } from './providers/types'
import { type GlossaryTerm, qaCheckSegment, type QaIssue } from './qa'
import type { Segment } from './segments'
import { shieldTerms } from './shieldTerms'

export type TranslationOrigin = 'memory-human' | 'memory-machine' | 'machine' | 'needs-human'

export interface SegmentTranslation {
  key: string
  text: string
  origin: TranslationOrigin
  qa: QaIssue[]
}

export interface TranslateSegmentsArgs {
  segments: Segment[]
  target: TargetLocale
  provider: MachineTranslationProvider
  memory: TranslationMemory
  glossary?: GlossaryTerm[]
  glossaryId?: string
  context?: string
}

/** Texts per provider call; each call's results are in memory before the next is billed. */
const CHUNK = 50

/** Text-only languages get no tags: translate the runs between tags and put the tags back. */
async function translateRuns(provider: MachineTranslationProvider, markups: string[], target: TargetLocale, context?: string): Promise<{ texts: string[]; billed: number }> {
  const tokenized = markups.map((m) => tokenize(m))
  const runs: string[] = []
  for (const tokens of tokenized) for (const t of tokens) if (t.kind === 'text' && /\p{L}/u.test(t.text)) runs.push(t.text.trim())
  const translated = runs.length ? await provider.translate({ texts: runs, target, context, tagHandling: false }) : { texts: [], billedCharacters: 0 }
  let next = 0
  // Providers trim a run's edges; the spaces around a bold word or a name belong to the layout, so they are put back.
  const withEdges = (run: string, text: string) => `${run.match(/^\s*/)![0]}${text.trim()}${run.match(/\s*$/)![0]}`
  const texts = tokenized.map((tokens) => serialize(tokens.map((t) => (t.kind === 'text' && /\p{L}/u.test(t.text) ? { kind: 'text', text: withEdges(t.text, translated.texts[next++]) } : t))))
  return { texts, billed: translated.billedCharacters }
}

/**
 * Memory first, then the provider for what memory does not have (each distinct source once),
 * recording machine output in memory as it arrives so a crash never bills the same text twice.
 * Languages without machine translation come back as `needs-human`.
 */
export async function translateSegments(args: TranslateSegmentsArgs): Promise<{ translations: SegmentTranslation[]; billedCharacters: number }> {
  const { segments, target, provider, memory } = args
  const capability = TARGET_LANGUAGES[target].machineTranslation
  const check = (segment: Segment, text: string) => qaCheckSegment({ source: segment.text, target: text, locale: target, glossary: args.glossary })
  if (capability === 'none') {
    return { translations: segments.map((s) => ({ key: s.key, text: '', origin: 'needs-human', qa: [] })), billedCharacters: 0 }
  }
  const hits = await memory.lookup(segments.map((s) => s.sourceHash), target)
  const missing = new Map<string, Segment>()
  for (const segment of segments) if (!hits.has(segment.sourceHash)) missing.set(segment.sourceHash, segment)

  const machine = new Map<string, string>()
  let billedCharacters = 0
  const pending = [...missing.values()]
  const keepAsWritten = (args.glossary ?? []).filter((t) => t.doNotTranslate).map((t) => t.source)
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK)
    const shielded = chunk.map((s) => shieldTerms(s.text, keepAsWritten))
    const sent = shielded.map((s) => s.markup)
    const raw =
      capability === 'full'
        ? await provider.translate({ texts: sent, target, context: args.context, glossaryId: args.glossaryId, tagHandling: true }).then((r) => ({ texts: r.texts, billed: r.billedCharacters }))
        : await translateRuns(provider, sent, target, args.context)
    const result = { texts: raw.texts.map((text, j) => shielded[j].restore(text)), billed: raw.billed }
    billedCharacters += result.billed
    chunk.forEach((segment, j) => machine.set(segment.sourceHash, result.texts[j]))
    await memory.record(chunk.map((segment, j) => ({ sourceHash: segment.sourceHash, target, sourceText: segment.text, text: result.texts[j], origin: 'machine' as const, provider: provider.name })))
  }

  const translations = segments.map((segment): SegmentTranslation => {
    const hit = hits.get(segment.sourceHash)
    const text = hit?.text ?? machine.get(segment.sourceHash) ?? ''
    const origin: TranslationOrigin = hit ? (hit.origin === 'human' ? 'memory-human' : 'memory-machine') : 'machine'
    return { key: segment.key, text, origin, qa: check(segment, text) }
  })
  return { translations, billedCharacters }
}
