import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { withRestGuards } from '../../../../api/localeGuard'
import { withPublishedCache } from '../../../../../plugins/publishing/publishedCache'

export const GET = withRestGuards(config, withPublishedCache(REST_GET(config)))
export const POST = withRestGuards(config, REST_POST(config))
export const DELETE = withRestGuards(config, REST_DELETE(config))
export const PATCH = withRestGuards(config, REST_PATCH(config))
export const PUT = withRestGuards(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
