import type { TaskConfig } from 'payload'
import { recoverInterruptedJobs, requeueOrphanedTasks } from './recoverJobs'

/** Every minute: release jobs abandoned by a dead process and re-queue tasks that lost their job. */
export const sweepTranslationQueueTask: TaskConfig<{
  input: Record<string, never>
  output: { requeued: number }
}> = {
  slug: 'sweep-translation-queue',
  label: 'Heal the translation queue',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => {
    await recoverInterruptedJobs(req.payload)
    return { output: { requeued: await requeueOrphanedTasks(req.payload) } }
  },
}
