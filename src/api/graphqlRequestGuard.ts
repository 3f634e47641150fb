import { GraphQLError, Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

const problem = (message: string, status = 400) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * Fragments that spread themselves (directly or round a loop). graphql-js reports these in its
 * NoFragmentCyclesRule, but Payload's query-complexity rule walks fragments first and overflows
 * the stack on a cycle (a 500 with an empty body), so they are refused before validation.
 */
export function fragmentCycle(document: DocumentNode): string[] | null {
  const spreads = new Map<string, string[]>()
  const collect = (set: SelectionSetNode | undefined, into: string[]) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) into.push(selection.name.value)
      else collect(selection.selectionSet, into)
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const into: string[] = []
    collect(definition.selectionSet, into)
    spreads.set(definition.name.value, into)
  }
  const done = new Set<string>()
  const visit = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name]
    if (done.has(name)) return null
    for (const next of spreads.get(name) ?? []) {
      const cycle = visit(next, [...path, name])
      if (cycle) return cycle
    }
    done.add(name)
    return null
  }
  for (const name of spreads.keys()) {
    const cycle = visit(name, [])
    if (cycle) return cycle
  }
  return null
}

/**
 * Checks a GraphQL POST body before Payload's handler, which throws (a 500) on a body that is not
 * JSON and overflows on fragment cycles. Returns a 400 to send, or null to go on.
 */
export function checkGraphQLBody(text: string, contentType: string): Response | null {
  if (!contentType.includes('json')) return null // multipart uploads and the like: Payload's own parser
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return problem('The request body is not valid JSON: send {"query": "...", "variables": {...}}')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return problem('The request body must be a JSON object: {"query": "...", "variables": {...}}')
  const { query, variables } = body as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string' || !query.trim())
    return problem('"query" must be a non-empty string')
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return problem('"variables" must be an object')
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 10_000 })
  } catch (error) {
    return problem(
      error instanceof GraphQLError
        ? `Syntax error: ${error.message}`
        : 'The query could not be parsed',
    )
  }
  const cycle = fragmentCycle(document)
  if (cycle)
    return problem(
      `Fragment ${cycle[0]} spreads itself (${cycle.join(' → ')}); fragments must not form a cycle`,
    )
  return null
}
