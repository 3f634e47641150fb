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
    let text = await response.text()
    let status = 200
    try {
      const parsed = JSON.parse(text) as unknown
      // Validation failures (depth, complexity) come back as a bare array of errors; give
      // consumers the standard { errors } shape.
      const body = (Array.isArray(parsed) ? { errors: parsed } : parsed) as { data?: unknown; errors?: unknown[] }
      if (Array.isArray(parsed)) text = JSON.stringify(body)
      if (Array.isArray(body.errors) && body.errors.length && (body.data === undefined || body.data === null)) status = 400
    } catch {
      // not JSON after all: pass it through untouched
    }
    return new Response(text, { status, headers: response.headers })
  }
}
