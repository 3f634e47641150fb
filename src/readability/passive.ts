import type { Sentence } from './tokens'

/**
 * Danish passive forms, found by rule rather than a dictionary (a heuristic, said so in the hint):
 * - "blive" + past participle: "bliver sendt", "blev behandlet", "er blevet afgjort";
 * - s-passive after a modal verb: "skal sendes", "kan ikke udbetales";
 * - s-passive after "der" or a noun in the definite form: "Der udbetales …", "Ansøgningen behandles …";
 * - s-passive before a preposition, an adverb or the sentence's end: "… kr. udbetales til …".
 * A genitive ("kommunes", "borgeres") follows none of these and is not flagged.
 */

const BLIVE = new Set(['blive', 'bliver', 'blev', 'blevet', 'blevne'])
const MODALS = new Set([
  'skal',
  'skulle',
  'kan',
  'kunne',
  'må',
  'måtte',
  'vil',
  'ville',
  'bør',
  'burde',
])
/** Words that may sit between the verb and the participle: "bliver ikke altid sendt". */
const IN_BETWEEN = new Set([
  'ikke',
  'også',
  'altid',
  'aldrig',
  'først',
  'så',
  'straks',
  'derefter',
  'nu',
  'kun',
  'normalt',
  'automatisk',
  'derfor',
])
const PRONOUNS = new Set(['det', 'der', 'den', 'de', 'han', 'hun'])
const PARTICIPLE = /(?:et|t|ede|te|ne)$/u
// The lookbehind starts each match at the beginning of a run of letters: the same strings match,
// but a 1 MB "word" is checked in linear time instead of trying every start (minutes).
const S_PASSIVE = /(?<!\p{L})\p{L}{2,}(?:es|des|tes|ås|ss)$/u
const DEFINITE_NOUN = /(?<!\p{L})\p{L}{3,}(?:en|et|erne|ene|ren)$/u
const FOLLOWS_VERB = new Set([
  'til',
  'af',
  'i',
  'på',
  'inden',
  'efter',
  'med',
  'om',
  'fra',
  'for',
  'hvis',
  'når',
  'senest',
  'hurtigst',
  'via',
  'ud',
  'ind',
  'op',
  'ned',
  'over',
  'under',
  'ved',
  'hos',
  'mellem',
  'uden',
  'hver',
  'igen',
  'her',
  'der',
  'nu',
  ...IN_BETWEEN,
])
/** Adverbs formed from adjectives: "fremsendes skriftligt", "behandles hurtigt", "udbetales månedsvis". */
const ADVERB = /(?<!\p{L})\p{L}{2,}(?:ligt|igt|vis)$/u
/** -es words that are not verbs. */
const NOT_PASSIVE = new Set([
  'des',
  'hendes',
  'deres',
  'jeres',
  'vores',
  'ens',
  'alles',
  'hvis',
  'hinandens',
  'andres',
  'kommunes',
  'borgeres',
  'måneders',
  'ugers',
  'dages',
  'tiders',
])

export interface PassiveForm {
  /** The passive words as written, e.g. "bliver sendt" or "behandles". */
  phrase: string
  /** Offset of the first word in the block. */
  start: number
}

export function passiveFormsIn(sentence: Sentence): PassiveForm[] {
  const found: PassiveForm[] = []
  const words = sentence.tokens
  for (let i = 0; i < words.length; i++) {
    const token = words[i]
    if (token.kind !== 'word') continue
    const lower = token.text.toLowerCase()
    if (BLIVE.has(lower)) {
      for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
        const next = words[j].text.toLowerCase()
        if (words[j].kind !== 'word') break
        if (IN_BETWEEN.has(next)) continue
        if (PARTICIPLE.test(next) && next.length > 3)
          found.push({
            phrase: `${token.text} ${words
              .slice(i + 1, j + 1)
              .map((w) => w.text)
              .join(' ')}`,
            start: token.start,
          })
        break
      }
      continue
    }
    if (
      !S_PASSIVE.test(lower) ||
      NOT_PASSIVE.has(lower) ||
      (token.capitalised && !token.sentenceStart)
    )
      continue
    let modal = -1
    for (let k = i - 1; k >= Math.max(0, i - 3); k--)
      if (MODALS.has(words[k].text.toLowerCase())) {
        modal = k
        break
      }
    const afterModal =
      modal >= 0 &&
      words
        .slice(modal + 1, i)
        .every((w) => IN_BETWEEN.has(w.text.toLowerCase()) || PRONOUNS.has(w.text.toLowerCase()))
    const previous = i > 0 ? words[i - 1] : null
    const afterDer = previous?.text.toLowerCase() === 'der'
    const afterDefinite =
      previous !== null &&
      previous.kind === 'word' &&
      DEFINITE_NOUN.test(previous.text.toLowerCase()) &&
      !MODALS.has(previous.text.toLowerCase())
    // A genitive is followed by its noun ("kommunes hjemmeside"); a passive verb by a preposition,
    // an adverb or the end of the sentence ("udbetales til", "behandles inden", "sendes.").
    const next = i + 1 < words.length ? words[i + 1] : null
    const beforeParticle =
      next === null ||
      (next.kind === 'word' &&
        (FOLLOWS_VERB.has(next.text.toLowerCase()) || ADVERB.test(next.text.toLowerCase())))
    if (afterModal || afterDer || afterDefinite || beforeParticle)
      found.push({ phrase: token.text, start: token.start })
  }
  return found
}
