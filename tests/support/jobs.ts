import type { Payload } from 'payload'

/** Runs queued jobs until none runnable now is left (or the deadline passes), as the server's autorun would. */
export async function drainJobs(payload: Payload, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    // Scheduled jobs (the minutely queue sweep) wait for their time and do not count as pending.
    const runnable = {
      or: [
        { waitUntil: { exists: false } },
        { waitUntil: { less_than_equal: new Date().toISOString() } },
      ],
    }
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, runnable],
      },
    })
    if (pending.totalDocs === 0) return
    if (Date.now() > deadline) {
      const stuck = await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        depth: 0,
      })
      const detail = stuck.docs.map((j) => ({
        id: j.id,
        task: j.taskSlug,
        input: j.input,
        processing: j.processing,
        waitUntil: j.waitUntil,
        totalTried: j.totalTried,
      }))
      throw new Error(
        `${pending.totalDocs} job(s) still pending after ${timeoutMs} ms: ${JSON.stringify(detail)}`,
      )
    }
    await payload.jobs.run({ limit: 50 })
  }
}
