import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, Field } from 'payload'
import { isStaffOrConsumer } from '../../src/access/predicates'
import { currentUser, hasRole } from '../../src/access/roles'
import { ALL_LOCALES, isLocale, isTargetLocale, languageOf } from '../../src/languages'
import { forbidden } from '../../src/api/httpErrors'

/**
 * Which languages of a document are live. Kept by the server on every publish (never taken from
 * the client), so public reads, fallbacks and the status fields can be decided without reading
 * every version.
 */
export const publishedLocalesField: Field = {
  name: 'publishedLocales',
  type: 'select',
  hasMany: true,
  options: ALL_LOCALES.map((code) => ({ label: languageOf(code).label, value: code })),
  // Kept by the server for reads and fallbacks; the translation panel shows the same thing in words.
  admin: { readOnly: true, hidden: true },
}

export const trackPublishedLocales: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const previous = (
    (originalDoc as { publishedLocales?: string[] } | undefined)?.publishedLocales ?? []
  ).filter(isLocale)
  const locale = req.locale
  if (!isLocale(locale)) return { ...data, publishedLocales: previous }
  const status = (data as { _status?: unknown })._status
  if (status === 'published')
    return { ...data, publishedLocales: [...new Set([...previous, locale])] }
  // A non-draft save with status draft is Payload's per-locale unpublish: the language goes offline.
  if (status === 'draft' && context[SAVE_IS_DRAFT] === false)
    return { ...data, publishedLocales: previous.filter((l) => l !== locale) }
  return { ...data, publishedLocales: previous }
}

const SAVE_IS_DRAFT = 'saveIsDraft'

/**
 * Withdrawing a live translation (a non-draft save of a target language with status draft) takes a
 * text away from citizens: an admin decision, as the README says. Anyone else gets a 403 and the
 * language stays live. System calls without a user (jobs, seed) pass.
 */
export const adminsWithdraw: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  context,
  operation,
}) => {
  if (
    operation !== 'update' ||
    !isTargetLocale(req.locale) ||
    (data as { _status?: unknown })._status !== 'draft' ||
    context[SAVE_IS_DRAFT] !== false
  )
    return data
  const wasLive = (
    (originalDoc as { publishedLocales?: string[] } | undefined)?.publishedLocales ?? []
  ).includes(req.locale)
  const user = currentUser(req)
  if (!wasLive || !user || hasRole(user, 'admin')) return data
  throw forbidden(
    `Withdrawing the published ${req.locale} translation is an admin action; save your changes as a draft (?draft=true) instead.`,
  )
}

/** Hooks after this one cannot see the operation's `draft` flag; they need it to recognise an unpublish. */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'create')
    req.context[SAVE_IS_DRAFT] = Boolean((args as { draft?: boolean }).draft)
  return args
}

/**
 * Anonymous readers get the published document, never the latest draft: `draft=true` from a
 * client without a role is turned off before the read runs.
 */
export const publicReadsArePublished: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  // Server-side calls (overrideAccess) are trusted code that may need drafts.
  if (
    operation !== 'read' ||
    (args as { overrideAccess?: boolean }).overrideAccess ||
    isStaffOrConsumer(req)
  )
    return args
  return { ...args, draft: false }
}
