import type { Access, PayloadRequest, Where } from 'payload'
import { currentUser, departmentIdsOf, hasRole, unitIdsOf } from '../../src/access/roles'

/** Follow-up data is internal: everyone who works in the CMS reads it (other departments learn from meetings); API consumers and the public do not. */
export const readFollowUp: Access = ({ req }) => {
  const user = currentUser(req)
  return Boolean(user?.roles?.some((r) => r !== 'api-consumer'))
}

export const adminOnly: Access = ({ req }) => hasRole(currentUser(req), 'admin')

/** The status report and dashboard: admins and analysts. */
export function mayReadReport(req: PayloadRequest): boolean {
  const user = currentUser(req)
  return hasRole(user, 'admin') || hasRole(user, 'analyst')
}

function idOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  return String(typeof value === 'object' ? (value as { id: unknown }).id : value)
}

/**
 * Writes scoped by a relationship on the document (a meeting's department, a no-show month's
 * unit): create and update check the incoming value, so nobody moves a record out of their scope;
 * update and delete also get a query constraint, so only records already in scope are touched.
 */
function scopedWrites(
  role: 'organiser' | 'centre-manager',
  field: 'department' | 'unit',
  scope: (req: PayloadRequest) => Array<number | string>,
): { create: Access; update: Access; delete: Access } {
  const allowed = (req: PayloadRequest, data: unknown): Array<number | string> | boolean => {
    const user = currentUser(req)
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, role)) return false
    const ids = scope(req)
    if (!ids.length) return false
    const target = idOf((data as Record<string, unknown> | undefined)?.[field])
    if (target !== undefined && !ids.map(String).includes(target)) return false
    return ids
  }
  const constrained: Access = ({ req, data }) => {
    const ids = allowed(req, data)
    if (typeof ids === 'boolean') return ids
    const where: Where = { [field]: { in: ids } }
    return where
  }
  return {
    create: ({ req, data }) => allowed(req, data) !== false,
    update: constrained,
    delete: constrained,
  }
}

/** Organisers record their own departments' meetings. */
export const meetingWrites = scopedWrites('organiser', 'department', (req) =>
  departmentIdsOf(currentUser(req)),
)

/** Centre managers record their own units' no-shows. */
export const noShowWrites = scopedWrites('centre-manager', 'unit', (req) =>
  unitIdsOf(currentUser(req)),
)
