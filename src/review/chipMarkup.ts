/**
 * The segment editor's model, without React or the DOM: which inline codes a translation still
 * lacks, and the rule that keeps its markup well-formed whatever is typed or deleted (a pair whose
 * other half is gone, or that crosses another pair, is dropped and offered again as missing).
 */
import { escapeText, tokenize, type Token } from '../translation/markup'

export interface CodeRef {
  /** `b`, `a#0`, `x#1`, `br`: the same key as the code descriptions use. */
  key: string
  tag: string
  id?: string
  paired: boolean
}

function keyOf(token: { tag: string; id?: string }): string {
  return token.id !== undefined ? `${token.tag}#${token.id}` : token.tag
}

/** The codes of a segment's markup in order (openings and void codes; closings belong to their opening). */
export function codesOf(markup: string): CodeRef[] {
  return tokenize(markup).flatMap((t): CodeRef[] =>
    t.kind === 'open'
      ? [{ key: keyOf(t), tag: t.tag, id: t.id, paired: true }]
      : t.kind === 'void'
        ? [{ key: keyOf(t), tag: t.tag, id: t.id, paired: false }]
        : [],
  )
}

/** Codes of the Danish the translation does not have yet, in the Danish order (counting repeats). */
export function missingCodes(source: string, target: string): CodeRef[] {
  const have = new Map<string, number>()
  for (const c of codesOf(target)) have.set(c.key, (have.get(c.key) ?? 0) + 1)
  return codesOf(source).filter((c) => {
    const n = have.get(c.key) ?? 0
    if (n > 0) {
      have.set(c.key, n - 1)
      return false
    }
    return true
  })
}

/** Drops every pair code without its partner or crossing another pair; the rest is untouched. */
export function balanceTokens(tokens: Token[]): Token[] {
  const drop = new Set<number>()
  const stack: Array<{ index: number; tag: string }> = []
  tokens.forEach((t, index) => {
    if (t.kind === 'open') stack.push({ index, tag: t.tag })
    else if (t.kind === 'close') {
      const top = stack[stack.length - 1]
      if (top && top.tag === t.tag) stack.pop()
      else drop.add(index)
    }
  })
  for (const open of stack) drop.add(open.index)
  return tokens.filter((_, i) => !drop.has(i))
}

export function serializeTokens(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if (t.kind === 'text') return escapeText(t.text)
      if (t.kind === 'close') return `</${t.tag}>`
      if (t.kind === 'open') return t.id !== undefined ? `<${t.tag} id="${t.id}">` : `<${t.tag}>`
      return t.tag === 'br' ? '<br/>' : `<x id="${t.id}"/>`
    })
    .join('')
}

export function balanceMarkup(markup: string): string {
  return serializeTokens(balanceTokens(tokenize(markup)))
}

function words(name: string): string {
  const spaced = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

/**
 * A segment key as a translator reads it: `title` → "Title", `body.2` → "Body, paragraph 3",
 * `body.4.1` → "Body, list 5, item 2", `audienceVariants.0.heading` → "Audience variants 1, heading".
 */
export function segmentLabel(key: string): string {
  const parts = key.split('.')
  const out: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (!/^\d+$/.test(part)) {
      out.push(out.length ? words(part).toLowerCase() : words(part))
      continue
    }
    const n = Number(part) + 1
    const next = parts[i + 1]
    if (next === undefined) out.push(`paragraph ${n}`)
    else if (/^\d+$/.test(next)) {
      out.push(`list ${n}, item ${Number(next) + 1}`)
      i++
      while (/^\d+$/.test(parts[i + 1] ?? '') && /^\d+$/.test(parts[i + 2] ?? '')) {
        out.push(`sub-list, item ${Number(parts[i + 2]) + 1}`)
        i += 2
      }
    } else out[out.length - 1] = `${out[out.length - 1]} ${n}`
  }
  return out.join(', ')
}
