import { TARGET_LANGUAGES, type TargetLocale } from '../languages'
import { plainText, tagsBalanced, tagSequence } from './markup'
import { termPattern } from './protect'

export type QaCode =
  | 'empty'
  | 'tags-unbalanced'
  | 'tags-changed'
  | 'placeholder-added'
  | 'numbers-changed'
  | 'glossary-term-not-used'
  | 'length-ratio'
  | 'wrong-script'
  | 'untranslated'

export interface QaIssue {
  code: QaCode
  severity: 'error' | 'warning'
  message: string
  details?: Record<string, unknown>
}

export interface GlossaryTerm {
  source: string
  translations: Partial<Record<TargetLocale, string>>
  doNotTranslate: boolean
  note?: string
}

/** Bounds for target length ÷ source length, per language; outside is worth a second look. */
const LENGTH_RATIO: Partial<Record<TargetLocale, [number, number]>> = { en: [0.6, 1.8], ar: [0.5, 1.9], tr: [0.6, 2.2], ur: [0.5, 2.2], fa: [0.5, 2.0], so: [0.6, 2.4] }
const SCRIPT_PATTERN = { latin: /\p{Script=Latin}/u, arabic: /\p{Script=Arabic}/u, cyrillic: /\p{Script=Cyrillic}/u }

function normaliseDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
}

/** Numbers as digit strings, separators removed, so "1.000" and "1,000" and "١٠٠٠" compare equal. */
function numbersIn(text: string): string[] {
  return [...normaliseDigits(text).matchAll(/\d(?:[\d.,\u066B\u066C\s]*\d)?/g)].map((m) => m[0].replace(/\D/g, '')).sort()
}

function sameMultiset(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i])
}

function containsTerm(text: string, term: string): boolean {
  return termPattern(term, 'iu').test(text)
}

/** Every check on one translated segment, as data the review screen shows; errors block approval. */
export function qaCheckSegment(args: { source: string; target: string; locale: TargetLocale; glossary?: GlossaryTerm[] }): QaIssue[] {
  const { source, target, locale } = args
  const issues: QaIssue[] = []
  const sourcePlain = plainText(source)
  const targetPlain = plainText(target)
  if (!targetPlain.trim() && /[\p{L}\p{N}]/u.test(sourcePlain)) {
    return [{ code: 'empty', severity: 'error', message: 'The translation is empty' }]
  }
  if (!tagsBalanced(target)) issues.push({ code: 'tags-unbalanced', severity: 'error', message: 'Formatting tags are not closed in the right order' })
  const sourceTags = tagSequence(source).filter((t) => !t.startsWith('/'))
  const targetTags = tagSequence(target).filter((t) => !t.startsWith('/'))
  const missing = sourceTags.filter((t) => !targetTags.includes(t))
  const added = targetTags.filter((t) => !sourceTags.includes(t))
  if (missing.length || added.length) {
    issues.push({
      code: 'tags-changed',
      severity: 'error',
      message: `Formatting, links or protected text (numbers, addresses, {{placeholders}}) differ from the Danish${missing.length ? `; missing: ${missing.join(', ')}` : ''}${added.length ? `; added: ${added.join(', ')}` : ''}`,
      details: { missing, added },
    })
  }
  const sourcePlaceholders = [...sourcePlain.matchAll(/\{\{[^{}]*\}\}/g)].map((m) => m[0])
  const newPlaceholders = [...targetPlain.matchAll(/\{\{[^{}]*\}\}/g)].map((m) => m[0]).filter((p) => !sourcePlaceholders.includes(p))
  if (newPlaceholders.length) issues.push({ code: 'placeholder-added', severity: 'error', message: `Placeholders not in the Danish: ${newPlaceholders.join(', ')}` })
  const sourceNumbers = numbersIn(sourcePlain)
  const targetNumbers = numbersIn(targetPlain)
  if (!sameMultiset(sourceNumbers, targetNumbers)) {
    issues.push({ code: 'numbers-changed', severity: 'error', message: `Numbers or dates differ: Danish has ${sourceNumbers.join(', ') || 'none'}, translation has ${targetNumbers.join(', ') || 'none'}` })
  }
  for (const term of args.glossary ?? []) {
    const wanted = term.doNotTranslate ? term.source : term.translations[locale]
    if (wanted && containsTerm(sourcePlain, term.source) && !containsTerm(targetPlain, wanted)) {
      issues.push({ code: 'glossary-term-not-used', severity: 'warning', message: `Glossary: "${term.source}" should be rendered as "${wanted}"${term.note ? ` (${term.note})` : ''}` })
    }
  }
  const bounds = LENGTH_RATIO[locale]
  if (bounds && sourcePlain.trim().length >= 20) {
    const ratio = targetPlain.trim().length / sourcePlain.trim().length
    if (ratio < bounds[0] || ratio > bounds[1]) {
      issues.push({ code: 'length-ratio', severity: 'warning', message: `The translation is ${ratio.toFixed(2)}× the length of the Danish (expected ${bounds[0]}–${bounds[1]}×)` })
    }
  }
  // Names kept as written (MitID, Borgerrådgiveren) are Latin in every language; they say nothing about the script.
  const keptAsWritten = (args.glossary ?? []).filter((t) => t.doNotTranslate && t.source.trim())
  const scriptText = keptAsWritten.reduce((text, t) => text.replace(termPattern(t.source), ' '), targetPlain)
  const letters = [...scriptText].filter((ch) => /\p{L}/u.test(ch))
  if (letters.length >= 8) {
    const script = TARGET_LANGUAGES[locale].script
    const share = letters.filter((ch) => SCRIPT_PATTERN[script].test(ch)).length / letters.length
    if (share < 0.5) issues.push({ code: 'wrong-script', severity: 'error', message: `Most of the text is not in the ${script} script ${TARGET_LANGUAGES[locale].label} is written in` })
  }
  if (letters.length >= 10 && targetPlain.trim() === sourcePlain.trim()) {
    issues.push({ code: 'untranslated', severity: 'warning', message: 'The translation is identical to the Danish' })
  }
  return issues
}

export function hasBlockingIssues(issues: QaIssue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}
