/**
 * Spans a translation must carry over unchanged: {{placeholders}}, URLs, e-mail addresses, phone
 * numbers and glossary do-not-translate terms. The segmenter replaces each with `<x id="n"/>` so
 * no provider can alter them, and restores the original text afterwards.
 */

export interface Span {
  start: number
  end: number
}

const PATTERNS: RegExp[] = [
  /\{\{\s*[^{}]*?\s*\}\}/g,
  /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]]/gi,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  // Danish numbers (8 digits, optionally grouped, optionally +45) and other international numbers.
  /(?<![\w+])(?:\+45[\s-]?)?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}(?![\w])/g,
  /(?<![\w+])\+\d{1,3}(?:[\s-]?\d{2,4}){2,5}(?![\w])/g,
]

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A glossary term as a whole word (not inside a longer word), case-insensitive. */
export function termPattern(term: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.trim())}(?![\\p{L}\\p{N}])`, flags)
}

function termPatterns(terms: string[]): RegExp[] {
  return terms.filter((term) => term.trim()).map((term) => termPattern(term))
}

export function findProtectedSpans(text: string, doNotTranslate: string[] = []): Span[] {
  return spansOf(text, [...PATTERNS, ...termPatterns(doNotTranslate)])
}

/** Only the glossary's do-not-translate terms, as whole words, case-insensitive. */
export function findTermSpans(text: string, terms: string[]): Span[] {
  return spansOf(text, termPatterns(terms))
}

function spansOf(text: string, patterns: RegExp[]): Span[] {
  const found: Span[] = []
  for (const pattern of patterns) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      if (match[0].length) found.push({ start: match.index!, end: match.index! + match[0].length })
    }
  }
  // Longest first at each position, then drop overlaps, so "+45 33 66 33 66" is one span.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const spans: Span[] = []
  for (const span of found) {
    const previous = spans[spans.length - 1]
    if (!previous || span.start >= previous.end) spans.push(span)
  }
  return spans
}
