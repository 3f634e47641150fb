import type { AfterErrorHook } from 'payload'
import { errorBody, httpErrorOf } from './httpErrors'

/**
 * Every error Payload answers for (REST, custom endpoints, GraphQL) goes through the one mapping
 * in httpErrors.ts, so the status and the reason a translator reads never depend on how Payload
 * formatted the error in this particular build.
 */
export const mapErrorsToHttp: AfterErrorHook = ({ error, graphqlResult }) => {
  const mapped = httpErrorOf(error)
  if (graphqlResult) {
    if (mapped.status >= 500) return
    return {
      graphqlResult: {
        ...graphqlResult,
        message: mapped.message,
        extensions: {
          ...graphqlResult.extensions,
          statusCode: mapped.status,
          ...(mapped.data !== undefined ? { data: mapped.data } : {}),
        },
      },
    }
  }
  if (mapped.status >= 500 && mapped.message === 'Something went wrong.')
    return { status: 500, response: errorBody(mapped) }
  return { status: mapped.status, response: errorBody(mapped) }
}
