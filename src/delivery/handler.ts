import {
  execute,
  type ExecutionResult,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql'
import { depthLimit } from '../api/graphqlDepthLimit'
import { isLocale } from '../languages'
import { AnswerCache, type CachedAnswer, etagOf } from './cache'
import {
  isDeliveredCollection,
  type ListFilters,
  LOCALES_HINT,
  MAX_LIMIT,
  surrogateKeys,
  DELIVERED_COLLECTIONS,
} from './contract'
import { type DeliveryContext, deliverySchema } from './graphqlSchema'
import type { LiveStore } from './store'

/** A request as both Next's route handler and the bare node:http server can give it. */
export interface DeliveryRequest {
  method: string
  /** Path and query, e.g. `/delivery/v1/leaflets/saadan-klager-du?locale=ar`. */
  url: string
  header(name: string): string | undefined
  body?: string
}

export interface DeliveryResponse {
  status: number
  headers: Record<string, string>
  body: string | null
}

const MAX_QUERY_LENGTH = 8000
const MAX_ROOT_FIELDS = 20
const SORTS = ['slug', 'title', 'createdAt', 'order']
const LIST_PARAMS = new Set([
  'locale',
  'kind',
  'category',
  'department',
  'search',
  'sort',
  'limit',
  'page',
])

/** Cache-Control for browsers (always revalidate with the ETag) and CDNs (keep until purged by surrogate key). */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate'
const SURROGATE_CONTROL = 'max-age=86400, stale-if-error=3600'

const json = (status: number, value: unknown): Omit<CachedAnswer, 'etag'> => ({
  status,
  body: JSON.stringify(value),
  surrogateKeys: [],
})
const problem = (status: number, message: string) => json(status, { errors: [{ message }] })

/** Queries may name at most MAX_ROOT_FIELDS fields (aliases included) at the top: one request, bounded work. */
const rootFieldLimit: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.selectionSet.selections.length > MAX_ROOT_FIELDS)
      context.reportError(
        new GraphQLError(`At most ${MAX_ROOT_FIELDS} top-level fields per query`, {
          nodes: [node],
        }),
      )
  },
})

export interface DeliveryHandler {
  (request: DeliveryRequest): Promise<DeliveryResponse>
  cache: AnswerCache
  /** Resolves once the process listens for changes; answers are cached only after that. */
  ready: Promise<void>
  /** How many committed changes this instance has heard of (tests and the bench wait on it). */
  changesHeard(): number
}

