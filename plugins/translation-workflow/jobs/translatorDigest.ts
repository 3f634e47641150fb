import type { Payload, TaskConfig } from 'payload'
import type { TranslationTask, User } from '../../../payload-types'
import { TARGET_LANGUAGES } from '../../../src/languages'
import { TASK_STATE_LABELS } from '../../../src/workflow/taskStates'
import { READY_FOR_TRANSLATOR } from '../../../src/workflow/taskPolicies'

type PendingTask = Pick<
  TranslationTask,
  'id' | 'documentTitle' | 'locale' | 'state' | 'dueDate' | 'assignee'
>
type Translator = User

/** My queue; a task's review screen is below it. */
function queueUrl(): string {
  const base = process.env.SERVER_URL || `http://localhost:${process.env.PORT ?? 3000}`
  return `${base.replace(/\/$/, '')}/review`
}

/** The assignee when there is one; otherwise every translator of the task's language. */
function recipientsOf(task: PendingTask, translators: Translator[]): Translator[] {
  const assignee =
    typeof task.assignee === 'object' && task.assignee ? task.assignee.id : task.assignee
  if (assignee) return translators.filter((t) => t.id === assignee)
  return translators.filter((t) => (t.languages ?? []).includes(task.locale))
}

function line(task: PendingTask): string {
  const due = task.dueDate ? `, due ${task.dueDate.slice(0, 10)}` : ''
  return `- ${TARGET_LANGUAGES[task.locale].label}: "${task.documentTitle}" (${TASK_STATE_LABELS[task.state]}${due})\n  ${queueUrl()}/${task.id}`
}

/**
 * One mail per translator listing the tasks that became ready for them since the last digest
 * (new machine translations, Somali and other human-only languages, tasks sent back), instead of a
 * mail per task: a "translate all" must not send a hundred mails. A task nobody can be told about
 * (no translator for its language yet) stays pending for the next run.
 */
export async function sendTranslatorDigest(
  payload: Payload,
): Promise<{ emails: number; tasks: number }> {
  const pending = (
    await payload.find({
      collection: 'translation-tasks',
      where: {
        and: [{ awaitingNotice: { equals: true } }, { state: { in: [...READY_FOR_TRANSLATOR] } }],
      },
      depth: 0,
      pagination: false,
      sort: 'dueDate',
      overrideAccess: true,
      select: { documentTitle: true, locale: true, state: true, dueDate: true, assignee: true },
    })
  ).docs
  if (pending.length === 0) return { emails: 0, tasks: 0 }
  const users = (
    await payload.find({ collection: 'users', depth: 0, pagination: false, overrideAccess: true })
  ).docs
  const translators = users.filter((u) => u.roles?.includes('translator') && u.email)
  const byRecipient = new Map<number, { to: Translator; tasks: PendingTask[] }>()
  const told = new Set<number>()
  for (const task of pending) {
    for (const to of recipientsOf(task, translators)) {
      const entry = byRecipient.get(to.id) ?? { to, tasks: [] }
      entry.tasks.push(task)
      byRecipient.set(to.id, entry)
      told.add(task.id)
    }
  }
  for (const { to, tasks } of byRecipient.values()) {
    await payload.sendEmail({
      to: to.email,
      subject: `${tasks.length} translation${tasks.length === 1 ? '' : 's'} waiting for you`,
      text: `These translations are ready for you to review:\n\n${tasks.map(line).join('\n')}\n\nMy queue: ${queueUrl()}\n`,
    })
  }
  if (told.size) {
    await payload.update({
      collection: 'translation-tasks',
      where: { id: { in: [...told] } },
      data: { awaitingNotice: false } as never,
      overrideAccess: true,
    })
  }
  return { emails: byRecipient.size, tasks: told.size }
}

export const translatorDigestTask: TaskConfig<{
  input: Record<string, never>
  output: { emails: number; tasks: number }
}> = {
  slug: 'translator-digest',
  label: 'Tell translators what is waiting',
  schedule: [{ cron: process.env.CMS_DIGEST_CRON ?? '*/15 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await sendTranslatorDigest(req.payload) }),
}
