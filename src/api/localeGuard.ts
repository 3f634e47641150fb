import { ALL_LOCALES } from '../languages'

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

const LOCALE_PARAMS = ['locale', 'fallback-locale', 'fallbackLocale', 'publishSpecificLocale']
const FALLBACK_KEYWORDS = ['none', 'null', 'false']

function problem(message: string, status = 400): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

function carriesCredentials(request: Request): boolean {
  return Boolean(request.headers.get('authorization') || /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? ''))
}

/**
 * Payload quietly serves the default locale for a locale it does not know, which would hand a
 * consumer Danish while it believes it asked for Somali. Say so instead: 400 with the valid codes.
 * `locale=all` returns every stored language at once and is for signed-in tools only.
 */
export function checkLocaleParams(request: Request): Response | null {
  const params = new URL(request.url).searchParams
  for (const name of LOCALE_PARAMS) {
    for (const value of params.getAll(name)) {
      if ((ALL_LOCALES as string[]).includes(value)) continue
      if (name !== 'locale' && name !== 'publishSpecificLocale' && FALLBACK_KEYWORDS.includes(value)) continue
      if (name === 'locale' && (value === 'all' || value === '*')) {
        if (carriesCredentials(request)) continue
        return problem('locale=all is only available to signed-in users and API keys', 401)
      }
      return problem(`Unknown ${name} "${value.slice(0, 40)}". Use one of: ${ALL_LOCALES.join(', ')}`)
    }
  }
  return null
}

export function withLocaleGuard<A>(handler: RouteHandler<A>): RouteHandler<A> {
  return async (request, args) => checkLocaleParams(request) ?? handler(request, args)
}
