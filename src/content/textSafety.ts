/**
 * Checks on what editors and translators store. Control characters and bidi embeddings or
 * overrides (U+202A–U+202E) make text display differently from what it contains, which in a
 * letter can change a phone number or a deadline; they are refused with a message that says where.
 * Marks that are legitimate in mixed-direction text (LRM, RLM, isolates) are allowed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E]/

export const MAX_RICH_TEXT_CHARS = 500_000
/** Longer than any title, summary or textarea an editor writes; refused before hooks analyse it. */
export const MAX_PLAIN_TEXT_CHARS = 100_000
const MAX_DEPTH = 20

export function unsafeCharacterProblem(text: string, where: string): string | null {
  const match = UNSAFE.exec(text)
  if (!match) return null
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
  return `${where} contains an invisible control or direction-override character (U+${code}) at position ${match.index + 1}; remove it`
}

interface Node {
  type?: unknown
  text?: unknown
  children?: unknown
}

function walk(node: Node, depth: number, path: string): string | null {
  if (depth > MAX_DEPTH) return `Rich text is nested more than ${MAX_DEPTH} levels deep`
  if (typeof node !== 'object' || node === null || typeof node.type !== 'string')
    return `Rich text node at ${path} has no type`
  if (node.type === 'text') {
    if (typeof node.text !== 'string') return `Text node at ${path} has no text`
    return unsafeCharacterProblem(node.text, 'Rich text')
  }
  if (node.children === undefined) return null
  if (!Array.isArray(node.children))
    return `Rich text node at ${path} has children that are not a list`
  for (let i = 0; i < node.children.length; i++) {
    const problem = walk(node.children[i] as Node, depth + 1, `${path}.${i}`)
    if (problem) return problem
  }
  return null
}

/** Null when the value is a storable Lexical document (or empty), else what is wrong with it. */
export function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object' || Array.isArray(value))
    return 'Rich text must be a Lexical JSON object with a "root"'
  const root = (value as { root?: Node }).root
  if (!root || typeof root !== 'object' || root.type !== 'root')
    return 'Rich text must have a "root" node of type "root"'
  const size = JSON.stringify(value).length
  if (size > MAX_RICH_TEXT_CHARS)
    return `Rich text is ${size} characters of JSON; the limit is ${MAX_RICH_TEXT_CHARS}. Split the document.`
  return walk(root, 0, 'root')
}

/**
 * Every string and rich-text value in incoming data, checked even on draft saves (which skip
 * field validation), so nothing unsafe is ever stored in any locale.
 */
export function incomingDataProblem(
  data: unknown,
  path = '',
): { path: string; message: string } | null {
  if (typeof data === 'string') {
    if (data.length > MAX_PLAIN_TEXT_CHARS)
      return {
        path,
        message: `${path || 'A value'} is ${data.length} characters; the limit is ${MAX_PLAIN_TEXT_CHARS}`,
      }
    const problem = unsafeCharacterProblem(data, path || 'A value')
    return problem ? { path, message: problem } : null
  }
  if (!data || typeof data !== 'object') return null
  if (!Array.isArray(data) && 'root' in data) {
    const problem = richTextProblem(data)
    return problem ? { path, message: `${path}: ${problem}` } : null
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id' || key === '_status') continue
    const problem = incomingDataProblem(value, path ? `${path}.${key}` : key)
    if (problem) return problem
  }
  return null
}
