import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * In the production bundle Payload's error classes lose their `name`, and Payload's REST error
 * formatter then replaces every message it cannot name with "An unknown error occurred." — a
 * translator would see that instead of "QA reports 2 blocking errors". Messages Payload itself
 * counts as public (status below 500, or marked public) are put back; 500s stay hidden.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  const e = error as Error & { status?: number; isPublic?: boolean }
  const isPublic = e.isPublic === true || (e.isPublic !== false && typeof e.status === 'number' && e.status < 500)
  if (!isPublic || !e.message || result?.errors?.[0]?.message !== UNKNOWN) return
  return { response: { ...result, errors: [{ ...result.errors[0], message: e.message }] } }
}
