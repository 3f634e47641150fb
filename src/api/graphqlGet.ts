/**
 * GraphQL over GET (query, variables, operationName in the URL) so published reads can be cached
 * and revalidated with ETags. Only queries: a mutation over GET is refused as the spec requires.
 */
export function graphqlGetToPost(request: Request): Request | Response {
  const params = new URL(request.url).searchParams
  const query = params.get('query')
  if (!query)
    return Response.json({ errors: [{ message: 'Missing "query" parameter' }] }, { status: 400 })
  if (/^\s*mutation\b/.test(query))
    return Response.json({ errors: [{ message: 'Mutations must use POST' }] }, { status: 405 })
  let variables: unknown
  try {
    variables = params.get('variables') ? JSON.parse(params.get('variables')!) : undefined
  } catch {
    return Response.json(
      { errors: [{ message: '"variables" is not valid JSON' }] },
      { status: 400 },
    )
  }
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  return new Request(request.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query,
      variables,
      operationName: params.get('operationName') ?? undefined,
    }),
  })
}
