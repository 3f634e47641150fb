import type { PayloadRequest } from 'payload'
import type { TargetLocale } from '../languages'

/**
 * organiser: records their departments' meetings; centre-manager: their units' no-shows;
 * analyst: reads follow-up data and the status report, writes nothing (issue 14).
 */
export const ROLES = [
  'admin',
  'editor',
  'translator',
  'caseworker',
  'api-consumer',
  'organiser',
  'centre-manager',
  'analyst',
] as const
export type Role = (typeof ROLES)[number]

/** The parts of a user document that access decisions read. */
export interface AppUser {
  id: number | string
  collection?: string
  roles?: Role[] | null
  /** Department ids an editor may write Danish source for, or a case worker send letters from. Populated docs or bare ids. */
  departments?: Array<number | string | { id: number | string }> | null
  /** Target locales a translator may edit. */
  languages?: TargetLocale[] | null
  /** Units (job and social centres) a centre manager records no-shows for. */
  units?: Array<number | string | { id: number | string }> | null
}

export function currentUser(req: Pick<PayloadRequest, 'user'>): AppUser | null {
  const user = req.user as AppUser | null | undefined
  return user && user.collection === 'users' ? user : null
}

export function hasRole(user: AppUser | null, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

export function departmentIdsOf(user: AppUser | null): Array<number | string> {
  return (user?.departments ?? []).map((d) => (typeof d === 'object' ? d.id : d))
}

/** An editor of the document's department (a populated department or its id). */
export function editsDepartment(user: AppUser | null, department: unknown): boolean {
  const id =
    typeof department === 'object' && department !== null && 'id' in department
      ? department.id
      : department
  return hasRole(user, 'editor') && departmentIdsOf(user).map(String).includes(String(id))
}

export function languagesOf(user: AppUser | null): TargetLocale[] {
  return user?.languages ?? []
}

export function unitIdsOf(user: AppUser | null): Array<number | string> {
  return (user?.units ?? []).map((u) => (typeof u === 'object' ? u.id : u))
}
