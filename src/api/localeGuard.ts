import type { SanitizedConfig } from 'payload'
import { errorResponse, httpErrorOf } from './httpErrors'
import { checkRestShape } from './restShape'
import { deletePreference } from './preferencesDelete'
import { ALL_LOCALES } from '../languages'

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

const LOCALE_PARAMS = ['locale', 'fallback-locale', 'fallbackLocale', 'publishSpecificLocale']
const FALLBACK_KEYWORDS = ['none', 'null', 'false']

function problem(message: string, status = 400): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

function carriesCredentials(request: Request): boolean {
  return Boolean(
    request.headers.get('authorization') ||
    /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? ''),
  )
}

/**
 * Payload quietly serves the default locale for a locale it does not know, which would hand a
 * consumer Danish while it believes it asked for Somali. Say so instead: 400 with the valid codes.
 * `locale=all` returns every stored language at once and is for signed-in tools only.
 */
export function checkLocaleParams(
  request: Request,
  params: URLSearchParams = new URL(request.url).searchParams,
): Response | null {
  for (const name of LOCALE_PARAMS) {
    for (const value of params.getAll(name)) {
      if ((ALL_LOCALES as string[]).includes(value)) continue
      if (
        name !== 'locale' &&
        name !== 'publishSpecificLocale' &&
        FALLBACK_KEYWORDS.includes(value)
      )
        continue
      if (name === 'locale' && (value === 'all' || value === '*')) {
        if (carriesCredentials(request)) continue
        return problem('locale=all is only available to signed-in users and API keys', 401)
      }
      return problem(
        `Unknown ${name} "${value.slice(0, 40)}". Use one of: ${ALL_LOCALES.join(', ')}`,
      )
    }
  }
  return null
}

/** Operators Payload accepts only on point fields; on any other field the query builder throws. */
const GEO_OPERATORS = /\[(near|within|intersects)\]/

/** `where` clauses the database layer cannot run; a 400 naming the clause instead of a 500. */
export function checkWhereParams(params: URLSearchParams): Response | null {
  for (const key of params.keys()) {
    const geo = GEO_OPERATORS.exec(key)
    if (geo)
      return problem(
        `${key.slice(0, 80)}: "${geo[1]}" only works on point (map) fields, and this API has none`,
      )
  }
  return null
}

/**
 * `POST` with `X-HTTP-Method-Override: GET` is Payload's way to send a long query in the body
 * (form-encoded, or JSON with `locale`/`fallbackLocale`). It must meet the same checks as the GET.
 */
async function overriddenParams(request: Request): Promise<URLSearchParams | Response | null> {
  if (request.method !== 'POST') return null
  const override =
    request.headers.get('x-payload-http-method-override') ??
    request.headers.get('x-http-method-override')
  if (override?.toUpperCase() !== 'GET') return null
  const params = new URLSearchParams(new URL(request.url).search)
  const type = request.headers.get('content-type') ?? ''
  const text = await request.clone().text()
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(text)) params.append(k, v)
  } else if (type.startsWith('application/json') && text) {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return problem('The request body is not valid JSON')
    }
    if (data && typeof data === 'object') {
      const { locale, fallbackLocale } = data as { locale?: unknown; fallbackLocale?: unknown }
      if (locale !== undefined) params.append('locale', String(locale))
      if (fallbackLocale !== undefined) params.append('fallbackLocale', String(fallbackLocale))
    }
  }
  return params
}

/**
 * The checks every REST call passes before Payload sees it: locales (also in a method-override
 * body), `where`, and the request's shape (restShape.ts). Anything Payload's handler throws
 * instead of answering is mapped like every other error (httpErrors.ts).
 */
export function withRestGuards<A>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: RouteHandler<A>,
): RouteHandler<A> {
  return async (request, args) => {
    const overridden = await overriddenParams(request)
    if (overridden instanceof Response) return overridden
    const params = overridden ?? new URL(request.url).searchParams
    const refused =
      checkLocaleParams(request, params) ??
      checkWhereParams(params) ??
      (await checkRestShape(request, await config))
    if (refused) return refused
    try {
      // locale=all with credentials: they must belong to someone (a stale token, a garbage key
      // would otherwise fall through to anonymous access with locale "all").
      if (params.getAll('locale').some((l) => l === 'all' || l === '*')) {
        const { getPayload } = await import('payload')
        const payload = await getPayload({ config: await config })
        const { user } = await payload
          .auth({ headers: request.headers })
          .catch(() => ({ user: null }))
        if (!user)
          return problem(
            'locale=all is only available to signed-in users and API keys; the credentials sent were not valid',
            401,
          )
      }
      const preference = /^\/api\/payload-preferences\/([^/]+)\/?$/.exec(
        new URL(request.url).pathname,
      )
      if (request.method === 'DELETE' && preference) {
        const { getPayload } = await import('payload')
        return await deletePreference(
          await getPayload({ config: await config }),
          request,
          safeDecode(preference[1]),
        )
      }
      return await handler(request, args)
    } catch (error) {
      return errorResponse(httpErrorOf(error))
    }
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
