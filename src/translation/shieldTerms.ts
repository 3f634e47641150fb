import { escapeText, serialize, type Token, tokenize } from './markup'
import { findTermSpans } from './protect'

export interface ShieldedMarkup {
  markup: string
  /** Puts the shielded terms back into a provider's output, exactly as the source spelled them. */
  restore: (translated: string) => string
}

const SHIELD = /<x id="g(\d+)"\s*\/>/g

/**
 * Hides glossary do-not-translate terms from the provider as `<x id="gN"/>` just for the call.
 * The segmenter does not do this itself so that a segment's hash, and so "has the source
 * changed?", does not depend on the glossary of the day.
 */
export function shieldTerms(markup: string, terms: string[]): ShieldedMarkup {
  const shielded: string[] = []
  if (!terms.length) return { markup, restore: (t) => t }
  const tokens = tokenize(markup).flatMap((token): Token[] => {
    if (token.kind !== 'text') return [token]
    const out: Token[] = []
    let last = 0
    for (const span of findTermSpans(token.text, terms)) {
      if (span.start > last) out.push({ kind: 'text', text: token.text.slice(last, span.start) })
      shielded.push(token.text.slice(span.start, span.end))
      out.push({ kind: 'void', tag: 'x', id: `g${shielded.length - 1}` })
      last = span.end
    }
    if (last < token.text.length) out.push({ kind: 'text', text: token.text.slice(last) })
    return out
  })
  if (!shielded.length) return { markup, restore: (t) => t }
  return {
    markup: serialize(tokens),
    restore: (translated) =>
      translated.replace(SHIELD, (whole, n: string) =>
        shielded[Number(n)] !== undefined ? escapeText(shielded[Number(n)]) : whole,
      ),
  }
}
