import { createHash } from 'node:crypto'
import {
  type InlineMarkup,
  inlineToMarkup,
  type LexicalNode,
  markupToInline,
  type Slot,
} from './inline'

/** Field shapes the segmenter understands; the CMS derives them from its collection config. */
export type TranslatableField =
  | { name: string; type: 'text' | 'textarea' | 'richText' }
  /** `shared`: the rows are the same in every language (only some sub-fields are localized), so row ids are kept. */
  | { name: string; type: 'array' | 'group'; fields: TranslatableField[]; shared?: boolean }
  | { name: string; type: 'blocks'; blocks: Record<string, TranslatableField[]> }

export interface Segment {
  /** Stable path: `title`, `body.3`, `body.2.0` (list 2, item 0), `audienceVariants.1.heading`. */
  key: string
  kind: 'plain' | 'rich'
  /** What a provider sees: text with inline tags; block structure never appears here. */
  text: string
  slots: Slot[]
  sourceHash: string
}

export interface SegmentOptions {
  /** Glossary terms kept as written in every language. */
  doNotTranslate?: string[]
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

export function sourceHashOf(text: string, slots: Slot[]): string {
  return createHash('sha256')
    .update(text.normalize('NFC'))
    .update('\u0000')
    .update(JSON.stringify(slots))
    .digest('hex')
}

function segmentOf(key: string, kind: Segment['kind'], inline: InlineMarkup): Segment {
  return {
    key,
    kind,
    text: inline.markup,
    slots: inline.slots,
    sourceHash: sourceHashOf(inline.markup, inline.slots),
  }
}

function hasWords(markup: string): boolean {
  return /[\p{L}\p{N}]/u.test(markup.replace(/<[^>]*>/g, ''))
}

function walkBlocks(
  nodes: LexicalNode[],
  path: string,
  out: Segment[],
  options: SegmentOptions,
): void {
  nodes.forEach((node, index) => {
    const key = `${path}.${index}`
    if (!Array.isArray(node.children)) return
    if (TEXT_BLOCKS.has(node.type)) {
      const inline = node.children.filter((c) => c.type !== 'list')
      const markup = inlineToMarkup(inline, options.doNotTranslate)
      if (hasWords(markup.markup)) out.push(segmentOf(key, 'rich', markup))
      node.children.forEach((child, i) => {
        if (child.type === 'list' && Array.isArray(child.children))
          walkBlocks(child.children, `${key}.${i}`, out, options)
      })
    } else walkBlocks(node.children, key, out, options)
  })
}

function plainMarkup(text: string, options: SegmentOptions): InlineMarkup {
  const parts = text.split('\n')
  const nodes: LexicalNode[] = []
  parts.forEach((part, i) => {
    if (i > 0) nodes.push({ type: 'linebreak', version: 1 })
    if (part)
      nodes.push({
        type: 'text',
        text: part,
        format: 0,
        style: '',
        detail: 0,
        mode: 'normal',
        version: 1,
      })
  })
  return inlineToMarkup(nodes, options.doNotTranslate)
}

function walkFields(
  doc: Record<string, unknown> | null | undefined,
  fields: TranslatableField[],
  prefix: string,
  out: Segment[],
  options: SegmentOptions,
): void {
  if (!doc) return
  for (const field of fields) {
    const value = doc[field.name]
    const key = prefix ? `${prefix}.${field.name}` : field.name
    if (
      (field.type === 'text' || field.type === 'textarea') &&
      typeof value === 'string' &&
      hasWords(value)
    ) {
      out.push(segmentOf(key, 'plain', plainMarkup(value, options)))
    } else if (field.type === 'richText' && value && typeof value === 'object') {
      const root = (value as { root?: LexicalNode }).root
      if (root?.children) walkBlocks(root.children, key, out, options)
    } else if (field.type === 'group' && value && typeof value === 'object') {
      walkFields(value as Record<string, unknown>, field.fields, key, out, options)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) =>
        walkFields(row as Record<string, unknown>, field.fields, `${key}.${i}`, out, options),
      )
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const blockFields = field.blocks[(row as { blockType?: string }).blockType ?? '']
        if (blockFields)
          walkFields(row as Record<string, unknown>, blockFields, `${key}.${i}`, out, options)
      })
    }
  }
}

