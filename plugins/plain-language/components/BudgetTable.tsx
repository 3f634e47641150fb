import type { Payload } from 'payload'
import { type AppUser, departmentIdsOf, hasRole } from '../../../src/access/roles'
import { departmentBudget } from '../budgets'

const LEVEL: Record<string, string> = {
  none: 'No budget',
  ok: 'OK',
  warning: 'Warning: 80 % used',
  exhausted: 'Used up: human translation',
}

/** This year's machine-translation budget per department (editors: their own departments). */
export async function BudgetTable({ payload, user }: { payload: Payload; user: AppUser }) {
  if (!hasRole(user, 'admin') && !hasRole(user, 'editor')) return null
  const departments = await payload.find({
    collection: 'departments',
    depth: 0,
    pagination: false,
    sort: 'code',
    overrideAccess: true,
  })
  const mine = hasRole(user, 'admin')
    ? departments.docs
    : departments.docs.filter((d) => departmentIdsOf(user).map(String).includes(String(d.id)))
  const rows = await Promise.all(
    mine.map(async (d) => ({ code: d.code, ...(await departmentBudget(payload, d.id)) })),
  )
  return (
    <table aria-label="Machine-translation budget this year" className="dashboard budgets">
      <thead>
        <tr>
          <th>Department</th>
          <th>Budget (characters)</th>
          <th>Used</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} data-budget={r.code} data-level={r.level}>
            <th>{r.code}</th>
            <td>{r.limit === null ? '—' : r.limit.toLocaleString('da-DK')}</td>
            <td>
              {r.used.toLocaleString('da-DK')}
              {r.share !== null && Number.isFinite(r.share)
                ? ` (${Math.round(r.share * 100)} %)`
                : ''}
            </td>
            <td>{LEVEL[r.level]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
