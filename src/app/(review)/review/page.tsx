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

type QueueTask = {
  id: number
  collection: string
  documentId: number
  documentTitle: string
  locale: keyof typeof TARGET_LANGUAGES
  state: string
  dueDate?: string | null
  priority?: string | null
  qaErrors?: number | null
  department?: number | { code?: string | null } | null
}

/** A translator of Arabic and Urdu sees a document once, with a link per language, not once per language. */
function groupByDocument(tasks: QueueTask[]) {
  const groups = new Map<
    string,
    {
      key: string
      title: string
      department: string
      due: string | null
      priority: string
      qaErrors: number
      tasks: QueueTask[]
    }
  >()
  for (const task of tasks) {
    const key = `${task.collection}/${task.documentId}`
    const group = groups.get(key) ?? {
      key,
      title: task.documentTitle,
      department:
        typeof task.department === 'object' && task.department ? (task.department.code ?? '') : '',
      due: null,
      priority: task.priority ?? 'normal',
      qaErrors: 0,
      tasks: [],
    }
    group.tasks.push(task)
    group.qaErrors += task.qaErrors ?? 0
    if (task.dueDate && (!group.due || task.dueDate < group.due)) group.due = task.dueDate
    groups.set(key, group)
  }
  for (const group of groups.values())
    group.tasks.sort((a, b) => TARGET_LOCALES.indexOf(a.locale) - TARGET_LOCALES.indexOf(b.locale))
  return [...groups.values()]
}

type Search = { state?: string; department?: string; locale?: string; due?: string }

/** My queue: the tasks of the signed-in translator's languages, filterable, soonest due first. */
export default async function Queue({ searchParams }: { searchParams: Promise<Search> }) {
  const { payload, user, userDoc } = await requireStaff('/review')
  const query = await searchParams
  const mine = visibleLocales(user)
  const where: Where = {
    and: [
      {
        locale: {
          in: query.locale && (mine as string[]).includes(query.locale) ? [query.locale] : mine,
        },
      },
      ...(query.state && (TASK_STATES as readonly string[]).includes(query.state)
        ? [{ state: { equals: query.state } } as Where]
        : [{ state: { not_in: ['published'] } } as Where]),
      ...(query.department ? [{ department: { equals: Number(query.department) } } as Where] : []),
      ...(query.due && /^\d{4}-\d{2}-\d{2}$/.test(query.due)
        ? [{ dueDate: { less_than_equal: `${query.due}T23:59:59.999Z` } } as Where]
        : []),
    ],
  }
  const tasks = await payload.find({
    collection: 'translation-tasks',
    where,
    sort: 'dueDate',
    depth: 1,
    limit: 200,
    overrideAccess: false,
    user: userDoc,
  })
  const departments = await payload.find({
    collection: 'departments',
    depth: 0,
    limit: 50,
    sort: 'code',
  })
  const all = await payload.find({
    collection: 'translation-tasks',
    where: { locale: { in: mine } },
    depth: 0,
    pagination: false,
    select: { locale: true, state: true },
  })
  const counts = new Map<string, number>()
  for (const task of all.docs)
    counts.set(
      `${task.locale}:${task.state}`,
      (counts.get(`${task.locale}:${task.state}`) ?? 0) + 1,
    )
  return (
    <>
      <h1>My queue</h1>
      <table id="dashboard" aria-label="Tasks by language and state" className="dashboard">
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
        <XliffExchange
          downloads={(hasRole(user, 'admin') ? TARGET_LOCALES : languagesOf(user)).map((l) => ({
            href: `/api/translation-tasks/xliff?locale=${l}`,
            label: `Open ${TARGET_LANGUAGES[l].label} tasks (XLIFF)`,
          }))}
        />
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
      <table className="queue" aria-label="Documents waiting, with a link per language">
        <thead>
          <tr>
            <th>Document</th>
            <th>Languages</th>
            <th>Department</th>
            <th>Due</th>
            <th>Priority</th>
            <th>QA errors</th>
          </tr>
        </thead>
        <tbody>
          {groupByDocument(tasks.docs).map((group) => (
            <tr key={group.key} data-document={group.key}>
              <td>{group.title}</td>
              <td>
                <ul className="languages">
                  {group.tasks.map((task) => (
                    <li key={task.id} data-task={task.id} data-locale={task.locale}>
                      <a
                        href={`/review/${task.id}`}
                        aria-label={`${group.title}, ${TARGET_LANGUAGES[task.locale].label}: ${TASK_STATE_LABELS[task.state as TaskState]}`}
                      >
                        <span className="language">{TARGET_LANGUAGES[task.locale].label}</span> ·{' '}
                        <span className="status">{TASK_STATE_LABELS[task.state as TaskState]}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
              <td>{group.department}</td>
              <td>{group.due ? new Date(group.due).toLocaleDateString('da-DK') : ''}</td>
              <td>{group.priority}</td>
              <td>{group.qaErrors}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tasks.docs.length === 0 ? <p>Nothing in your queue.</p> : null}
    </>
  )
}
