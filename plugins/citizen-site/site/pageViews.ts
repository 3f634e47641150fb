import type { Payload } from 'payload'
import { postgresOf } from '../../../src/db/adapter'
import { copenhagenDay } from '../../../src/citizen-site/day'
import type { Locale } from '../../../src/languages'

/**
 * One more view of a page in a language today. One atomic upsert on (path, locale, day): no
 * read-modify-write race between concurrent requests, and nothing about the reader is stored.
 */
export async function countPageView(
  payload: Payload,
  path: string,
  locale: Locale,
  at = new Date(),
): Promise<void> {
  await postgresOf(payload).pool.query(
    `insert into page_views (path, locale, day, count, updated_at, created_at) values ($1, $2, $3, 1, now(), now())
     on conflict (path, locale, day) do update set count = page_views.count + 1, updated_at = now()`,
    [path.slice(0, 300), locale, copenhagenDay(at)],
  )
}
