import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { withLocaleGuard } from '../../../../api/localeGuard'
import { withPublishedCache } from '../../../../../plugins/publishing/publishedCache'

export const GET = withLocaleGuard(withPublishedCache(REST_GET(config)))
export const POST = withLocaleGuard(REST_POST(config))
export const DELETE = withLocaleGuard(REST_DELETE(config))
export const PATCH = withLocaleGuard(REST_PATCH(config))
export const PUT = withLocaleGuard(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
