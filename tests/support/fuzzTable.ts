import type { SanitizedConfig } from 'payload'

/**
 * What the fuzz test (tests/hardening/fuzz.test.ts) sends requests to. REST endpoints are read
 * from the running config (every collection's default, auth and custom endpoints, and the root
 * ones), so a collection or endpoint added later is fuzzed without touching this file. Routes
 * outside Payload's REST handler (GraphQL, Next route handlers, a delivery API) are listed in
 * EXTRA_ROUTES: add a line there for a new one.
 */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface FuzzEndpoint {
  /** Which handler serves it: Payload's REST catch-all, GraphQL, or another route module. */
  via: 'rest' | 'graphql' | 'route'
  method: Method
  /** With `:param` placeholders, relative to /api for REST. */
  path: string
  /** For `via: 'route'`: the module under src/app that exports the method. */
  module?: string
  /** Writes that legitimately store something even when refused (failed logins count attempts). */
  recordsAttempts?: boolean
}

/** Routes that are not Payload REST endpoints. */
export const EXTRA_ROUTES: FuzzEndpoint[] = [
  { via: 'graphql', method: 'POST', path: '/api/graphql' },
  { via: 'graphql', method: 'GET', path: '/api/graphql' },
  {
    via: 'route',
    method: 'GET',
    path: '/print/fonts/:name',
    module: 'src/app/(print)/print/fonts/[name]/route',
  },
  // The public delivery API (issue 10), mounted in the app.
  {
    via: 'route',
    method: 'GET',
    path: '/delivery/health',
    module: 'src/app/(delivery)/delivery/[...path]/route',
  },
  {
    via: 'route',
    method: 'GET',
    path: '/delivery/graphql',
    module: 'src/app/(delivery)/delivery/[...path]/route',
  },
  {
    via: 'route',
    method: 'POST',
    path: '/delivery/graphql',
    module: 'src/app/(delivery)/delivery/[...path]/route',
  },
  {
    via: 'route',
    method: 'GET',
    path: '/delivery/v1/leaflets',
    module: 'src/app/(delivery)/delivery/[...path]/route',
  },
  {
    via: 'route',
    method: 'GET',
    path: '/delivery/v1/leaflets/:slug',
    module: 'src/app/(delivery)/delivery/[...path]/route',
  },
  {
    via: 'route',
    method: 'GET',
    path: '/delivery/v1/letter-templates/:slug',
    module: 'src/app/(delivery)/delivery/[...path]/route',
  },
]

const ATTEMPT_RECORDING = [
  '/login',
  '/forgot-password',
  '/unlock',
  '/reset-password',
  '/verify/:token',
  '/first-register',
]

export function restEndpoints(config: SanitizedConfig): FuzzEndpoint[] {
  const out: FuzzEndpoint[] = []
  const add = (prefix: string, endpoints: unknown) => {
    if (!Array.isArray(endpoints)) return
    for (const e of endpoints as Array<{ method?: string; path?: string }>) {
      if (!e.method || !e.path) continue
      const method = e.method.toUpperCase() as Method
      if (!['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].includes(method)) continue
      out.push({
        via: 'rest',
        method,
        path: `${prefix}${e.path === '/' ? '' : e.path}`,
        recordsAttempts: ATTEMPT_RECORDING.includes(e.path),
      })
    }
  }
  for (const collection of config.collections) add(`/${collection.slug}`, collection.endpoints)
  for (const global of config.globals) add(`/globals/${global.slug}`, global.endpoints)
  add('', config.endpoints)
  return out
}