/** A document's translatable fields → ordered segments with a stable hash each. */
export function segmentDocument(
  doc: Record<string, unknown>,
  fields: TranslatableField[],
  options: SegmentOptions = {},
): Segment[] {
  const out: Segment[] = []
  walkFields(doc, fields, '', out, options)
  return out
}

export interface JoinOptions {
  /** Written onto rebuilt blocks so editors show RTL text right to left. */
  direction?: 'ltr' | 'rtl'
  /** Keep the source text where a segment has no translation (identity joins in tests). */
  keepSourceWhenMissing?: boolean
}

function plainFromInline(nodes: LexicalNode[]): string {
  return nodes
    .map((n) => (n.type === 'linebreak' ? '\n' : n.type === 'text' ? (n.text ?? '') : ''))
    .join('')
}

/**
 * The inverse of segmentDocument: the target-language values of the translatable fields, built
 * from the source document's structure and the translated segment texts. Array rows lose their
 * ids (each language keeps its own rows); non-translatable values are copied from the source.
 */
export function applySegmentTranslations(
  sourceDoc: Record<string, unknown>,
  fields: TranslatableField[],
  translations: Map<string, string>,
  options: SegmentOptions & JoinOptions = {},
): Record<string, unknown> {
  const bySource = new Map(segmentDocument(sourceDoc, fields, options).map((s) => [s.key, s]))
  const translate = (key: string): LexicalNode[] | null => {
    const segment = bySource.get(key)
    if (!segment) return null
    const text = translations.get(key) ?? (options.keepSourceWhenMissing ? segment.text : '')
    return markupToInline(text, segment.slots)
  }

  const rebuildBlocks = (nodes: LexicalNode[], path: string): LexicalNode[] =>
    nodes.map((node, index) => {
      const key = `${path}.${index}`
      if (!Array.isArray(node.children)) return structuredClone(node)
      if (TEXT_BLOCKS.has(node.type)) {
        const translated = translate(key)
        const lists = node.children.map((child, i) =>
          child.type === 'list' && Array.isArray(child.children)
            ? { ...structuredClone(child), children: rebuildBlocks(child.children, `${key}.${i}`) }
            : null,
        )
        const inline =
          translated ??
          node.children.filter((c) => c.type !== 'list').map((c) => structuredClone(c))
        const children = [...inline, ...lists.filter((l): l is NonNullable<typeof l> => l !== null)]
        return {
          ...structuredClone({ ...node, children: [] }),
          ...(options.direction ? { direction: options.direction } : {}),
          children,
        }
      }
      return {
        ...structuredClone({ ...node, children: [] }),
        children: rebuildBlocks(node.children, key),
      }
    })

  const rebuild = (
    doc: Record<string, unknown>,
    specs: TranslatableField[],
    prefix: string,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const field of specs) {
      const value = doc[field.name]
      const key = prefix ? `${prefix}.${field.name}` : field.name
      if (field.type === 'text' || field.type === 'textarea') {
        const nodes = typeof value === 'string' ? translate(key) : null
        out[field.name] = nodes ? plainFromInline(nodes) : value
      } else if (field.type === 'richText') {
        const root = (value as { root?: LexicalNode } | null | undefined)?.root
        out[field.name] = root
          ? {
              ...structuredClone(value as object),
              root: {
                ...structuredClone({ ...root, children: [] }),
                ...(options.direction ? { direction: options.direction } : {}),
                children: rebuildBlocks(root.children ?? [], key),
              },
            }
          : value
      } else if (field.type === 'group') {
        out[field.name] =
          value && typeof value === 'object'
            ? {
                ...structuredClone(value as object),
                ...rebuild(value as Record<string, unknown>, field.fields, key),
              }
            : value
      } else if (field.type === 'array' || field.type === 'blocks') {
        out[field.name] = Array.isArray(value)
          ? value.map((row, i) => {
              const { id, ...rest } = row as Record<string, unknown>
              const keep = field.type === 'array' && field.shared ? { id } : {}
              const specsForRow =
                field.type === 'blocks'
                  ? (field.blocks[(row as { blockType?: string }).blockType ?? ''] ?? [])
                  : field.fields
              return {
                ...structuredClone(rest),
                ...keep,
                ...rebuild(row as Record<string, unknown>, specsForRow, `${key}.${i}`),
              }
            })
          : value
      }
    }
    return out
  }
  return rebuild(sourceDoc, fields, '')
}
