import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

const post = GRAPHQL_POST(config)

/**
 * The reference site reads exactly what any consumer reads: the public GraphQL API, anonymously,
 * so what it shows is proof of what the publishing path serves.
 */
export async function publicQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await post(new Request('http://internal/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }))
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> }
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`)
  return body.data
}
