/**
 * What each inline code of a segment stands for, in words a translator reads: "bold", "link to
 * https://kk.dk", "phone number +45 33 66 33 66", "{{meetingDate}}". The review screen shows codes
 * as chips with these labels; XLIFF writes the protected text inside `<ph>`.
 */
import type { Slot } from './inline'
import { FORMAT_TAGS, tokenize } from './markup'

export interface InlineCode {
  /** Short text on the chip. */
  label: string
  /** Longer description for the tooltip and screen readers. */
  description: string
  /** The protected text behind an `x` code, when it is text. */
  text?: string
}

const FORMAT_WORDS: Record<string, string> = {
  b: 'bold',
  i: 'italic',
  u: 'underline',
  s: 'strikethrough',
  code: 'code',
  sub: 'subscript',
  sup: 'superscript',
}

/** The code key used everywhere a code is named: `b`, `a#0`, `f#1`, `x#2`, `br`. */
export function codeKey(token: { tag: string; id?: string }): string {
  return token.id !== undefined ? `${token.tag}#${token.id}` : token.tag
}

function protectedKind(text: string): string {
  if (/^\{\{.*\}\}$/.test(text)) return 'placeholder'
  if (/^(https?:\/\/|www\.)/i.test(text)) return 'web address'
  if (/@/.test(text)) return 'e-mail address'
  if (/^\+?[\d\s-]+$/.test(text)) return 'phone number'
  return 'kept as written'
}

function linkUrl(node: Record<string, unknown>): string | undefined {
  const fields = node.fields as { url?: unknown; doc?: { relationTo?: unknown } } | undefined
  if (typeof fields?.url === 'string' && fields.url) return fields.url
  if (typeof node.url === 'string') return node.url
  if (fields?.doc && typeof fields.doc.relationTo === 'string')
    return `a ${fields.doc.relationTo} document`
  return undefined
}

/** Every code of a segment's markup → what it stands for, from the segment's slots (when known). */
export function describeInlineCodes(
  markup: string,
  slots: Slot[] = [],
): Record<string, InlineCode> {
  const codes: Record<string, InlineCode> = {}
  for (const token of tokenize(markup)) {
    if (token.kind === 'text' || token.kind === 'close') continue
    const key = codeKey(token)
    if (codes[key]) continue
    if (token.tag === 'br') codes[key] = { label: '↵', description: 'line break' }
    else if (token.tag in FORMAT_WORDS)
      codes[key] = { label: FORMAT_WORDS[token.tag], description: FORMAT_WORDS[token.tag] }
    else {
      const slot = slots[Number(token.id)]
      if (token.tag === 'a') {
        const url = slot?.kind === 'link' ? linkUrl(slot.node) : undefined
        codes[key] = { label: 'link', description: url ? `link to ${url}` : 'link' }
      } else if (token.tag === 'f')
        codes[key] = {
          label: 'style',
          description:
            slot?.kind === 'style' && slot.style ? `text style ${slot.style}` : 'text style',
        }
      else if (slot?.kind === 'protected')
        codes[key] = {
          label: slot.text,
          description: `${protectedKind(slot.text)} ${slot.text}`,
          text: slot.text,
        }
      else if (slot?.kind === 'node')
        codes[key] = {
          label: String(slot.node.type),
          description: `${slot.node.type} (kept as in the Danish)`,
        }
      else
        codes[key] = {
          label: `#${token.id}`,
          description: 'protected text (numbers, addresses or {{placeholders}})',
        }
    }
  }
  return codes
}

export const FORMAT_TAG_NAMES = FORMAT_TAGS.map(([, tag]) => tag)
