import type { PayloadRequest } from 'payload'
import { isLocale, type Locale } from '../../src/languages'

type WithLocales = { _status?: string; publishedLocales?: string[] | null } | undefined

/** Whether this save published or withdrew the request's language, read from the tracked locales. */
export function publicationChange(
  doc: WithLocales,
  previousDoc: WithLocales,
  req: PayloadRequest,
): { type: 'publish' | 'unpublish'; locale: Locale } | null {
  if (!isLocale(req.locale)) return null
  if (doc?._status === 'published') return { type: 'publish', locale: req.locale }
  const was = (previousDoc?.publishedLocales ?? []).includes(req.locale)
  const is = (doc?.publishedLocales ?? []).includes(req.locale)
  return was && !is ? { type: 'unpublish', locale: req.locale } : null
}
