/**
 * The inline markup inside a segment: `<b>`, `<i>`, `<u>`, `<s>`, `<code>`, `<sub>`, `<sup>` for
 * formatting, `<a id="n">` for links, `<br/>`, and `<x id="n"/>` for anything a translator must
 * not touch (protected spans, unknown inline nodes). Providers see only this; block structure
 * never leaves the segmenter.
 */

export const FORMAT_TAGS: Array<[bit: number, tag: string]> = [
  [1, 'b'],
  [2, 'i'],
  [8, 'u'],
  [4, 's'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]
export const FORMAT_BIT_OF: Record<string, number> = Object.fromEntries(
  FORMAT_TAGS.map(([bit, tag]) => [tag, bit]),
)

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; tag: string; id?: string }
  | { kind: 'close'; tag: string }
  | { kind: 'void'; tag: 'br' | 'x'; id?: string }

const TAG = /<(\/?)([a-z]+)(?:\s+id="([^"]*)")?\s*(\/?)>/g

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function unescapeText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Splits segment markup into tokens; text tokens are unescaped. */
export function tokenize(markup: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of markup.matchAll(TAG)) {
    if (match.index! > last)
      tokens.push({ kind: 'text', text: unescapeText(markup.slice(last, match.index)) })
    const [, closing, tag, id, selfClosing] = match
    if (closing) tokens.push({ kind: 'close', tag })
    else if (selfClosing || tag === 'br' || tag === 'x')
      tokens.push({ kind: 'void', tag: tag === 'br' ? 'br' : 'x', id })
    else tokens.push({ kind: 'open', tag, id })
    last = match.index! + match[0].length
  }
  if (last < markup.length) tokens.push({ kind: 'text', text: unescapeText(markup.slice(last)) })
  return tokens
}

/** The tags of a segment in order, as comparable strings (`a#0`, `/a`, `x#2`, `br`). */
export function tagSequence(markup: string): string[] {
  return tokenize(markup)
    .filter((t) => t.kind !== 'text')
    .map((t) =>
      t.kind === 'close' ? `/${t.tag}` : t.id !== undefined ? `${t.tag}#${t.id}` : t.tag,
    )
}

/** The visible text without markup (void tags become a space so words do not run together). */
export function plainText(markup: string): string {
  return tokenize(markup)
    .map((t) => (t.kind === 'text' ? t.text : t.kind === 'void' ? ' ' : ''))
    .join('')
}

/** True when every opening tag is closed in order. */
export function tagsBalanced(markup: string): boolean {
  const stack: string[] = []
  for (const token of tokenize(markup)) {
    if (token.kind === 'open') stack.push(token.tag)
    else if (token.kind === 'close' && stack.pop() !== token.tag) return false
  }
  return stack.length === 0
}

/** Tokens back to markup; `serialize(tokenize(m))` is `m` up to entity spelling. */
export function serialize(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if (t.kind === 'text') return escapeText(t.text)
      if (t.kind === 'close') return `</${t.tag}>`
      if (t.kind === 'open') return t.id !== undefined ? `<${t.tag} id="${t.id}">` : `<${t.tag}>`
      return t.tag === 'br' ? '<br/>' : `<x id="${t.id}"/>`
    })
    .join('')
}
