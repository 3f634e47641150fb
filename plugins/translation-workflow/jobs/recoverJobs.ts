import type { Payload } from 'payload'

/**
 * A process killed while running a job leaves it marked `processing`, and the queue never picks
 * it up again. On start, jobs that have been processing for longer than `staleAfterMs` (no live
 * runner takes that long) are released so they run again; the machine-translation job is
 * idempotent and memory-first, so a re-run finishes the work without re-billing what was done.
 */
export async function recoverInterruptedJobs(
  payload: Payload,
  staleAfterMs = 10 * 60 * 1000,
): Promise<number> {
  const before = new Date(Date.now() - staleAfterMs).toISOString()
  const stale = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than_equal: before } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const job of stale.docs) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: false },
      overrideAccess: true,
      depth: 0,
    })
  }
  if (stale.docs.length)
    payload.logger.warn(
      `Released ${stale.docs.length} job(s) left processing by a process that stopped`,
    )
  return stale.docs.length
}

/**
 * Tasks left `queued` without a pending job (its job died with the database, or was deleted)
 * get a new job. Runs on start and every minute, so the queue heals itself.
 */
export async function requeueOrphanedTasks(payload: Payload): Promise<number> {
  const queued = await payload.find({
    collection: 'translation-tasks',
    where: { state: { equals: 'queued' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { state: true },
  })
  if (queued.docs.length === 0) return 0
  const pending = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'machine-translate' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const covered = new Set(
    pending.docs.map((job) => Number((job.input as { taskId?: unknown } | null)?.taskId)),
  )
  let requeued = 0
  for (const task of queued.docs) {
    if (covered.has(task.id)) continue
    await payload.jobs.queue({ task: 'machine-translate', input: { taskId: task.id } })
    requeued++
  }
  if (requeued)
    payload.logger.warn(`Re-queued machine translation for ${requeued} task(s) whose job was lost`)
  return requeued
}