export function createDeliveryHandler(
  store: LiveStore,
  options: { basePath?: string } = {},
): DeliveryHandler {
  const base = options.basePath ?? '/delivery'
  const cache = new AnswerCache()
  const schema = deliverySchema()
  const rules = [...specifiedRules, depthLimit(4), rootFieldLimit]
  let changes = 0
  const ready = store.onChange(() => {
    changes++
    cache.clear()
  })
  /** Without a LISTEN connection a cached answer could outlive a publish: compute every answer then. */
  const cached = (key: string, compute: () => Promise<Omit<CachedAnswer, 'etag'>>) =>
    store.isListening()
      ? cache.get(key, compute)
      : compute().then((a) => ({ answer: { ...a, etag: etagOf(a.body) }, hit: false }))

  async function graphqlAnswer(
    query: unknown,
    variables: unknown,
    operationName: unknown,
  ): Promise<Omit<CachedAnswer, 'etag'>> {
    if (typeof query !== 'string' || !query.trim()) return problem(400, 'Missing "query"')
    if (query.length > MAX_QUERY_LENGTH)
      return problem(
        400,
        `The query is ${query.length} characters; the limit is ${MAX_QUERY_LENGTH}`,
      )
    if (
      variables !== undefined &&
      variables !== null &&
      (typeof variables !== 'object' || Array.isArray(variables))
    )
      return problem(400, '"variables" must be an object')
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return problem(400, '"operationName" must be a string')
    let document
    try {
      document = parse(query, { maxTokens: 2000 })
    } catch (error) {
      return problem(400, (error as Error).message)
    }
    if (
      document.definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== 'query',
      )
    )
      return problem(400, 'The delivery API is read-only: only queries')
    const errors = validate(schema, document, rules)
    if (errors.length) return json(400, { errors: errors.map((e) => ({ message: e.message })) })
    const context: DeliveryContext = { store, keys: new Set() }
    const result = (await execute({
      schema,
      document,
      variableValues: variables as Record<string, unknown> | undefined,
      operationName: operationName as string | undefined,
      contextValue: context,
    })) as ExecutionResult
    const badInput = result.errors?.some(
      (e) =>
        e.extensions?.code === 'BAD_USER_INPUT' ||
        !e.originalError ||
        e.originalError instanceof GraphQLError,
    )
    const serverError = result.errors?.some(
      (e) => e.originalError && !(e.originalError instanceof GraphQLError),
    )
    const status = serverError ? 500 : badInput && !result.data ? 400 : 200
    const body = result.errors
      ? {
          data: result.data ?? null,
          errors: result.errors.map((e) => ({
            message: serverError ? 'Internal error' : e.message,
            path: e.path,
          })),
        }
      : { data: result.data }
    return { status, body: JSON.stringify(body), surrogateKeys: [...context.keys] }
  }

  async function restAnswer(
    segments: string[],
    params: URLSearchParams,
  ): Promise<Omit<CachedAnswer, 'etag'>> {
    const [collection, slug, ...rest] = segments
    if (!isDeliveredCollection(collection))
      return problem(
        404,
        `Unknown collection "${String(collection).slice(0, 40)}". Use one of: ${DELIVERED_COLLECTIONS.join(', ')}`,
      )
    if (rest.length) return problem(404, 'Not found')
    for (const name of new Set(params.keys())) {
      if (slug ? name !== 'locale' : !LIST_PARAMS.has(name))
        return problem(
          400,
          `Unknown parameter "${name.slice(0, 40)}". ${slug ? 'A document takes only locale' : `Lists take ${[...LIST_PARAMS].join(', ')}`}`,
        )
      if (params.getAll(name).length > 1)
        return problem(400, `Parameter "${name}" is given more than once`)
    }
    const locale = params.get('locale') ?? 'da'
    if (!isLocale(locale))
      return problem(400, `Unknown locale "${locale.slice(0, 40)}". Use one of: ${LOCALES_HINT}`)
    if (slug) {
      const doc = await store.read(collection, slug, locale)
      if (!doc)
        return {
          ...problem(404, `No live document "${slug.slice(0, 80)}" in ${collection}`),
          surrogateKeys: surrogateKeys(collection, null, locale),
        }
      return {
        status: 200,
        body: JSON.stringify(doc),
        surrogateKeys: surrogateKeys(collection, doc.id, locale),
      }
    }
    const filters: ListFilters = {}
    const int = (name: string, min: number, max: number): number | string | undefined => {
      const raw = params.get(name)
      if (raw === null) return undefined
      const n = Number(raw)
      return Number.isInteger(n) && n >= min && n <= max
        ? n
        : `"${name}" must be a whole number from ${min} to ${max}`
    }
    for (const [name, min, max] of [
      ['limit', 1, MAX_LIMIT],
      ['page', 1, 100000],
      ['department', 1, 2 ** 31 - 1],
    ] as const) {
      const value = int(name, min, max)
      if (typeof value === 'string') return problem(400, value)
      if (value !== undefined) filters[name] = value
    }
    const sort = params.get('sort')
    if (sort !== null && !SORTS.includes(sort))
      return problem(400, `"sort" must be one of ${SORTS.join(', ')}`)
    if (sort) filters.sort = sort as ListFilters['sort']
    for (const name of ['kind', 'category', 'search'] as const) {
      const value = params.get(name)
      if (value !== null && value.length > 200)
        return problem(400, `"${name}" is limited to 200 characters`)
      if (value !== null) filters[name] = value
    }
    return {
      status: 200,
      body: JSON.stringify(await store.list(collection, locale, filters)),
      surrogateKeys: surrogateKeys(collection, null, locale),
    }
  }

  function respond(request: DeliveryRequest, answer: CachedAnswer, hit: boolean): DeliveryResponse {
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
      'x-cache': hit ? 'hit' : 'miss',
    }
    if (answer.status === 200 || answer.status === 404) {
      Object.assign(headers, {
        etag: answer.etag,
        'cache-control': CACHE_CONTROL,
        'surrogate-control': SURROGATE_CONTROL,
      })
      if (answer.surrogateKeys.length) headers['surrogate-key'] = answer.surrogateKeys.join(' ')
    } else headers['cache-control'] = 'no-store'
    const inm = request.header('if-none-match')
    if (
      answer.status === 200 &&
      inm &&
      inm.split(',').some((t) => t.trim().replace(/^W\//, '') === answer.etag)
    )
      return { status: 304, headers, body: null }
    return { status: answer.status, headers, body: request.method === 'HEAD' ? null : answer.body }
  }

  const handler = (async (request: DeliveryRequest): Promise<DeliveryResponse> => {
    let url: URL
    try {
      url = new URL(request.url, 'http://delivery.invalid')
    } catch {
      return {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ errors: [{ message: 'Malformed URL' }] }),
      }
    }
    if (!url.pathname.startsWith(`${base}/`))
      return respond(request, { ...problem(404, 'Not found'), etag: '' }, false)
    let segments: string[]
    try {
      segments = url.pathname
        .slice(base.length + 1)
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent)
    } catch {
      return respond(request, { ...problem(400, 'Malformed path'), etag: '' }, false)
    }
    const method = request.method.toUpperCase()
    if (method === 'OPTIONS') {
      return {
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
          'access-control-allow-headers': 'content-type, if-none-match',
          'access-control-max-age': '86400',
        },
        body: null,
      }
    }
    try {
      if (segments[0] === 'health' && segments.length === 1)
        return {
          status: 200,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          body: JSON.stringify({ ok: true, cachedAnswers: cache.size }),
        }
      if (segments[0] === 'graphql' && segments.length === 1) {
        if (method === 'GET' || method === 'HEAD') {
          const p = url.searchParams
          let variables: unknown
          try {
            variables = p.get('variables') ? JSON.parse(p.get('variables')!) : undefined
          } catch {
            return respond(
              request,
              { ...problem(400, '"variables" is not valid JSON'), etag: '' },
              false,
            )
          }
          const { answer, hit } = await cached(`G ${url.search}`, () =>
            graphqlAnswer(p.get('query'), variables, p.get('operationName') ?? undefined),
          )
          return respond(request, answer, hit)
        }
        if (method === 'POST') {
          if (!(request.header('content-type') ?? '').includes('application/json'))
            return respond(request, { ...problem(415, 'Send application/json'), etag: '' }, false)
          const raw = request.body ?? ''
          if (raw.length > MAX_QUERY_LENGTH * 2)
            return respond(request, { ...problem(413, 'Request body too large'), etag: '' }, false)
          let parsed: { query?: unknown; variables?: unknown; operationName?: unknown }
          try {
            parsed = JSON.parse(raw) as typeof parsed
          } catch {
            return respond(
              request,
              { ...problem(400, 'The body is not valid JSON'), etag: '' },
              false,
            )
          }
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            return respond(
              request,
              { ...problem(400, 'The body must be a JSON object'), etag: '' },
              false,
            )
          const { answer, hit } = await cached(`P ${raw}`, () =>
            graphqlAnswer(parsed.query, parsed.variables, parsed.operationName),
          )
          return respond(request, answer, hit)
        }
        return respond(request, { ...problem(405, 'Use GET or POST'), etag: '' }, false)
      }
      if (segments[0] === 'v1') {
        if (method !== 'GET' && method !== 'HEAD')
          return respond(
            request,
            { ...problem(405, 'The delivery API is read-only: use GET'), etag: '' },
            false,
          )
        const { answer, hit } = await cached(`R ${url.pathname}${url.search}`, () =>
          restAnswer(segments.slice(1), url.searchParams),
        )
        return respond(request, answer, hit)
      }
      return respond(request, { ...problem(404, 'Not found'), etag: '' }, false)
    } catch (error) {
      console.error('delivery:', error)
      return {
        status: 503,
        headers: {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          'retry-after': '1',
        },
        body: JSON.stringify({
          errors: [{ message: 'The delivery API could not read the content store' }],
        }),
      }
    }
  }) as DeliveryHandler
  handler.cache = cache
  handler.ready = ready
  handler.changesHeard = () => changes
  return handler
}
