import type { CollectionBeforeChangeHook } from 'payload'
import { SOURCE_LOCALE } from '../languages'
import { currentUser, hasRole } from './roles'
import { badRequest, forbidden } from '../api/httpErrors'
import { PSEUDO_MARKER } from '../translation/qa'

/** Set by the workflow when an approved translation task publishes its locale. */
export const PUBLISHED_BY_WORKFLOW = 'publishedByWorkflow'

/**
 * Publishing is a decision, not a side effect of saving: editors publish Danish; a translation
 * goes live only through approving its translation task (QA checked) or by an admin. System
 * calls without a user (seed, jobs) pass.
 */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, req, context }) => {
  if ((data as { _status?: unknown })._status !== 'published') return data
  // Whoever publishes, admins and the workflow included: pseudo text is never served to a citizen.
  if (PSEUDO_MARKER.test(JSON.stringify(data)))
    throw badRequest(
      `The ${String(req.locale)} text contains pseudo-translation (⟦…⟧ layout test text); it cannot be published`,
    )
  const user = currentUser(req)
  if (!user || hasRole(user, 'admin') || context[PUBLISHED_BY_WORKFLOW] === true) return data
  if (hasRole(user, 'editor') && req.locale === SOURCE_LOCALE) return data
  throw forbidden(
    req.locale === SOURCE_LOCALE
      ? "Only the owning department's editors publish the Danish source."
      : `Translations are published by approving the ${String(req.locale)} translation task; save your work as a draft.`,
  )
}
