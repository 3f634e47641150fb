/**
 * LIX (læsbarhedsindeks, Björnsson 1968): words per sentence plus the percentage of long words
 * (more than six letters). The bands are the ones Danish plain-language guidance uses.
 */

export type LixBand = 'very-easy' | 'easy' | 'medium' | 'hard' | 'very-hard'

export const LIX_BANDS: ReadonlyArray<{
  band: LixBand
  upTo: number
  label: string
  labelDa: string
}> = [
  { band: 'very-easy', upTo: 24, label: 'very easy', labelDa: 'meget let' },
  { band: 'easy', upTo: 34, label: 'easy', labelDa: 'let' },
  { band: 'medium', upTo: 44, label: 'medium', labelDa: 'middel' },
  { band: 'hard', upTo: 54, label: 'hard', labelDa: 'svær' },
  { band: 'very-hard', upTo: Number.POSITIVE_INFINITY, label: 'very hard', labelDa: 'meget svær' },
]

/** A word is long when it has seven letters or more (digits, hyphens and apostrophes are not letters). */
export const LONG_WORD_LETTERS = 7

/** The raw index; callers round for display and for the gate. */
export function lix(words: number, sentences: number, longWords: number): number {
  if (words <= 0 || sentences <= 0)
    throw new RangeError('LIX needs at least one word and one sentence')
  return words / sentences + (longWords * 100) / words
}

/** Bands are defined on whole numbers (<= 24, 25-34, ...): the score is the rounded index. */
export function lixBand(score: number): LixBand {
  const rounded = Math.round(score)
  return LIX_BANDS.find((b) => rounded <= b.upTo)!.band
}

export function bandLabel(band: LixBand): { label: string; labelDa: string } {
  const found = LIX_BANDS.find((b) => b.band === band)!
  return { label: found.label, labelDa: found.labelDa }
}
