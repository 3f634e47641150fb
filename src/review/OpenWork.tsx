import type { Payload } from 'payload'
import { TARGET_LANGUAGES, type TargetLocale } from '../languages'
import { openWorkByLanguage } from '../translationPlan/openWork'

const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('da-DK') : '—')

/** Each language's open work and due dates, so scarce translators (Somali) go to what matters first. */
export async function OpenWork({
  payload,
  locales,
}: {
  payload: Payload
  locales: TargetLocale[]
}) {
  const tasks = await payload.find({
    collection: 'translation-tasks',
    where: { locale: { in: locales } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, state: true, documentTitle: true, dueDate: true, priority: true },
  })
  const work = openWorkByLanguage(tasks.docs, locales)
  return (
    <table aria-label="Open work and due dates by language" className="dashboard open-work">
      <thead>
        <tr>
          <th>Language</th>
          <th>Open</th>
          <th>Overdue</th>
          <th>Due within a week</th>
          <th>High priority</th>
          <th>Next due</th>
        </tr>
      </thead>
      <tbody>
        {locales.map((l) => (
          <tr key={l} data-open-work={l}>
            <th>{TARGET_LANGUAGES[l].label}</th>
            <td>{work[l].open}</td>
            <td className={work[l].overdue ? 'overdue' : undefined}>{work[l].overdue}</td>
            <td>{work[l].dueWithinWeek}</td>
            <td>{work[l].byPriority.high}</td>
            <td>
              {work[l].next.slice(0, 3).map((n) => (
                <div key={n.id}>
                  <a href={`/review/${n.id}`}>{n.documentTitle}</a> ({date(n.dueDate)}
                  {n.priority === 'high' ? ', high priority' : ''})
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
