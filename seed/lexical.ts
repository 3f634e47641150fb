/**
 * A tiny builder for Lexical editor state, producing JSON exactly as Payload's richtext-lexical
 * stores it (lexical 0.x `exportJSON` shapes). Plain data, no Payload or Lexical imports, so seed
 * content can be written as `doc(h2('Overskrift'), p('Tekst ', b('fed'), '.'))`.
 *
 * The node types are type aliases (not interfaces) on purpose: aliases are assignable to the
 * `{ type: any; version: number; [k: string]: unknown }` shape in Payload's generated types.
 */

export type Direction = 'ltr' | 'rtl' | null
export type ElementFormat = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'

/** Lexical text format bitmask. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const

export type SerializedTextNode = {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal' | 'token' | 'segmented'
  style: string
  version: 1
}

export type SerializedLineBreakNode = { type: 'linebreak'; version: 1 }

type ElementBase = {
  format: ElementFormat
  indent: number
  direction: Direction
  version: number
}

export type SerializedLinkNode = ElementBase & {
  type: 'link'
  fields: { url: string; newTab: boolean; linkType: 'custom' }
  children: Array<SerializedTextNode | SerializedLineBreakNode>
  version: 3
}

export type InlineNode = SerializedTextNode | SerializedLineBreakNode | SerializedLinkNode

export type SerializedParagraphNode = ElementBase & {
  type: 'paragraph'
  textFormat: number
  textStyle: string
  children: InlineNode[]
  version: 1
}

export type SerializedHeadingNode = ElementBase & {
  type: 'heading'
  tag: 'h2' | 'h3'
  children: InlineNode[]
  version: 1
}

export type SerializedQuoteNode = ElementBase & {
  type: 'quote'
  children: InlineNode[]
  version: 1
}

export type SerializedListItemNode = ElementBase & {
  type: 'listitem'
  value: number
  children: Array<InlineNode | SerializedListNode>
  version: 1
}

export type SerializedListNode = ElementBase & {
  type: 'list'
  listType: 'bullet' | 'number'
  tag: 'ul' | 'ol'
  start: number
  children: SerializedListItemNode[]
  version: 1
}

export type BlockNode =
  SerializedParagraphNode | SerializedHeadingNode | SerializedQuoteNode | SerializedListNode

export type SerializedRootNode = ElementBase & { type: 'root'; children: BlockNode[]; version: 1 }

/** What a Payload `richText` field (lexical) holds. */
export type LexicalDoc = { root: SerializedRootNode }

/** Inline content: a plain string becomes an unformatted text node. */
export type Inline = string | InlineNode

const element = { format: '' as const, indent: 0, direction: 'ltr' as const }

function text(value: string, format = 0): SerializedTextNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function inlines(items: readonly Inline[]): InlineNode[] {
  return items.map((item) => (typeof item === 'string' ? text(item) : item))
}

export function doc(...blocks: BlockNode[]): LexicalDoc {
  return { root: { type: 'root', ...element, version: 1, children: blocks } }
}

export function p(...content: Inline[]): SerializedParagraphNode {
  const children = inlines(content)
  // Lexical persists the first text child's format/style on the paragraph.
  const first = children.find((c): c is SerializedTextNode => c.type === 'text')
  return {
    type: 'paragraph',
    ...element,
    version: 1,
    textFormat: first?.format ?? 0,
    textStyle: first?.style ?? '',
    children,
  }
}

function heading(tag: 'h2' | 'h3', content: Inline[]): SerializedHeadingNode {
  return { type: 'heading', tag, ...element, version: 1, children: inlines(content) }
}

export const h2 = (...content: Inline[]): SerializedHeadingNode => heading('h2', content)
export const h3 = (...content: Inline[]): SerializedHeadingNode => heading('h3', content)

export function quote(...content: Inline[]): SerializedQuoteNode {
  return { type: 'quote', ...element, version: 1, children: inlines(content) }
}

/** A list item: a string, an inline node, or an array of inline nodes (and nested lists). */
export type ListItemContent = Inline | Array<Inline | SerializedListNode>

function list(listType: 'bullet' | 'number', items: ListItemContent[]): SerializedListNode {
  return {
    type: 'list',
    listType,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    start: 1,
    ...element,
    version: 1,
    children: items.map((item, index) => ({
      type: 'listitem',
      value: index + 1,
      ...element,
      version: 1,
      children: (Array.isArray(item) ? item : [item]).map((c) =>
        typeof c === 'string' ? text(c) : c,
      ),
    })),
  }
}

export const ul = (...items: ListItemContent[]): SerializedListNode => list('bullet', items)
export const ol = (...items: ListItemContent[]): SerializedListNode => list('number', items)

export const b = (value: string): SerializedTextNode => text(value, TEXT_FORMAT.bold)
export const i = (value: string): SerializedTextNode => text(value, TEXT_FORMAT.italic)
export const bi = (value: string): SerializedTextNode =>
  text(value, TEXT_FORMAT.bold | TEXT_FORMAT.italic)
export const br = (): SerializedLineBreakNode => ({ type: 'linebreak', version: 1 })

export function link(url: string, label: string = url): SerializedLinkNode {
  return {
    type: 'link',
    fields: { url, newTab: false, linkType: 'custom' },
    ...element,
    version: 3,
    children: [text(label)],
  }
}

type AnyNode = { type?: unknown; text?: unknown; children?: unknown }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem'])

/**
 * The readable text of a document: text nodes joined, line breaks as "\n", one block per line.
 * Meant for tests and quick checks, not for rendering.
 */
export function plainTextOf(state: LexicalDoc | { root: unknown } | null | undefined): string {
  if (!state) return ''
  const lines: string[] = []
  const walk = (node: unknown, out: string[]): void => {
    if (!node || typeof node !== 'object') return
    const n = node as AnyNode
    if (n.type === 'text' && typeof n.text === 'string') out.push(n.text)
    else if (n.type === 'linebreak') out.push('\n')
    else if (Array.isArray(n.children)) {
      if (typeof n.type === 'string' && BLOCK_TYPES.has(n.type) && n.type !== 'list') {
        const own: string[] = []
        const nested: unknown[] = []
        for (const child of n.children) {
          if ((child as AnyNode | null)?.type === 'list') nested.push(child)
          else walk(child, own)
        }
        lines.push(own.join(''))
        for (const child of nested) walk(child, lines)
      } else {
        for (const child of n.children) walk(child, out)
      }
    }
  }
  walk((state as { root: unknown }).root, lines)
  return lines.join('\n')
}
