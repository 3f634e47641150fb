import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { graphqlGetToPost } from '../../../../api/graphqlGet'
import { withGraphQLStatus } from '../../../../api/graphqlStatus'
import { withPublishedCache } from '../../../../../plugins/publishing/publishedCache'

/**
 * The old public read path, kept for `npm run bench` only (CMS_BENCH_ROUTES=1; 404 otherwise):
 * Payload's GraphQL behind the in-memory published cache, exactly as anonymous readers were
 * served before the delivery API. Payload no longer answers anonymous content reads, so the inner
 * call carries the bench's own credentials (x-bench-authorization); the cache still sees an
 * anonymous GET and serves hits from memory as it did.
 */
const post = withGraphQLStatus(GRAPHQL_POST(config))

export const GET = withPublishedCache(async (request: Request) => {
  if (process.env.CMS_BENCH_ROUTES !== '1') return new Response(null, { status: 404 })
  const converted = graphqlGetToPost(request)
  if (converted instanceof Response) return converted
  const headers = new Headers(converted.headers)
  headers.set('authorization', request.headers.get('x-bench-authorization') ?? '')
  return post(new Request(converted.url, { method: 'POST', headers, body: await converted.text() }))
})
