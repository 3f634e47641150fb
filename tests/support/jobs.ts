import type { Payload } from 'payload'

/** Runs queued jobs until none are left (or the deadline passes), as the server's autorun would. */
export async function drainJobs(payload: Payload, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const pending = await payload.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })
    if (pending.totalDocs === 0) return
    if (Date.now() > deadline) throw new Error(`${pending.totalDocs} job(s) still pending after ${timeoutMs} ms`)
    await payload.jobs.run({ limit: 50 })
  }
}
