import type { TargetLocale } from '../languages'
import { serialize, tokenize } from './markup'
import type { TranslationMemory } from './memory'
import { FALLBACK_CAPABILITIES, type LanguageSupport, routeOf } from './providers/capabilities'
import type { MachineTranslationProvider } from './providers/types'
import { type GlossaryTerm, hasBlockingIssues, qaCheckSegment, type QaIssue } from './qa'
import type { Segment } from './segments'
import { shieldTerms } from './shieldTerms'

export type TranslationOrigin = 'memory-human' | 'memory-machine' | 'machine' | 'needs-human'

export interface SegmentTranslation {
  key: string
  text: string
  origin: TranslationOrigin
  qa: QaIssue[]
  /** Why a person must translate this segment (set with origin `needs-human`). */
  reason?: string
}

export interface TranslateSegmentsArgs {
  segments: Segment[]
  target: TargetLocale
  provider: MachineTranslationProvider
  memory: TranslationMemory
  glossary?: GlossaryTerm[]
  /** The last synced DeepL glossary; sent only where `support.glossary` says DeepL takes it. */
  glossaryId?: string
  context?: string
  /** What DeepL says it can do for the target today; the fallback table when not given. */
  support?: LanguageSupport
}

/** Texts per provider call; each call's results are in memory before the next is billed. */
const CHUNK = 50

/** Languages without tag handling get no tags: translate the runs between tags and put the tags back. */
async function translateRuns(
  provider: MachineTranslationProvider,
  markups: string[],
  target: TargetLocale,
  context?: string,
  glossaryId?: string,
): Promise<{ texts: string[]; billed: number }> {
  const tokenized = markups.map((m) => tokenize(m))
  const runs: string[] = []
  for (const tokens of tokenized)
    for (const t of tokens) if (t.kind === 'text' && /\p{L}/u.test(t.text)) runs.push(t.text.trim())
  const translated = runs.length
    ? await provider.translate({ texts: runs, target, context, glossaryId, tagHandling: false })
    : { texts: [], billedCharacters: 0 }
  let next = 0
  // Providers trim a run's edges; the spaces around a bold word or a name belong to the layout, so they are put back.
  const withEdges = (run: string, text: string) =>
    `${run.match(/^\s*/)![0]}${text.trim()}${run.match(/\s*$/)![0]}`
  const texts = tokenized.map((tokens) =>
    serialize(
      tokens.map((t) =>
        t.kind === 'text' && /\p{L}/u.test(t.text)
          ? { kind: 'text', text: withEdges(t.text, translated.texts[next++]) }
          : t,
      ),
    ),
  )
  return { texts, billed: translated.billedCharacters }
}

/**
 * Whether a translation lost text that must come through unchanged: a do-not-translate term, or a
 * protected code of the segment (phone, URL, e-mail, {{placeholder}}, link). Providers sometimes
 * drop the XML codes that carry them; such a result must never go live or into memory.
 */
export function losesProtectedText(issues: QaIssue[]): boolean {
  return issues.some(
    (i) =>
      i.code === 'protected-missing' ||
      (i.code === 'tags-changed' &&
        ((i.details?.missing as string[] | undefined) ?? []).length > 0),
  )
}

/**
 * Memory first, then the provider for what memory does not have (each distinct source once),
 * recording machine output in memory as it arrives so a crash never bills the same text twice.
 * A result that lost protected text is sent once more as text runs (the codes then never leave
 * this process); if it still fails it goes to a person as `needs-human`, with the reason and the
 * machine's text as a starting point. Memory learns only results without blocking QA errors, and
 * a remembered text that fails QA today is not reused. Languages without machine translation
 * come back as `needs-human`.
 */
export async function translateSegments(
  args: TranslateSegmentsArgs,
): Promise<{ translations: SegmentTranslation[]; billedCharacters: number }> {
  const { segments, target, provider, memory } = args
  const support = args.support ?? FALLBACK_CAPABILITIES.languages[target]
  const route = routeOf(support)
  const glossaryId = support.glossary ? args.glossaryId : undefined
  const check = (segment: Segment, text: string) =>
    qaCheckSegment({ source: segment.text, target: text, locale: target, glossary: args.glossary })
  if (route === 'none') {
    return {
      translations: segments.map((s) => ({ key: s.key, text: '', origin: 'needs-human', qa: [] })),
      billedCharacters: 0,
    }
  }
  const hits = await memory.lookup(
    segments.map((s) => s.sourceHash),
    target,
  )
  const missing = new Map<string, Segment>()
  for (const segment of segments) {
    const hit = hits.get(segment.sourceHash)
    if (hit && hasBlockingIssues(check(segment, hit.text))) hits.delete(segment.sourceHash)
    if (!hits.has(segment.sourceHash)) missing.set(segment.sourceHash, segment)
  }

  const machine = new Map<string, { text: string; reason?: string }>()
  let billedCharacters = 0
  const pending = [...missing.values()]
  const keepAsWritten = (args.glossary ?? []).filter((t) => t.doNotTranslate).map((t) => t.source)
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK)
    const shielded = chunk.map((s) => shieldTerms(s.text, keepAsWritten))
    const sent = shielded.map((s) => s.markup)
    const raw =
      route === 'tags'
        ? await provider
            .translate({
              texts: sent,
              target,
              context: args.context,
              glossaryId,
              tagHandling: true,
            })
            .then((r) => ({ texts: r.texts, billed: r.billedCharacters }))
        : await translateRuns(provider, sent, target, args.context, glossaryId)
    const texts = raw.texts.map((text, j) => shielded[j].restore(text))
    billedCharacters += raw.billed
    const lost = chunk
      .map((segment, j) => j)
      .filter((j) => losesProtectedText(check(chunk[j], texts[j])))
    if (lost.length && route === 'tags') {
      const again = await translateRuns(
        provider,
        lost.map((j) => sent[j]),
        target,
        args.context,
        glossaryId,
      )
      billedCharacters += again.billed
      lost.forEach((j, n) => {
        const retried = shielded[j].restore(again.texts[n])
        if (!losesProtectedText(check(chunk[j], retried))) texts[j] = retried
      })
    }
    const results = chunk.map((segment, j) => {
      const issues = check(segment, texts[j])
      const reason = losesProtectedText(issues)
        ? `The machine translation lost protected text (${issues
            .filter((q) => q.code === 'protected-missing' || q.code === 'tags-changed')
            .map((q) => q.message)
            .join('; ')}) even when re-sent as plain text runs; translate this segment by hand.`
        : undefined
      machine.set(segment.sourceHash, { text: texts[j], reason })
      return { segment, text: texts[j], clean: !hasBlockingIssues(issues) }
    })
    await memory.record(
      results
        .filter((r) => r.clean)
        .map((r) => ({
          sourceHash: r.segment.sourceHash,
          target,
          sourceText: r.segment.text,
          text: r.text,
          origin: 'machine' as const,
          provider: provider.name,
        })),
    )
  }

  const translations = segments.map((segment): SegmentTranslation => {
    const hit = hits.get(segment.sourceHash)
    const result = machine.get(segment.sourceHash)
    const text = hit?.text ?? result?.text ?? ''
    const origin: TranslationOrigin = hit
      ? hit.origin === 'human'
        ? 'memory-human'
        : 'memory-machine'
      : result?.reason
        ? 'needs-human'
        : 'machine'
    return {
      key: segment.key,
      text,
      origin,
      qa: check(segment, text),
      ...(!hit && result?.reason ? { reason: result.reason } : {}),
    }
  })
  return { translations, billedCharacters }
}
