import { bandLabel, lix, LONG_WORD_LETTERS, type LixBand, lixBand } from './lix'
import { type PassiveForm, passiveFormsIn } from './passive'
import { type Sentence, sentencesOf, type Token } from './tokens'
import type { PlainWordEntry, PlainWordList } from './wordList'

/**
 * A piece of Danish source as the editor sees it: a paragraph, a heading, a list item or a
 * plain field. `key` says where it is (`title`, `body.3`, `questions.0.question`).
 */
export interface TextBlock {
  key: string
  kind: 'prose' | 'heading' | 'listItem'
  text: string
}

export interface ReadabilityCounts {
  words: number
  sentences: number
  longWords: number
  /** Words in running text (not headings or list items). */
  proseWords: number
  placeholders: number
  names: number
  numbers: number
  urls: number
  abbreviations: number
}

export interface LongSentenceHint {
  key: string
  words: number
  text: string
}
export interface PlainerWordHint {
  word: string
  plainer: string
  note?: string | null
  /** Occurrences in the text, and where the first one is. */
  count: number
  key: string
  sentence: string
}
export interface VeryLongWordHint {
  word: string
  letters: number
  count: number
  key: string
}
export interface PassiveHint {
  phrase: string
  key: string
  sentence: string
}

export interface ReadabilityHints {
  longestSentences: LongSentenceHint[]
  plainerWords: PlainerWordHint[]
  veryLongWords: VeryLongWordHint[]
  passives: PassiveHint[]
  /** How many there are in all; the lists above are capped so they fit beside the editor. */
  totals: { longSentences: number; plainerWords: number; veryLongWords: number; passives: number }
}

export type TooShortReason = 'empty' | 'only-placeholders' | 'only-list' | 'too-few-words'

export type Readability =
  | {
      status: 'scored'
      lix: number
      score: number
      band: LixBand
      label: string
      labelDa: string
      counts: ReadabilityCounts
      hints: ReadabilityHints
    }
  | {
      status: 'too-short'
      reason: TooShortReason
      message: string
      counts: ReadabilityCounts
      hints: ReadabilityHints
    }

export interface AnalyseOptions {
  wordList?: PlainWordList
  /** Reuse of unchanged blocks between keystrokes; see `createBlockCache`. */
  cache?: BlockCache
}

/** Fewer words than this give a LIX that says nothing (one short sentence scores "very easy"). */
export const MIN_WORDS_TO_SCORE = 20
/** A sentence longer than this is pointed out (Danish plain-language guidance: 15-20 words). */
export const LONG_SENTENCE_WORDS = 20
/** A word this long is hard to read however common it is: split it or explain it. */
export const VERY_LONG_WORD_LETTERS = 16
const LIST_CAP = { longestSentences: 5, plainerWords: 15, veryLongWords: 10, passives: 10 }
const EXCERPT = 200

const TOO_SHORT_MESSAGE: Record<TooShortReason, string> = {
  empty: 'The Danish text is empty: there is nothing to score.',
  'only-placeholders': 'The Danish text is only placeholders: too short to score.',
  'only-list':
    'The Danish text is only a list or headings, with no running sentences: too short to score.',
  'too-few-words': `Too short to score: LIX needs at least ${MIN_WORDS_TO_SCORE} words.`,
}

interface BlockAnalysis {
  sentences: Sentence[]
  passives: PassiveForm[][]
}

export interface BlockCache {
  get(text: string): BlockAnalysis | undefined
  set(text: string, analysis: BlockAnalysis): void
}

/** Remembers the analysis of recent blocks, so a keystroke re-reads only the paragraph it changed. */
export function createBlockCache(maxEntries = 20_000): BlockCache {
  let current = new Map<string, BlockAnalysis>()
  let previous = new Map<string, BlockAnalysis>()
  return {
    get(text) {
      const hit = current.get(text) ?? previous.get(text)
      if (hit && !current.has(text)) current.set(text, hit)
      return hit
    },
    set(text, analysis) {
      // Two generations: cheap to age out paragraphs that no longer exist.
      if (current.size >= maxEntries) {
        previous = current
        current = new Map()
      }
      current.set(text, analysis)
    },
  }
}

function analyseBlock(text: string, cache: BlockCache | undefined): BlockAnalysis {
  const cached = cache?.get(text)
  if (cached) return cached
  const sentences = sentencesOf(text)
  const analysis = { sentences, passives: sentences.map(passiveFormsIn) }
  cache?.set(text, analysis)
  return analysis
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat
}

/**
 * LIX and hints for a document or a field. Names are words capitalised inside a sentence (and
 * the same word at a sentence's start); they, acronyms, placeholders, numbers, URLs and
 * abbreviations count as words but never as long words.
 */
