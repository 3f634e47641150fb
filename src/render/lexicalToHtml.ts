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

function children(node: LexicalNode): string {
  return Array.isArray(node.children) ? (node.children as LexicalNode[]).map(renderNode).join('') : ''
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(String(node.text ?? ''))
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function renderLink(node: LexicalNode): string {
  const url = String(node.fields?.url ?? node.url ?? '').trim()
  if (!SAFE_URL.test(url)) return children(node)
  const target = node.fields?.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeHtml(url)}"${target}>${children(node)}</a>`
}

function renderNode(node: LexicalNode): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph':
      return `<p>${children(node)}</p>`
    case 'heading': {
      const tag = /^h[1-6]$/.test(String(node.tag)) ? String(node.tag) : 'h2'
      return `<${tag}>${children(node)}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${children(node)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children(node)}</${tag}>`
    }
    case 'listitem':
      return `<li>${children(node)}</li>`
    case 'link':
    case 'autolink':
      return renderLink(node)
    case 'horizontalrule':
      return '<hr>'
    default:
      return children(node)
  }
}

export function lexicalToHtml(state: unknown): string {
  if (!state || typeof state !== 'object') return ''
  const root = (state as { root?: LexicalNode }).root
  return root ? children(root) : ''
}
