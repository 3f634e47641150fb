import type { Where } from 'payload'
import { hasRole, languagesOf } from '../../../access/roles'
import { TARGET_LANGUAGES, TARGET_LOCALES } from '../../../languages'
import { requireStaff } from '../../../review/session'
import { TranslateAllButton } from '../../../review/TranslateAllButton'
import { XliffExchange } from '../../../review/XliffExchange'
import { OpenWork } from '../../../review/OpenWork'
import { BudgetTable } from '../../../../plugins/plain-language/components/BudgetTable'
import { TASK_STATE_LABELS, TASK_STATES, type TaskState } from '../../../workflow/taskStates'
import { visibleLocales } from '../../../workflow/taskPolicies'

export const dynamic = 'force-dynamic'

type Search = { state?: string; department?: string; locale?: string; due?: string }

/** My queue: the tasks of the signed-in translator's languages, filterable, soonest due first. */
export default async function Queue({ searchParams }: { searchParams: Promise<Search> }) {
  const { payload, user, userDoc } = await requireStaff('/review')
  const query = await searchParams
  const mine = visibleLocales(user)
  const where: Where = {
    and: [
      { locale: { in: query.locale && (mine as string[]).includes(query.locale) ? [query.locale] : mine } },
      ...(query.state && (TASK_STATES as readonly string[]).includes(query.state) ? [{ state: { equals: query.state } } as Where] : [{ state: { not_in: ['published'] } } as Where]),
      ...(query.department ? [{ department: { equals: Number(query.department) } } as Where] : []),
      ...(query.due && /^\d{4}-\d{2}-\d{2}$/.test(query.due) ? [{ dueDate: { less_than_equal: `${query.due}T23:59:59.999Z` } } as Where] : []),
    ],
  }
  const tasks = await payload.find({ collection: 'translation-tasks', where, sort: 'dueDate', depth: 1, limit: 200, overrideAccess: false, user: userDoc })
  const departments = await payload.find({ collection: 'departments', depth: 0, limit: 50, sort: 'code' })
  const all = await payload.find({ collection: 'translation-tasks', where: { locale: { in: mine } }, depth: 0, pagination: false, select: { locale: true, state: true } })
  const counts = new Map<string, number>()
  for (const task of all.docs) counts.set(`${task.locale}:${task.state}`, (counts.get(`${task.locale}:${task.state}`) ?? 0) + 1)
  return (
    <>
      <h1>My queue</h1>
      <table aria-label="Tasks by language and state" className="dashboard">
        <thead>
          <tr>
            <th>Language</th>
            {TASK_STATES.map((s) => (
              <th key={s}>{s.replace('_', ' ')}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {mine.map((l) => (
            <tr key={l}>
              <th>{TARGET_LANGUAGES[l].label}</th>
              {TASK_STATES.map((s) => (
                <td key={s} data-cell={`${l}:${s}`}>
                  {counts.get(`${l}:${s}`) ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Open work and due dates</h2>
      <OpenWork payload={payload} locales={mine} />
      <BudgetTable payload={payload} user={user} />
      {hasRole(user, 'admin') ? <TranslateAllButton /> : null}
      {hasRole(user, 'admin') || hasRole(user, 'translator') ? (
        <XliffExchange downloads={(hasRole(user, 'admin') ? TARGET_LOCALES : languagesOf(user)).map((l) => ({ href: `/api/translation-tasks/xliff?locale=${l}`, label: `Open ${TARGET_LANGUAGES[l].label} tasks (XLIFF)` }))} />
      ) : null}
      <form className="filters" method="get">
        <label>
          State
          <br />
          <select name="state" defaultValue={query.state ?? ''}>
            <option value="">Open (not published)</option>
            {TASK_STATES.map((s) => (
              <option key={s} value={s}>
                {TASK_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <br />
          <select name="locale" defaultValue={query.locale ?? ''}>
            <option value="">All of mine</option>
            {mine.map((l) => (
              <option key={l} value={l}>
                {TARGET_LANGUAGES[l].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Department
          <br />
          <select name="department" defaultValue={query.department ?? ''}>
            <option value="">All</option>
            {departments.docs.map((d) => (
              <option key={d.id} value={d.id}>
                {d.code}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due by
          <br />
          <input type="date" name="due" defaultValue={query.due ?? ''} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <table className="queue">
        <thead>
          <tr>
            <th>Document</th>
            <th>Language</th>
            <th>State</th>
            <th>Department</th>
            <th>Due</th>
            <th>Priority</th>
            <th>QA errors</th>
          </tr>
        </thead>
        <tbody>
          {tasks.docs.map((task) => (
            <tr key={task.id} data-task={task.id}>
              <td>
                <a href={`/review/${task.id}`}>{task.documentTitle}</a>
              </td>
              <td>{TARGET_LANGUAGES[task.locale].label}</td>
              <td className="status">{TASK_STATE_LABELS[task.state as TaskState]}</td>
              <td>{typeof task.department === 'object' && task.department ? task.department.code : ''}</td>
              <td>{task.dueDate ? new Date(task.dueDate).toLocaleDateString('da-DK') : ''}</td>
              <td>{task.priority ?? 'normal'}</td>
              <td>{task.qaErrors ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tasks.docs.length === 0 ? <p>Nothing in your queue.</p> : null}
    </>
  )
}
