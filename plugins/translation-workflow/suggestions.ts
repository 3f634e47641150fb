import type { Payload, PayloadRequest } from 'payload'
import { currentUser, hasRole, languagesOf } from '../../src/access/roles'
import { isTargetLocale } from '../../src/languages'
import { type FuzzySuggestion, fuzzySuggestions } from './engine/fuzzyMemory'
import { assertMayReview } from './review'
import { loadTask } from './taskRecords'
import { badRequest, forbidden } from '../../src/api/httpErrors'

/** Per segment key, similar segments this language has seen before (for the review screen's "Use"). */
export async function taskSuggestions(
  payload: Payload,
  req: PayloadRequest,
  taskId: number,
): Promise<Record<string, FuzzySuggestion[]>> {
  const task = await loadTask(payload, taskId, req)
  assertMayReview(req, task)
  return fuzzySuggestions(payload, task.segments ?? [], task.locale)
}

/**
 * Concordance search: approved and machine memory entries of one language whose Danish or
 * translation contains the words searched for (Trados' and memoQ's "concordance"), newest first.
 */
export async function concordance(
  req: PayloadRequest,
  locale: string | null,
  query: string | null,
): Promise<{ results: Array<{ source: string; text: string; origin: 'human' | 'machine' }> }> {
  const user = currentUser(req)
  if (!locale || !isTargetLocale(locale))
    throw badRequest('"locale" must be one of the target languages')
  if (
    !hasRole(user, 'admin') &&
    !(hasRole(user, 'translator') && languagesOf(user).includes(locale))
  )
    throw forbidden(`You are not assigned to ${locale}`)
  const q = (query ?? '').trim()
  if (q.length < 2) throw badRequest('"q" must be at least 2 characters')
  if (q.length > 200) throw badRequest('"q" must be at most 200 characters')
  const found = await req.payload.find({
    collection: 'translation-memory',
    where: {
      and: [
        { locale: { equals: locale } },
        { or: [{ sourceText: { like: q } }, { text: { like: q } }] },
      ],
    },
    sort: '-updatedAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    select: { sourceText: true, text: true, origin: true },
  })
  // Approved human translations first: they are the ones to follow.
  const results = found.docs.map((d) => ({
    source: d.sourceText,
    text: d.text,
    origin: d.origin as 'human' | 'machine',
  }))
  return {
    results: [
      ...results.filter((r) => r.origin === 'human'),
      ...results.filter((r) => r.origin !== 'human'),
    ],
  }
}
