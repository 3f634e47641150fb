import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { isTargetLocale, SOURCE_LOCALE } from '../languages'
import {
  type AppUser,
  currentUser,
  departmentIdsOf,
  editsDepartment,
  hasRole,
  languagesOf,
} from './roles'

export const isAdmin: Access = ({ req }) => hasRole(currentUser(req), 'admin')

/**
 * Anyone who works on content in the CMS, plus API consumers authenticated by their API key (the
 * Preview API), reads the management API, drafts included. An api-consumer signed in with a
 * password gets nothing: preview is for keys, which can be rotated and are not typed into browsers.
 * Case workers read what citizens read: a letter never carries a draft.
 */
export function isStaffOrConsumer(req: PayloadRequest): boolean {
  const user = currentUser(req)
  if (!user?.roles?.length) return false
  if (user.roles.some((role) => role !== 'api-consumer' && role !== 'caseworker')) return true
  return (
    user.roles.includes('api-consumer') &&
    (req.user as { _strategy?: string } | null)?._strategy === 'api-key'
  )
}

/** Who may compose and print letters: case workers (for their departments' templates) and admins. */
export function maySendLetters(user: AppUser | null): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'caseworker')
}

export function canSendLetters(req: Pick<PayloadRequest, 'user'>): boolean {
  return maySendLetters(currentUser(req))
}

export const isStaff: Access = ({ req }) => {
  const user = currentUser(req)
  return hasRole(user, 'admin') || hasRole(user, 'editor') || hasRole(user, 'translator')
}

/**
 * Content reads through Payload (the management and preview API) are for signed-in staff and
 * API keys only. The public reads the delivery API (src/delivery), which serves only the read
 * model of approved text: none of Payload's query knobs (fallback-locale, where, draft,
 * locale=all) is reachable anonymously.
 */
export const readPublishedOrStaff: Access = ({ req }) => isStaffOrConsumer(req)

/** Version history holds every draft; only people who work in the CMS may see it. */
export const readVersionsStaffOnly: Access = ({ req }) => isStaffOrConsumer(req)

/** The locale this request writes. Unknown or 'all' never grants translator or editor writes. */
function writeLocale(req: PayloadRequest): string | undefined {
  return typeof req.locale === 'string' ? req.locale : undefined
}

/** Editors create Danish source in their own departments. */
export const canCreateSource: Access = ({ req, data }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor') || writeLocale(req) !== SOURCE_LOCALE) return false
  const department = (data as { department?: unknown } | undefined)?.department
  if (department === undefined) return true // validation reports the missing department
  return editsDepartment(user, department)
}

/**
 * Updates: editors touch the Danish source of their departments' documents; translators touch
 * only the locales they are assigned, in any department.
 */
export const canUpdateContent: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const locale = writeLocale(req)
  const grants: Where[] = []
  if (hasRole(user, 'editor') && locale === SOURCE_LOCALE) {
    const departments = departmentIdsOf(user)
    if (departments.length) grants.push({ department: { in: departments } })
  }
  if (hasRole(user, 'translator') && isTargetLocale(locale) && languagesOf(user).includes(locale)) {
    return true
  }
  if (grants.length === 0) return false
  return grants.length === 1 ? grants[0] : { or: grants }
}

export const canDeleteContent: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const departments = departmentIdsOf(user)
  return hasRole(user, 'editor') && departments.length ? { department: { in: departments } } : false
}

/**
 * Fields that are the same in every language (slug, department, kind, declared placeholders)
 * belong to the source: a translator saving Arabic must not be able to move a document.
 */
export const sourceFieldUpdate: FieldAccess = ({ req }) => {
  const user = currentUser(req)
  return hasRole(user, 'admin') || hasRole(user, 'editor')
}

export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(currentUser(req), 'admin')
