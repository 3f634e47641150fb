import type { Payload, PayloadRequest } from 'payload'
import type { TranslationEngine } from './engine/port'
import { submissionPolicyOf } from './submissionPolicy'
import { withDocumentLock } from './taskLock'
import { sameHashes, segmentHashes, taskKey, type TaskDoc, transitionTask } from './taskRecords'

export interface SubmitReport {
  created: number
  outdated: number
  unchanged: number
}

/**
 * Whether a task already holds a translation of exactly this Danish: the hashes it was submitted
 * with and, once translated, the hashes of the segments it actually holds (a write that raced a
 * publish could leave the two apart; submitting again repairs such a task).
 */
function isCurrent(task: TaskDoc, hashes: Record<string, string>): boolean {
  if (!sameHashes(task.sourceHashes, hashes)) return false
  return (
    task.state === 'queued' || !task.segments || sameHashes(segmentHashes(task.segments), hashes)
  )
}

function departmentId(doc: Record<string, unknown>): number | null {
  const d = doc.department
  if (typeof d === 'number') return d
  if (d && typeof d === 'object' && typeof (d as { id?: unknown }).id === 'number')
    return (d as { id: number }).id
  return null
}

/**
 * Makes the translation tasks reflect a Danish source: a new task per missing language, and
 * where the source's segments changed, the task goes outdated and back to the queue (the live
 * translation stays published until the new one is approved). Queues one machine-translation
 * job per task that needs one; the jobs run in parallel.
 */
export async function submitSource(
  payload: Payload,
  engine: Pick<TranslationEngine, 'segment'>,
  args: { collection: string; sourceDoc: Record<string, unknown>; req?: PayloadRequest },
): Promise<SubmitReport> {
  const documentId = args.sourceDoc.id as number
  // Under the document's lock: a translator's save of one of these tasks waits, then sees the result.
  return withDocumentLock(payload, { collection: args.collection, documentId }, args.req, (req) =>
    submitLocked(payload, engine, { ...args, req }),
  )
}

async function submitLocked(
  payload: Payload,
  engine: Pick<TranslationEngine, 'segment'>,
  args: { collection: string; sourceDoc: Record<string, unknown>; req: PayloadRequest },
): Promise<SubmitReport> {
  const { collection, sourceDoc, req } = args
  const documentId = sourceDoc.id as number
  // The document's own choices (plain-language plugin): refused before anything is written.
  const policy = submissionPolicyOf(payload)
  await policy.admit({ collection, sourceDoc, req, payload })
  const hashes = Object.fromEntries(
    engine.segment(collection, sourceDoc).map((s) => [s.key, s.sourceHash]),
  )
  const report: SubmitReport = { created: 0, outdated: 0, unchanged: 0 }
  const common = {
    documentTitle: String(sourceDoc.title ?? documentId),
    department: departmentId(sourceDoc),
    sourceVersion: String(sourceDoc.updatedAt ?? ''),
    sourceHashes: hashes,
    ...policy.taskFields({ collection, sourceDoc }),
  }
  const existing = await payload.find({
    collection: 'translation-tasks',
    where: {
      and: [{ collection: { equals: collection } }, { documentId: { equals: documentId } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byLocale = new Map(existing.docs.map((t) => [t.locale, t]))
  for (const locale of policy.targetLocales({ collection, sourceDoc })) {
    const task = byLocale.get(locale)
    if (!task) {
      const created = await payload.create({
        collection: 'translation-tasks',
        data: {
          ...common,
          taskKey: taskKey(collection, documentId, locale),
          collection: collection as never,
          documentId,
          locale,
          state: 'queued',
          history: [
            { at: new Date().toISOString(), to: 'queued', note: 'created from the Danish source' },
          ],
        },
        overrideAccess: true,
        req,
      })
      await payload.jobs.queue({ task: 'machine-translate', input: { taskId: created.id }, req })
      report.created++
      continue
    }
    if (isCurrent(task, hashes)) {
      report.unchanged++
      continue
    }
    if (task.state === 'queued') {
      // Not translated yet: the queued job will read the new source.
      await payload.update({
        collection: 'translation-tasks',
        id: task.id,
        data: common as never,
        overrideAccess: true,
        req,
      })
      report.outdated++
      continue
    }
    const outdated = await transitionTask(payload, task, { type: 'sourceChanged' }, common, {
      req,
      note: 'the Danish source changed',
    })
    await transitionTask(
      payload,
      outdated,
      { type: 'retranslate' },
      {},
      { req, note: 'changed segments queued for machine translation' },
    )
    await payload.jobs.queue({ task: 'machine-translate', input: { taskId: task.id }, req })
    report.outdated++
  }
  return report
}
