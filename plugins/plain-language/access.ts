import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { currentUser, departmentIdsOf, hasRole } from '../../src/access/roles'

export const isStaffUser: Access = ({ req }) => {
  const user = currentUser(req)
  return hasRole(user, 'admin') || hasRole(user, 'editor') || hasRole(user, 'translator')
}
export const staffField: FieldAccess = ({ req }) => {
  const user = currentUser(req)
  return hasRole(user, 'admin') || hasRole(user, 'editor') || hasRole(user, 'translator')
}
export const isAdminOrEditor: Access = ({ req }) => {
  const user = currentUser(req)
  return hasRole(user, 'admin') || hasRole(user, 'editor')
}
export const nobody: Access = () => false

/** Admins, and editors of the department that owns the document. */
export function mayEditDepartment(req: PayloadRequest, department: unknown): boolean {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const id =
    department && typeof department === 'object' ? (department as { id?: unknown }).id : department
  return hasRole(user, 'editor') && departmentIdsOf(user).map(String).includes(String(id))
}
