export interface ApiResponse<T = unknown> {
  status: number
  body: T
  headers: Headers
}

export interface Credentials {
  /** A JWT from /api/users/login, sent as `Authorization: JWT ...`. */
  token?: string
  /** A user's API key, sent as `Authorization: users API-Key ...`. */
  apiKey?: string
}

function authHeaders(auth?: Credentials): Record<string, string> {
  if (auth?.token) return { authorization: `JWT ${auth.token}` }
  if (auth?.apiKey) return { authorization: `users API-Key ${auth.apiKey}` }
  return {}
}

async function parse<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // non-JSON bodies (HTML error pages) are returned as text for the assertion message
  }
  return { status: response.status, body: body as T, headers: response.headers }
}

type Handler = (
  request: Request,
  args: { params: Promise<{ slug?: string[] }> },
) => Promise<Response>

/**
 * The route handlers src/app mounts (REST with its locale guard, GraphQL), called with real
 * Request objects: the HTTP layer minus the Next server, so tests need no build. Import after
 * startTestPayload(): the routes read the config, which reads DATABASE_URL.
 */
export async function httpApi() {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const gql = await import('../../src/app/(payload)/api/graphql/route')
  const handlers: Record<'GET' | 'POST' | 'PATCH' | 'DELETE', Handler> = {
    GET: rest.GET,
    POST: rest.POST,
    PATCH: rest.PATCH,
    DELETE: rest.DELETE,
  }
  const graphqlPost = gql.POST as (request: Request) => Promise<Response>
  return {
    /** `body` is sent as JSON; `raw` as it is, with its own content type (XLIFF uploads). */
    async rest<T = Record<string, unknown>>(
      method: keyof typeof handlers,
      pathAndQuery: string,
      options: {
        body?: unknown
        raw?: { body: string; contentType: string }
        auth?: Credentials
      } = {},
    ): Promise<ApiResponse<T>> {
      const url = new URL(`http://localhost/api/${pathAndQuery.replace(/^\/?(api\/)?/, '')}`)
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
      const request = new Request(url, {
        method,
        headers: {
          'content-type': options.raw?.contentType ?? 'application/json',
          ...authHeaders(options.auth),
        },
        body: options.raw
          ? options.raw.body
          : options.body === undefined
            ? undefined
            : JSON.stringify(options.body),
      })
      return parse<T>(await handlers[method](request, { params: Promise.resolve({ slug }) }))
    },
    async graphql<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      auth?: Credentials,
    ): Promise<ApiResponse<{ data?: T; errors?: Array<{ message: string }> }>> {
      const request = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authHeaders(auth) },
        body: JSON.stringify({ query, variables }),
      })
      return parse(await graphqlPost(request))
    },
  }
}
