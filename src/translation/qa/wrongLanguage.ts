/**
 * Arabic, Urdu and Persian share the Arabic script, so the script check cannot tell them apart:
 * Arabic pasted into the Urdu task passes it. This check recognises which of the three a text is
 * from the letters and the small, frequent words only that language uses, and blocks approval when
 * it is confidently another one. Short or ambiguous text (a title of two shared words) says nothing.
 */
import type { TargetLocale } from '../../languages'
import type { QaCheck } from './types'

export type ArabicScriptLanguage = 'ar' | 'ur' | 'fa'

const LABEL: Record<ArabicScriptLanguage, string> = { ar: 'Arabic', ur: 'Urdu', fa: 'Persian' }

/** Letters only one of the three writes (Unicode code points named in the comments). */
const OWN_LETTERS: Record<ArabicScriptLanguage, string> = {
  // teh marbuta, Arabic yeh, Arabic kaf, alef maksura: Urdu and Persian write ی (U+06CC) and ک (U+06A9).
  ar: '\u0629\u064A\u0643\u0649',
  // yeh barree, noon ghunna, tteh, ddal, rreh, heh goal, do-chashmi heh, yeh barree with hamza.
  ur: '\u06D2\u06BA\u0679\u0688\u0691\u06C1\u06BE\u06D3',
  fa: '',
}
/** Letters Urdu and Persian share and Arabic does not have: پ چ ژ گ ی ک. Evidence against Arabic. */
const PERSO_ARABIC = '\u067E\u0686\u0698\u06AF\u06CC\u06A9'

/** Frequent function words, spelt with each language's own letter forms (so ی and ي differ). */
const OWN_WORDS: Record<ArabicScriptLanguage, string[]> = {
  ar: [
    'في',
    'على',
    'إلى',
    'الى',
    'التي',
    'الذي',
    'الذين',
    'هذا',
    'هذه',
    'ذلك',
    'أن',
    'إن',
    'عن',
    'مع',
    'يمكن',
    'يمكنك',
    'هل',
    'أو',
    'كان',
    'لم',
    'لا',
    'إذا',
    'عند',
    'بعد',
    'قبل',
    'كل',
    'أي',
    'حول',
    'لدى',
    'لك',
    'لكم',
  ],
  ur: [
    'ہے',
    'ہیں',
    'کے',
    'کی',
    'کا',
    'میں',
    'اور',
    'سے',
    'کو',
    'یہ',
    'وہ',
    'آپ',
    'نہیں',
    'پر',
    'بھی',
    'ہو',
    'گا',
    'گی',
    'کریں',
    'لیے',
    'کہ',
    'ہوں',
    'تھا',
    'سکتے',
    'کر',
    'جو',
  ],
  fa: [
    'است',
    'این',
    'که',
    'را',
    'می',
    'برای',
    'شما',
    'با',
    'از',
    'یا',
    'هستند',
    'باید',
    'شود',
    'کنید',
    'های',
    'ها',
    'آن',
    'خود',
    'تا',
    'نیز',
    'اگر',
    'شده',
    'هم',
    'بود',
    'دارد',
    'کند',
    'بر',
    'یک',
    'چه',
  ],
}
const WORD_WEIGHT = 3
/** Below this many Arabic-script letters a text is too short to name its language. */
const MIN_LETTERS = 12

export interface LanguageGuess {
  /** The language the text is in, or null when the evidence is too thin or split. */
  language: ArabicScriptLanguage | null
  scores: Record<ArabicScriptLanguage, number>
  /** What was found, for the translator: letters and words per language. */
  evidence: Record<ArabicScriptLanguage, string[]>
}

function count(text: string, letters: string): Map<string, number> {
  const found = new Map<string, number>()
  for (const ch of text) if (letters.includes(ch)) found.set(ch, (found.get(ch) ?? 0) + 1)
  return found
}

/** Which of Arabic, Urdu and Persian a text is written in, from its own letters and words. Pure. */
export function detectArabicScriptLanguage(text: string): LanguageGuess {
  const scores: Record<ArabicScriptLanguage, number> = { ar: 0, ur: 0, fa: 0 }
  const evidence: Record<ArabicScriptLanguage, string[]> = { ar: [], ur: [], fa: [] }
  const arabicLetters = [...text].filter(
    (ch) => /\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch),
  ).length
  if (arabicLetters < MIN_LETTERS) return { language: null, scores, evidence }
  for (const language of ['ar', 'ur'] as const) {
    for (const [ch, n] of count(text, OWN_LETTERS[language])) {
      scores[language] += n
      evidence[language].push(ch)
    }
  }
  // پ چ ژ گ ی ک say "not Arabic"; they count for Urdu and Persian alike, so only the margin over Arabic moves.
  const shared = [...count(text, PERSO_ARABIC).values()].reduce((a, b) => a + b, 0)
  scores.ur += shared / 2
  scores.fa += shared / 2
  // Zero-width non-joiner inside words (می‌شود) is Persian orthography.
  const zwnj = [...text.matchAll(/\p{L}\u200C\p{L}/gu)].length
  if (zwnj) {
    scores.fa += zwnj * WORD_WEIGHT
    evidence.fa.push('ZWNJ (می‌)')
  }
  const words = text.split(/[^\p{L}\p{M}]+/u).filter(Boolean)
  for (const language of ['ar', 'ur', 'fa'] as const) {
    const own = new Set(OWN_WORDS[language])
    for (const word of words) {
      if (own.has(word)) {
        scores[language] += WORD_WEIGHT
        if (!evidence[language].includes(word)) evidence[language].push(word)
      }
    }
  }
  // Persian writes ه (U+0647) where Urdu writes ہ (U+06C1); without Urdu's letters, ه plus ی/ک leans Persian.
  const ranked = (Object.keys(scores) as ArabicScriptLanguage[]).sort(
    (a, b) => scores[b] - scores[a],
  )
  const [best, second] = ranked
  const confident = scores[best] >= 2 * WORD_WEIGHT && scores[best] >= 2 * scores[second] + 1
  return { language: confident ? best : null, scores, evidence }
}

function isArabicScriptLanguage(locale: string): locale is ArabicScriptLanguage {
  return locale === 'ar' || locale === 'ur' || locale === 'fa'
}

/** What the check reads: the translation without markup, and its task's language. */
export interface WrongLanguageInput {
  targetPlain: string
  locale: TargetLocale
}

export const wrongLanguageCheck: QaCheck & {
  run(ctx: WrongLanguageInput): ReturnType<QaCheck['run']>
} = {
  code: 'wrong-language',
  severity: 'error',
  description:
    "Arabic, Urdu and Persian share a script; the translation is in the task's language, recognised from letters and words only that language uses.",
  run(ctx: WrongLanguageInput) {
    if (!isArabicScriptLanguage(ctx.locale)) return []
    const guess = detectArabicScriptLanguage(ctx.targetPlain)
    if (!guess.language || guess.language === ctx.locale) return []
    const shown = guess.evidence[guess.language].slice(0, 6).join(' ')
    return [
      {
        message: `This looks like ${LABEL[guess.language]}, not ${LABEL[ctx.locale]} (${LABEL[guess.language]} letters and words found: ${shown})`,
        details: { detected: guess.language, expected: ctx.locale, scores: guess.scores },
      },
    ]
  },
}
