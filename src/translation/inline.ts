import { escapeText, FORMAT_BIT_OF, FORMAT_TAGS, tokenize } from './markup'
import { findProtectedSpans } from './protect'

/** A Lexical node as stored (JSON); only the fields this module reads are typed. */
export interface LexicalNode {
  type: string
  text?: string
  format?: number | string
  style?: string
  detail?: number
  mode?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

/** What a segment's `<a id>`, `<f id>` and `<x id/>` tags stand for. */
export type Slot =
  | { kind: 'protected'; text: string }
  | { kind: 'node'; node: LexicalNode }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'style'; style: string; detail: number; mode: string }

export interface InlineMarkup {
  markup: string
  slots: Slot[]
}

export class SegmentMarkupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SegmentMarkupError'
  }
}

function protectedMarkup(text: string, slots: Slot[], doNotTranslate: string[]): string {
  let out = ''
  let last = 0
  for (const span of findProtectedSpans(text, doNotTranslate)) {
    out += escapeText(text.slice(last, span.start))
    slots.push({ kind: 'protected', text: text.slice(span.start, span.end) })
    out += `<x id="${slots.length - 1}"/>`
    last = span.end
  }
  return out + escapeText(text.slice(last))
}

function textNodeMarkup(node: LexicalNode, slots: Slot[], doNotTranslate: string[]): string {
  const format = typeof node.format === 'number' ? node.format : 0
  let markup = protectedMarkup(node.text ?? '', slots, doNotTranslate)
  for (const [bit, tag] of [...FORMAT_TAGS].reverse())
    if (format & bit) markup = `<${tag}>${markup}</${tag}>`
  const style = node.style ?? ''
  const detail = node.detail ?? 0
  const mode = node.mode ?? 'normal'
  if (style || detail || mode !== 'normal') {
    slots.push({ kind: 'style', style, detail, mode })
    markup = `<f id="${slots.length - 1}">${markup}</f>`
  }
  return markup
}

/** Inline Lexical children → one segment's markup plus the slots its tags refer to. */
export function inlineToMarkup(
  children: LexicalNode[],
  doNotTranslate: string[] = [],
  slots: Slot[] = [],
): InlineMarkup {
  let markup = ''
  for (const node of children) {
    if (node.type === 'text') markup += textNodeMarkup(node, slots, doNotTranslate)
    else if (node.type === 'linebreak') markup += '<br/>'
    else if ((node.type === 'link' || node.type === 'autolink') && Array.isArray(node.children)) {
      const { children: linkChildren, ...shell } = node
      slots.push({ kind: 'link', node: shell as LexicalNode })
      const id = slots.length - 1
      markup += `<a id="${id}">${inlineToMarkup(linkChildren ?? [], doNotTranslate, slots).markup}</a>`
    } else {
      slots.push({ kind: 'node', node })
      markup += `<x id="${slots.length - 1}"/>`
    }
  }
  return { markup, slots }
}

interface Context {
  format: number
  style: { style: string; detail: number; mode: string }
  container: LexicalNode[]
  closes: string
}

function slotAt(slots: Slot[], id: string | undefined, tag: string): Slot {
  const slot = id === undefined ? undefined : slots[Number(id)]
  if (!slot)
    throw new SegmentMarkupError(`<${tag} id="${id ?? ''}"> does not belong to this segment`)
  return slot
}

function pushText(context: Context, text: string): void {
  if (!text) return
  const last = context.container[context.container.length - 1]
  if (
    last?.type === 'text' &&
    last.format === context.format &&
    last.style === context.style.style &&
    last.detail === context.style.detail &&
    last.mode === context.style.mode
  ) {
    last.text += text
    return
  }
  context.container.push({
    type: 'text',
    text,
    format: context.format,
    style: context.style.style,
    detail: context.style.detail,
    mode: context.style.mode,
    version: 1,
  })
}

/** Segment markup (source or translated) → inline Lexical children, using the source's slots. */
export function markupToInline(markup: string, slots: Slot[]): LexicalNode[] {
  const root: LexicalNode[] = []
  const stack: Context[] = [
    { format: 0, style: { style: '', detail: 0, mode: 'normal' }, container: root, closes: '' },
  ]
  for (const token of tokenize(markup)) {
    const context = stack[stack.length - 1]
    if (token.kind === 'text') pushText(context, token.text)
    else if (token.kind === 'void' && token.tag === 'br')
      context.container.push({ type: 'linebreak', version: 1 })
    else if (token.kind === 'void') {
      const slot = slotAt(slots, token.id, 'x')
      if (slot.kind === 'protected') pushText(context, slot.text)
      else if (slot.kind === 'node') context.container.push(structuredClone(slot.node))
      else throw new SegmentMarkupError(`<x id="${token.id}"/> points at a ${slot.kind}`)
    } else if (token.kind === 'open') {
      if (token.tag === 'a') {
        const slot = slotAt(slots, token.id, 'a')
        if (slot.kind !== 'link')
          throw new SegmentMarkupError(`<a id="${token.id}"> points at a ${slot.kind}`)
        const link: LexicalNode = { ...structuredClone(slot.node), children: [] }
        context.container.push(link)
        stack.push({ ...context, container: link.children!, closes: 'a' })
      } else if (token.tag === 'f') {
        const slot = slotAt(slots, token.id, 'f')
        if (slot.kind !== 'style')
          throw new SegmentMarkupError(`<f id="${token.id}"> points at a ${slot.kind}`)
        stack.push({
          ...context,
          style: { style: slot.style, detail: slot.detail, mode: slot.mode },
          closes: 'f',
        })
      } else if (token.tag in FORMAT_BIT_OF) {
        stack.push({
          ...context,
          format: context.format | FORMAT_BIT_OF[token.tag],
          closes: token.tag,
        })
      } else throw new SegmentMarkupError(`Unknown tag <${token.tag}>`)
    } else {
      if (stack.length === 1 || context.closes !== token.tag)
        throw new SegmentMarkupError(`</${token.tag}> closes nothing that is open`)
      stack.pop()
    }
  }
  if (stack.length > 1)
    throw new SegmentMarkupError(`<${stack[stack.length - 1].closes}> is never closed`)
  return root
}
