import type { TextBlock } from './analyse'

/**
 * The Danish text of a stored document as blocks for `analyseReadability`: plain fields, and
 * Lexical rich text walked paragraph by paragraph (headings and list items marked, because a
 * list is not running text). Pure JSON walking: no Payload or Lexical import.
 */

export type ReadableField =
  | { name: string; type: 'text' | 'textarea' | 'richText' }
  | { name: string; type: 'array' | 'group'; fields: ReadableField[] }
  | { name: string; type: 'blocks'; blocks: Record<string, ReadableField[]> }

interface LexicalNode {
  type?: string
  text?: string
  tag?: string
  children?: LexicalNode[]
}

function inlineText(nodes: LexicalNode[] | undefined): string {
  let out = ''
  for (const node of nodes ?? []) {
    if (node.type === 'list') continue
    if (typeof node.text === 'string') out += node.text
    else if (node.type === 'linebreak') out += '\n'
    else if (node.type === 'tab') out += ' '
    else if (Array.isArray(node.children)) out += inlineText(node.children)
  }
  return out
}

function walkLexical(nodes: LexicalNode[] | undefined, path: string, out: TextBlock[]): void {
  ;(nodes ?? []).forEach((node, index) => {
    const key = `${path}.${index}`
    if (
      node.type === 'paragraph' ||
      node.type === 'quote' ||
      node.type === 'heading' ||
      node.type === 'listitem'
    ) {
      const text = inlineText(node.children)
      if (text.trim())
        out.push({
          key,
          kind:
            node.type === 'heading' ? 'heading' : node.type === 'listitem' ? 'listItem' : 'prose',
          text,
        })
      // Nested lists live inside a list item.
      node.children?.forEach((child, i) => {
        if (child.type === 'list') walkLexical(child.children, `${key}.${i}`, out)
      })
    } else if (Array.isArray(node.children)) walkLexical(node.children, key, out)
  })
}

export function lexicalBlocks(value: unknown, key: string): TextBlock[] {
  const out: TextBlock[] = []
  const root =
    value && typeof value === 'object' ? (value as { root?: LexicalNode }).root : undefined
  if (root?.children) walkLexical(root.children, key, out)
  return out
}

/** A title is a heading: it ends a sentence whether or not it has a full stop. */
const HEADING_FIELDS = new Set(['title', 'heading', 'question'])

function walkFields(
  doc: Record<string, unknown> | null | undefined,
  fields: ReadableField[],
  prefix: string,
  out: TextBlock[],
): void {
  if (!doc) return
  for (const field of fields) {
    const value = doc[field.name]
    const key = prefix ? `${prefix}.${field.name}` : field.name
    if (
      (field.type === 'text' || field.type === 'textarea') &&
      typeof value === 'string' &&
      value.trim()
    ) {
      out.push({
        key,
        kind: field.type === 'text' && HEADING_FIELDS.has(field.name) ? 'heading' : 'prose',
        text: value,
      })
    } else if (field.type === 'richText') out.push(...lexicalBlocks(value, key))
    else if (field.type === 'group' && value && typeof value === 'object')
      walkFields(value as Record<string, unknown>, field.fields, key, out)
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((row, i) =>
        walkFields(row as Record<string, unknown>, field.fields, `${key}.${i}`, out),
      )
    else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const r = row as Record<string, unknown>
        const spec = field.blocks[String(r.blockType)]
        if (spec) walkFields(r, spec, `${key}.${i}`, out)
      })
    }
  }
}

/** Every block of a document, in order, keyed by field path. */
export function documentBlocks(doc: Record<string, unknown>, fields: ReadableField[]): TextBlock[] {
  const out: TextBlock[] = []
  walkFields(doc, fields, '', out)
  return out
}

/** The top-level field a block belongs to: `body.3.0` → `body`. */
export function fieldOfBlock(block: TextBlock): string {
  return block.key.split('.')[0]
}
