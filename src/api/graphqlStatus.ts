type GraphQLHandler = (request: Request) => Promise<Response>

/**
 * A query that cannot run at all (syntax, unknown locale enum, depth/complexity limit) comes back
 * from graphql-http as 200 with only `errors`; the GraphQL-over-HTTP spec allows 400 for that and
 * it is what monitoring and consumers expect. Partial results (data plus errors) stay 200.
 */
export function withGraphQLStatus(handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const text = await response.text()
    let status = 200
    try {
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
      if (Array.isArray(body.errors) && body.errors.length && (body.data === undefined || body.data === null)) status = 400
    } catch {
      // not JSON after all: pass it through untouched
    }
    return new Response(text, { status, headers: response.headers })
  }
}
