import type { Locale } from '../languages'
import type { DeliveredCollection, ListFilters, LiveDocument, LiveList } from './contract'
import type { LiveReader } from './read'

/** The same typed read API over HTTP, for code that runs outside the app (another service, a static site build). */
export function deliveryClient(baseUrl: string, fetchImpl: typeof fetch = fetch): LiveReader {
  const base = baseUrl.replace(/\/$/, '')
  async function get<T>(
    path: string,
    params: Record<string, string | number | undefined>,
  ): Promise<{ status: number; body: T }> {
    const query = new URLSearchParams(
      Object.entries(params)
        .filter((e): e is [string, string | number] => e[1] !== undefined)
        .map(([k, v]) => [k, String(v)]),
    )
    const response = await fetchImpl(`${base}/delivery/v1/${path}?${query}`)
    const body = (await response.json()) as T & { errors?: Array<{ message: string }> }
    if (response.status !== 200 && response.status !== 404)
      throw new Error(
        `Delivery API ${response.status}: ${body.errors?.map((e) => e.message).join('; ')}`,
      )
    return { status: response.status, body }
  }
  return {
    async readLive(collection: DeliveredCollection, slug: string, locale: Locale) {
      const r = await get<LiveDocument>(`${collection}/${encodeURIComponent(slug)}`, { locale })
      return r.status === 404 ? null : r.body
    },
    async listLive(collection: DeliveredCollection, locale: Locale, filters: ListFilters = {}) {
      return (await get<LiveList>(collection, { locale, ...filters })).body
    },
  }
}
