import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlGetToPost } from '../../../../api/graphqlGet'
import { withGraphQLStatus } from '../../../../api/graphqlStatus'
import { withPublishedCache } from '../../../../../plugins/publishing/publishedCache'

export const POST = withGraphQLStatus(GRAPHQL_POST(config))
export const GET = withPublishedCache(async (request: Request) => {
  const post = graphqlGetToPost(request)
  return post instanceof Response ? post : POST(post)
})
export const OPTIONS = REST_OPTIONS(config)
