/**
 * Splits Danish text into sentences of tokens the way LIX counts them. A sentence ends at
 * . ! ? : (LIX counts the colon) and at the end of a block (heading, list item, line of a
 * textarea). Placeholders, URLs, e-mail addresses, numbers and abbreviations are one word each
 * and never long; an abbreviation's or an ordinal's period does not end the sentence.
 */

export type TokenKind = 'word' | 'number' | 'placeholder' | 'url' | 'email' | 'abbreviation'

export interface Token {
  kind: TokenKind
  text: string
  /** Offset in the block's text. */
  start: number
  letters: number
  /** First token of its sentence (Danish capitalises it whatever it is). */
  sentenceStart: boolean
  /** Starts with a capital letter. */
  capitalised: boolean
  /** All capitals (CPR, SU) or a capital inside the word (MitID, e-Boks): a name or an acronym. */
  nameShaped: boolean
}

export interface Sentence {
  start: number
  end: number
  tokens: Token[]
}

/** Abbreviations whose period belongs to the word. Lower case; matched case-insensitively. */
export const ABBREVIATIONS = [
  'f.eks.',
  'bl.a.',
  'm.m.',
  'm.v.',
  'm.fl.',
  'o.l.',
  'o.a.',
  'd.v.s.',
  'dvs.',
  'osv.',
  'mv.',
  'mfl.',
  'jf.',
  'jfr.',
  'kr.',
  'nr.',
  'ca.',
  'pga.',
  'evt.',
  'inkl.',
  'ekskl.',
  'tlf.',
  'kl.',
  'hhv.',
  'iflg.',
  'vedr.',
  'mht.',
  'ift.',
  'stk.',
  'pkt.',
  'ang.',
  'bemærk.',
  'etc.',
  'att.',
  'hr.',
  'fr.',
  'dr.',
  'st.',
  'sml.',
  'min.',
  'maks.',
  'max.',
  'gl.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'okt.',
  'nov.',
  'dec.',
  'man.',
  'tirs.',
  'ons.',
  'tors.',
  'fre.',
  'lør.',
  'søn.',
  'fx.',
] as const

/** These end a list and so may end a sentence: `… æbler, pærer osv. Derefter …`. */
const MAY_END_SENTENCE = new Set([
  'osv.',
  'mv.',
  'm.m.',
  'm.v.',
  'm.fl.',
  'mfl.',
  'o.l.',
  'etc.',
  'kr.',
])

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ABBREVIATION_PATTERN = [...ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')

const TOKEN = new RegExp(
  [
    String.raw`(?<placeholder>\{\{[^{}]*\}\})`,
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>()"]*[^\s<>()".,;:!?'])`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
    String.raw`(?<abbreviation>(?:${ABBREVIATION_PATTERN})(?![\p{L}\p{N}])|(?:\p{L}\.){2,}(?![\p{L}\p{N}]))`,
    // An ordinal's period ("den 3. maj") is part of the number when a lower-case word follows.
    String.raw`(?<number>\p{N}+(?:[.,:/-]\p{N}+)*(?:\.(?=\s+\p{Ll}))?%?)`,
    String.raw`(?<word>\p{L}[\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*)`,
    String.raw`(?<end>[.!?:…]+)`,
  ].join('|'),
  'giu',
)

const LETTER = /\p{L}/gu
const UPPER_FIRST = /^\p{Lu}/u
const ALL_CAPS = /^[\p{Lu}\p{N}-]{2,}$/u
/** MitID, iPhone: a lower-case letter followed by a capital inside the first part. */
const CAMEL = /\p{Ll}\p{Lu}/u

/** CPR, MitID, e-Boks: names and acronyms. `SU-kontoret` is a compound and stays a word. */
function isNameShaped(word: string): boolean {
  if (ALL_CAPS.test(word)) return true
  const [first, ...rest] = word.split('-')
  return CAMEL.test(first) || rest.some((part) => UPPER_FIRST.test(part) && !ALL_CAPS.test(part))
}
const NEXT_IS_CAPITAL = /^\s+["«»„“(]*\p{Lu}/u

function countLetters(text: string): number {
  return text.match(LETTER)?.length ?? 0
}

/** The sentences of one block. Pure and allocation-light: it runs on every keystroke. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let current: Token[] = []
  let sentenceStartOffset = 0
  const close = (end: number) => {
    if (current.length) sentences.push({ start: sentenceStartOffset, end, tokens: current })
    current = []
  }
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const groups = match.groups!
    const value = match[0]
    if (groups.end !== undefined) {
      close(match.index + value.length)
      continue
    }
    // Line breaks inside a field (textarea, address lines) end a sentence like a heading does.
    if (current.length) {
      const last = current[current.length - 1]
      if (text.slice(last.start + last.text.length, match.index).includes('\n')) close(match.index)
    }
    const kind = (Object.keys(groups) as Array<keyof typeof groups>).find(
      (k) => k !== 'end' && groups[k] !== undefined,
    ) as TokenKind
    if (!current.length) sentenceStartOffset = match.index
    current.push({
      kind,
      text: value,
      start: match.index,
      letters: kind === 'word' ? countLetters(value) : 0,
      sentenceStart: current.length === 0,
      capitalised: UPPER_FIRST.test(value),
      nameShaped: kind === 'word' && isNameShaped(value),
    })
    if (
      kind === 'abbreviation' &&
      MAY_END_SENTENCE.has(value.toLowerCase()) &&
      NEXT_IS_CAPITAL.test(text.slice(match.index + value.length, match.index + value.length + 8))
    ) {
      close(match.index + value.length)
    }
  }
  close(text.length)
  return sentences
}
