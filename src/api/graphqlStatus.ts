import { checkGraphQLBody } from './graphqlRequestGuard'
import { errorResponse, httpErrorOf } from './httpErrors'

type GraphQLHandler = (request: Request) => Promise<Response>

/** Reads the body once, refuses what Payload's handler would choke on, and hands on a fresh request. */
async function guarded(request: Request): Promise<Request | Response> {
  const type = request.headers.get('content-type') ?? ''
  // Only JSON bodies are read here; multipart uploads go to Payload's own parser untouched.
  if (request.method !== 'POST' || (type && !type.includes('json') && !type.startsWith('text/')))
    return request
  const text = await request.text()
  const refused = checkGraphQLBody(text, 'application/json')
  if (refused) return refused
  return new Request(request.url, {
    method: 'POST',
    headers: request.headers,
    body: text,
    signal: request.signal,
  })
}

/**
 * A query that cannot run at all (syntax, unknown locale enum, depth/complexity limit) comes back
 * from graphql-http as 200 with only `errors`; the GraphQL-over-HTTP spec allows 400 for that and
 * it is what monitoring and consumers expect. Partial results (data plus errors) stay 200.
 */
export function withGraphQLStatus(handler: GraphQLHandler): GraphQLHandler {
  return async (incoming) => {
    const request = await guarded(incoming)
    if (request instanceof Response) return request
    let response: Response
    try {
      response = await handler(request)
    } catch (error) {
      // Payload's handler throws (rather than answers) for some bad requests; map them like REST.
      return errorResponse(httpErrorOf(error))
    }
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json'))
      return response
    let text = await response.text()
    let status = 200
    try {
      const parsed = JSON.parse(text) as unknown
      // Validation failures (depth, complexity) come back as a bare array of errors; give
      // consumers the standard { errors } shape.
      const body = (Array.isArray(parsed) ? { errors: parsed } : parsed) as {
        data?: unknown
        errors?: unknown[]
      }
      if (Array.isArray(parsed)) text = JSON.stringify(body)
      if (
        Array.isArray(body.errors) &&
        body.errors.length &&
        (body.data === undefined || body.data === null)
      )
        status = 400
    } catch {
      // not JSON after all: pass it through untouched
    }
    return new Response(text, { status, headers: response.headers })
  }
}
