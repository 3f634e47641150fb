/** `{{ name }}` placeholders in letter templates; names are identifiers so print services can fill them. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g
const VALID_NAME = /^[A-Za-z][A-Za-z0-9_]*$/

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1])
}

/** Every text run in a Lexical tree, in document order. */
export function lexicalText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof n.text === 'string') return n.text
  if (n.root) return lexicalText(n.root)
  if (Array.isArray(n.children)) return n.children.map(lexicalText).join('\n')
  return ''
}

/** Problems with the placeholders used in `texts`, given the declared names. Empty when fine. */
export function placeholderProblems(texts: string[], declared: string[]): string[] {
  const problems: string[] = []
  const known = new Set(declared)
  for (const name of new Set(texts.flatMap(placeholdersIn))) {
    if (!VALID_NAME.test(name))
      problems.push(`"{{${name}}}" is not a valid placeholder name (letters, digits and _ only)`)
    else if (!known.has(name))
      problems.push(
        `placeholder {{${name}}} is not declared; declared: ${declared.join(', ') || 'none'}`,
      )
  }
  return problems
}
