import { processGlobal } from '../../src/processGlobal'
import { createHash } from 'node:crypto'

interface CachedResponse {
  status: number
  body: string
  contentType: string
  etag: string
}

interface CacheState {
  generation: number
  entries: Map<string, CachedResponse & { generation: number }>
  /** Misses being computed, so a burst of readers after a publish costs one computation per key. */
  inflight: Map<string, Promise<CachedResponse>>
}

const MAX_ENTRIES = 1000
// On globalThis because Next may load the route modules and Payload's hooks as separate module
// instances in one process; they must share one generation counter.
const state = processGlobal<CacheState>('kommune-cms.publishedCache', () => ({
  generation: 0,
  entries: new Map(),
  inflight: new Map(),
}))

/** Any change that could alter a public answer (publish, unpublish, delete, department rename). */
export function invalidatePublishedCache(): void {
  state.generation++
  state.entries.clear()
  state.inflight.clear()
}

/** Changes whenever published content may have changed: memos of public reads compare it. */
export function publishedCacheGeneration(): number {
  return state.generation
}

export function etagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`
}

function isAnonymous(request: Request): boolean {
  return (
    !request.headers.get('authorization') &&
    !/(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')
  )
}

function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  return Boolean(
    header &&
    header
      .split(',')
      .map((s) => s.trim())
      .includes(etag),
  )
}

function respond(request: Request, cached: CachedResponse, hit: boolean): Response {
  const headers = {
    etag: cached.etag,
    'cache-control': 'public, max-age=0, must-revalidate',
    'x-cms-cache': hit ? 'hit' : 'miss',
    vary: 'authorization, cookie',
  }
  if (notModified(request, cached.etag)) return new Response(null, { status: 304, headers })
  return new Response(cached.body, {
    status: cached.status,
    headers: { ...headers, 'content-type': cached.contentType },
  })
}

/**
 * Anonymous GET reads of published content, answered from memory until the next publish, with
 * an ETag so consumers can revalidate for a 304. Signed-in requests (drafts, previews) are never
 * cached. The cache is per process: run one app process per database, or put a shared cache in front.
 */
export function withPublishedCache<A extends unknown[]>(
  handler: (request: Request, ...args: A) => Promise<Response>,
) {
  return async (request: Request, ...args: A): Promise<Response> => {
    if (request.method !== 'GET' || !isAnonymous(request)) return handler(request, ...args)
    const key = request.url
    const cached = state.entries.get(key)
    if (cached && cached.generation === state.generation) {
      state.entries.delete(key)
      state.entries.set(key, cached)
      return respond(request, cached, true)
    }
    const pending = state.inflight.get(key)
    if (pending) return respond(request, await pending, true)
    const generation = state.generation
    const computing = (async (): Promise<CachedResponse> => {
      const response = await handler(request, ...args)
      const body = await response.text()
      const entry = {
        status: response.status,
        body,
        contentType: response.headers.get('content-type') ?? 'application/json',
        etag: etagOf(body),
      }
      // Only successful answers, and only if nothing was published while this one was computed.
      if (response.status === 200 && generation === state.generation) {
        state.entries.set(key, { ...entry, generation })
        if (state.entries.size > MAX_ENTRIES)
          state.entries.delete(state.entries.keys().next().value as string)
      }
      return entry
    })()
    state.inflight.set(key, computing)
    try {
      return respond(request, await computing, false)
    } finally {
      if (state.inflight.get(key) === computing) state.inflight.delete(key)
    }
  }
}
