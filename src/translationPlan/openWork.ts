/**
 * Each language's open work and due dates, for the dashboard: how many tasks are open, how many
 * are overdue or due within a week, by priority, and the next ones due (so scarce translators,
 * e.g. Somali, are spent on what matters first).
 */

export interface OpenWorkTask {
  id: number
  locale: string
  state: string
  documentTitle: string
  dueDate?: string | null
  priority?: string | null
}

export interface LanguageOpenWork {
  open: number
  overdue: number
  dueWithinWeek: number
  byPriority: { high: number; normal: number; low: number }
  /** Soonest due first (undated last), high priority before normal on the same day; at most `limit`. */
  next: Array<{
    id: number
    documentTitle: string
    state: string
    dueDate: string | null
    priority: string
  }>
}

/** Approved and published tasks are done; everything else waits for someone. */
export const DONE_STATES = ['approved', 'published']
const PRIORITY_RANK: Record<string, number> = { high: 0, normal: 1, low: 2 }
const WEEK_MS = 7 * 24 * 60 * 60 * 1000

export function openWorkByLanguage(
  tasks: ReadonlyArray<OpenWorkTask>,
  locales: readonly string[],
  now = new Date(),
  limit = 5,
): Record<string, LanguageOpenWork> {
  const result: Record<string, LanguageOpenWork> = {}
  for (const locale of locales)
    result[locale] = {
      open: 0,
      overdue: 0,
      dueWithinWeek: 0,
      byPriority: { high: 0, normal: 0, low: 0 },
      next: [],
    }
  const open = tasks.filter((t) => result[t.locale] && !DONE_STATES.includes(t.state))
  const time = (t: OpenWorkTask) =>
    t.dueDate ? new Date(t.dueDate).getTime() : Number.POSITIVE_INFINITY
  const day = (t: OpenWorkTask) => Math.floor(time(t) / 86_400_000)
  const sorted = [...open].sort(
    (a, b) =>
      day(a) - day(b) ||
      (PRIORITY_RANK[a.priority ?? 'normal'] ?? 1) - (PRIORITY_RANK[b.priority ?? 'normal'] ?? 1) ||
      time(a) - time(b) ||
      a.id - b.id,
  )
  for (const task of sorted) {
    const work = result[task.locale]
    const priority = (task.priority ?? 'normal') as keyof LanguageOpenWork['byPriority']
    work.open++
    if (priority in work.byPriority) work.byPriority[priority]++
    const due = time(task)
    if (due < now.getTime()) work.overdue++
    else if (due <= now.getTime() + WEEK_MS) work.dueWithinWeek++
    if (work.next.length < limit)
      work.next.push({
        id: task.id,
        documentTitle: task.documentTitle,
        state: task.state,
        dueDate: task.dueDate ?? null,
        priority: task.priority ?? 'normal',
      })
  }
  return result
}
