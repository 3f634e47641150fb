import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { withPublishedCache } from '../../publishing/publishedCache'
import { onlineLinks } from '../../../src/citizen-site/links'
import { isLocale } from '../../../src/languages'
import { sitePayload } from '../../../src/site/query'
import { ensureOfflinePack } from '../offline/buildPack'
import { countPageView } from './pageViews'
import { renderSitePath } from './pages'

type Params = { params: Promise<{ locale: string; path?: string[] }> }

const cachedPage = withPublishedCache(
  async (request: Request, locale: string, segments: string[]): Promise<Response> => {
    if (!isLocale(locale))
      return new Response('Not found', {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    const url = new URL(request.url)
    const answer = await renderSitePath(
      locale,
      segments,
      url.searchParams,
      onlineLinks(locale),
      url.origin,
    )
    return new Response(answer.body, {
      status: answer.status,
      headers: { 'content-type': answer.contentType },
    })
  },
)

/**
 * GET /{locale}/... : the citizen site. Pages come from the published-content cache (emptied by
 * every publish); every HTML page served, cached or not, adds one to its page-view count.
 */
export async function siteGet(request: Request, { params }: Params): Promise<Response> {
  const { locale, path = [] } = await params
  if (isLocale(locale) && path.length === 1 && path[0] === 'offline.zip') return offlinePack(locale)
  const response = await cachedPage(request, locale, path)
  // Pages found are counted (cache hits and 304s too); feeds, subtitle files and misses are not.
  const isPage =
    response.status === 304 ||
    (response.status === 200 &&
      (response.headers.get('content-type') ?? '').startsWith('text/html'))
  if (isLocale(locale) && isPage) {
    const payload = await sitePayload()
    // Counting must never break or slow a page: failures are logged, not shown. The query is not part of the path (search terms are not stored).
    countPageView(payload, path.join('/'), locale).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'page view not counted'),
    )
  }
  return response
}

async function offlinePack(locale: Parameters<typeof ensureOfflinePack>[1]): Promise<Response> {
  const payload = await sitePayload()
  const file = await ensureOfflinePack(payload, locale)
  // Streamed: a pack with films is large.
  const { size } = await stat(file)
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, {
    headers: {
      'content-length': String(size),
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="kend-din-kommune-${locale}.zip"`,
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  })
}