export function analyseReadability(
  blocks: ReadonlyArray<TextBlock>,
  options: AnalyseOptions = {},
): Readability {
  const analysed = blocks.map((block) => ({
    block,
    analysis: analyseBlock(block.text, options.cache),
  }))

  // Pass 1: names seen capitalised inside a sentence anywhere in the text.
  const names = new Set<string>()
  for (const { analysis } of analysed)
    for (const sentence of analysis.sentences)
      for (const token of sentence.tokens)
        if (
          token.kind === 'word' &&
          (token.nameShaped || (token.capitalised && !token.sentenceStart))
        )
          names.add(token.text)

  const counts: ReadabilityCounts = {
    words: 0,
    sentences: 0,
    longWords: 0,
    proseWords: 0,
    placeholders: 0,
    names: 0,
    numbers: 0,
    urls: 0,
    abbreviations: 0,
  }
  const sentenceHints: LongSentenceHint[] = []
  const plainer = new Map<PlainWordEntry, PlainerWordHint>()
  const veryLong = new Map<string, VeryLongWordHint>()
  const passives: PassiveHint[] = []
  let passiveTotal = 0
  const isName = (t: Token) => t.kind === 'word' && (t.nameShaped || names.has(t.text))

  for (const { block, analysis } of analysed) {
    analysis.sentences.forEach((sentence, s) => {
      counts.sentences++
      counts.words += sentence.tokens.length
      if (block.kind === 'prose') counts.proseWords += sentence.tokens.length
      const sentenceText = () => block.text.slice(sentence.start, sentence.end)
      for (const token of sentence.tokens) {
        if (token.kind === 'placeholder') counts.placeholders++
        else if (token.kind === 'number') counts.numbers++
        else if (token.kind === 'url' || token.kind === 'email') counts.urls++
        else if (token.kind === 'abbreviation') counts.abbreviations++
        else if (isName(token)) counts.names++
        else {
          if (token.letters >= LONG_WORD_LETTERS) counts.longWords++
          const entry = options.wordList?.lookup(token.text)
          if (entry) {
            const hint = plainer.get(entry)
            if (hint) hint.count++
            else
              plainer.set(entry, {
                word: entry.word,
                plainer: entry.plainer,
                note: entry.note ?? null,
                count: 1,
                key: block.key,
                sentence: excerpt(sentenceText()),
              })
          } else if (token.letters >= VERY_LONG_WORD_LETTERS) {
            const lower = token.text.toLowerCase()
            const hint = veryLong.get(lower)
            if (hint) hint.count++
            else
              veryLong.set(lower, {
                word: token.text,
                letters: token.letters,
                count: 1,
                key: block.key,
              })
          }
        }
      }
      if (options.wordList?.phrases.length) {
        const normalised = sentence.tokens.map((t) => t.text.toLowerCase()).join(' ')
        for (const entry of options.wordList.phrases) {
          if (!` ${normalised} `.includes(` ${entry.word} `)) continue
          const hint = plainer.get(entry)
          if (hint) hint.count++
          else
            plainer.set(entry, {
              word: entry.word,
              plainer: entry.plainer,
              note: entry.note ?? null,
              count: 1,
              key: block.key,
              sentence: excerpt(sentenceText()),
            })
        }
      }
      if (sentence.tokens.length > LONG_SENTENCE_WORDS)
        sentenceHints.push({
          key: block.key,
          words: sentence.tokens.length,
          text: excerpt(sentenceText()),
        })
      for (const form of analysis.passives[s]) {
        passiveTotal++
        if (passives.length < LIST_CAP.passives)
          passives.push({ phrase: form.phrase, key: block.key, sentence: excerpt(sentenceText()) })
      }
    })
  }

  const hints: ReadabilityHints = {
    longestSentences: sentenceHints
      .sort((a, b) => b.words - a.words)
      .slice(0, LIST_CAP.longestSentences),
    plainerWords: [...plainer.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, LIST_CAP.plainerWords),
    veryLongWords: [...veryLong.values()]
      .sort((a, b) => b.letters - a.letters)
      .slice(0, LIST_CAP.veryLongWords),
    passives,
    totals: {
      longSentences: sentenceHints.length,
      plainerWords: plainer.size,
      veryLongWords: veryLong.size,
      passives: passiveTotal,
    },
  }

  const reason = tooShortReason(counts)
  if (reason)
    return { status: 'too-short', reason, message: TOO_SHORT_MESSAGE[reason], counts, hints }
  const index = lix(counts.words, counts.sentences, counts.longWords)
  const score = Math.round(index)
  const band = lixBand(score)
  return {
    status: 'scored',
    lix: Math.round(index * 10) / 10,
    score,
    band,
    ...bandLabel(band),
    counts,
    hints,
  }
}

function tooShortReason(counts: ReadabilityCounts): TooShortReason | null {
  if (counts.words === 0) return 'empty'
  if (counts.placeholders === counts.words) return 'only-placeholders'
  if (counts.proseWords === 0) return 'only-list'
  if (counts.words < MIN_WORDS_TO_SCORE) return 'too-few-words'
  return null
}

/** Convenience for one plain string (a textarea, a catalogue passage): paragraphs split on blank lines. */
export function analysePlainText(text: string, options: AnalyseOptions = {}): Readability {
  const blocks = text.split(/\n\s*\n/).map((part, i): TextBlock => {
    const kind = blockKindOf(part)
    // The markers are layout, not words: "1." would otherwise count as a one-word sentence.
    return { key: `p${i}`, kind, text: kind === 'listItem' ? part.replace(LIST_MARKER, '') : part }
  })
  return analyseReadability(blocks, options)
}

/** Lines starting with "-", "*", "•" or "1." are list items; a paragraph of only such lines is a list. */
function blockKindOf(paragraph: string): TextBlock['kind'] {
  const lines = paragraph.split('\n').filter((l) => l.trim())
  return lines.length > 0 && lines.every((l) => LIST_LINE.test(l)) ? 'listItem' : 'prose'
}
const LIST_LINE = /^\s*(?:[-*•–]|\d+[.)])\s+/
const LIST_MARKER = /^\s*(?:[-*•–]|\d+[.)])\s+/gm
