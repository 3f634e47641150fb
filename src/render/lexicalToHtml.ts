/**
 * Lexical JSON → HTML for consumers and print. Our own small renderer rather than a general one
 * because it is a security boundary: every text is escaped, only known node types render,
 * and links keep only http(s), mailto and tel targets. Unknown nodes keep their text content.
 */

interface LexicalNode {
  type?: unknown
  text?: unknown
  format?: unknown
  tag?: unknown
  listType?: unknown
  children?: unknown
  fields?: { url?: unknown; newTab?: unknown }
  url?: unknown
}

const FORMAT_TAGS: Array<[number, string]> = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
]
const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i
// Bidi overrides and isolates can make a phone number or URL read differently than it is stored.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

export function escapeHtml(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Media a document embeds, by id: images and films in rich text render only when given here. */
export interface EmbeddedMedia {
  filename: string
  mimeType: string
  alt?: string | null
}
interface RenderContext {
  media?: Map<number, EmbeddedMedia>
}

function children(node: LexicalNode, ctx: RenderContext): string {
  return Array.isArray(node.children)
    ? (node.children as LexicalNode[]).map((child) => renderNode(child, ctx)).join('')
    : ''
}

/** An upload node's media id, whether the value is populated or just the id. */
export function uploadIdOf(node: { value?: unknown }): number | null {
  const value = node.value
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number')
    return (value as { id: number }).id
  return null
}

function renderUpload(
  node: LexicalNode & { value?: unknown; relationTo?: unknown },
  ctx: RenderContext,
): string {
  const id = uploadIdOf(node)
  const media = id === null ? undefined : ctx.media?.get(id)
  // Only files the media collection knows, by a plain file name: no URL from the document itself.
  if (!media || /[/\\]/.test(media.filename) || media.filename.startsWith('.')) return ''
  const src = `/api/media/file/${encodeURIComponent(media.filename)}`
  if (media.mimeType.startsWith('image/'))
    return `<figure><img src="${src}" alt="${escapeHtml(media.alt ?? '')}"></figure>`
  if (media.mimeType.startsWith('video/'))
    return `<figure><video controls preload="metadata" src="${src}"></video></figure>`
  return ''
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(String(node.text ?? ''))
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function renderLink(node: LexicalNode, ctx: RenderContext): string {
  const url = String(node.fields?.url ?? node.url ?? '').trim()
  if (!SAFE_URL.test(url)) return children(node, ctx)
  const target = node.fields?.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeHtml(url)}"${target}>${children(node, ctx)}</a>`
}

function renderNode(node: LexicalNode, ctx: RenderContext): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph':
      return `<p>${children(node, ctx)}</p>`
    case 'heading': {
      const tag = /^h[1-6]$/.test(String(node.tag)) ? String(node.tag) : 'h2'
      return `<${tag}>${children(node, ctx)}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${children(node, ctx)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children(node, ctx)}</${tag}>`
    }
    case 'listitem':
      return `<li>${children(node, ctx)}</li>`
    case 'link':
    case 'autolink':
      return renderLink(node, ctx)
    case 'upload':
      return renderUpload(node, ctx)
    case 'horizontalrule':
      return '<hr>'
    default:
      return children(node, ctx)
  }
}

export function lexicalToHtml(state: unknown, options: RenderContext = {}): string {
  if (!state || typeof state !== 'object') return ''
  const root = (state as { root?: LexicalNode }).root
  return root ? children(root, options) : ''
}

/** The media ids a rich text embeds (upload nodes), for fetching them before rendering. */
export function embeddedMediaIds(state: unknown): number[] {
  const ids: number[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as LexicalNode & { value?: unknown }
    if (n.type === 'upload') {
      const id = uploadIdOf(n)
      if (id !== null) ids.push(id)
    }
    if (Array.isArray(n.children)) n.children.forEach(walk)
  }
  walk((state as { root?: unknown } | null)?.root)
  return [...new Set(ids)]
}
