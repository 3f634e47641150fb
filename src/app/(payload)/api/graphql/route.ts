import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { withGraphQLStatus } from '../../../../api/graphqlStatus'

export const POST = withGraphQLStatus(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
