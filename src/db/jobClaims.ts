import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

type UpdateJobs = PostgresAdapter['updateJobs']
type Args = Parameters<UpdateJobs>[0]

export interface JobClaimOptions {
  /** How often a process tells the database it is still working on its jobs. */
  heartbeatMs?: number
  /** A `processing` job nobody has touched for this long belongs to a dead process and is released. */
  staleAfterMs?: number
}

const KEY = Symbol.for('kommune-cms.jobClaims')

/**
 * Makes the jobs queue safe for several app processes on one database.
 *
 * Payload 3.90 claims jobs by reading the runnable ones and then writing `processing: true`
 * (drizzle's updateJobs: find, then update), so two processes can pick the same job and run it
 * twice — a machine translation billed twice. Here each claim is a conditional UPDATE
 * (`… where processing = false`), which only one process can win per job.
 *
 * A process killed mid-job leaves it `processing` forever. Every process touches the jobs it runs
 * (heartbeat), and every process releases jobs whose heartbeat stopped, so another takes them over
 * within `staleAfterMs`; the machine-translation job is memory-first, so a re-run bills only the
 * request that was in flight.
 */
export function installJobClaims(payload: Payload, options: JobClaimOptions = {}): () => void {
  const adapter = payload.db as unknown as PostgresAdapter & { [KEY]?: () => void }
  if (adapter[KEY]) return adapter[KEY]
  const heartbeatMs = options.heartbeatMs ?? Number(process.env.JOB_HEARTBEAT_MS ?? 10_000)
  const staleAfterMs = options.staleAfterMs ?? Number(process.env.JOB_STALE_AFTER_MS ?? 60_000)
  const original: UpdateJobs = adapter.updateJobs.bind(adapter)
  const mine = new Set<number>()

  // Payload's claim: no id, `processing: true` (and the `updatedAt` it always adds), a where clause.
  const claiming = (args: Args) =>
    !args.id &&
    Boolean(args.data) &&
    (args.data as { processing?: unknown }).processing === true &&
    Object.keys(args.data).every((k) => k === 'processing' || k === 'updatedAt')
  const releasing = (args: Args) =>
    args.id !== undefined &&
    (args.data as { processing?: unknown } | undefined)?.processing === false

  adapter.updateJobs = async function (args: Args) {
    if (releasing(args)) mine.delete(Number(args.id))
    if (!claiming(args)) return original(args)
    const candidates = await payload.db.find({
      collection: 'payload-jobs',
      where: args.where ?? {},
      limit: args.limit ?? 10,
      sort: args.sort ?? 'createdAt',
      pagination: false,
      req: args.req,
    })
    const won: number[] = []
    for (const job of candidates.docs) {
      const id = Number(job.id)
      const claimed = await adapter.drizzle.execute(
        sql`update payload_jobs set processing = true, updated_at = now() where id = ${id} and processing = false and completed_at is null and has_error is not true returning id`,
      )
      if (claimed.rows.length) won.push(id)
    }
    if (!won.length) return []
    for (const id of won) mine.add(id)
    return (
      (await original({
        where: { id: { in: won } },
        data: { processing: true },
        req: args.req,
        returning: true,
        sort: args.sort,
        limit: won.length,
      })) ?? []
    )
  } as UpdateJobs

  const beat = setInterval(() => {
    if (!mine.size) return
    adapter.drizzle
      .execute(
        sql`update payload_jobs set updated_at = now() where processing = true and id in (${sql.join(
          [...mine].map((id) => sql`${id}`),
          sql`, `,
        )})`,
      )
      .catch(() => undefined)
  }, heartbeatMs)
  const sweep = setInterval(
    () => void releaseStaleJobs(payload, staleAfterMs, mine).catch(() => undefined),
    Math.max(1000, Math.min(staleAfterMs, 30_000)),
  )
  beat.unref()
  sweep.unref()
  const stop = () => {
    clearInterval(beat)
    clearInterval(sweep)
  }
  adapter[KEY] = stop
  return stop
}

/** Releases `processing` jobs whose process stopped beating (not this process's own), so any process takes them over. */
export async function releaseStaleJobs(
  payload: Payload,
  staleAfterMs: number,
  own: Set<number> = new Set(),
): Promise<number> {
  const adapter = payload.db as unknown as PostgresAdapter
  const cutoff = new Date(Date.now() - staleAfterMs).toISOString()
  const notOwn = own.size
    ? sql` and id not in (${sql.join(
        [...own].map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``
  const released = await adapter.drizzle.execute(
    sql`update payload_jobs set processing = false where processing = true and completed_at is null and updated_at < ${cutoff}${notOwn} returning id`,
  )
  const ids = (released.rows as Array<{ id: number }>).map((r) => Number(r.id))
  if (ids.length)
    payload.logger.warn(
      `Took over ${ids.length} job(s) left processing by a process that stopped: ${ids.join(', ')}`,
    )
  return ids.length
}
