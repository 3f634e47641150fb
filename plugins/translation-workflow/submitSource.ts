import type { Payload, PayloadRequest } from 'payload'
import { TARGET_LOCALES } from '../../src/languages'
import type { TranslationEngine } from './engine/port'
import { taskKey, transitionTask } from './taskRecords'

export interface SubmitReport {
  created: number
  outdated: number
  unchanged: number
}

function sameHashes(a: Record<string, string> | null | undefined, b: Record<string, string>): boolean {
  const keysA = Object.keys(a ?? {})
  return keysA.length === Object.keys(b).length && keysA.every((k) => a![k] === b[k])
}

function departmentId(doc: Record<string, unknown>): number | null {
  const d = doc.department
  if (typeof d === 'number') return d
  if (d && typeof d === 'object' && typeof (d as { id?: unknown }).id === 'number') return (d as { id: number }).id
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
  const { collection, sourceDoc, req } = args
  const documentId = sourceDoc.id as number
  const hashes = Object.fromEntries(engine.segment(collection, sourceDoc).map((s) => [s.key, s.sourceHash]))
  const report: SubmitReport = { created: 0, outdated: 0, unchanged: 0 }
  const common = {
    documentTitle: String(sourceDoc.title ?? documentId),
    department: departmentId(sourceDoc),
    sourceVersion: String(sourceDoc.updatedAt ?? ''),
    sourceHashes: hashes,
  }
  const existing = await payload.find({
    collection: 'translation-tasks',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: documentId } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byLocale = new Map(existing.docs.map((t) => [t.locale, t]))
  for (const locale of TARGET_LOCALES) {
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
          history: [{ at: new Date().toISOString(), to: 'queued', note: 'created from the Danish source' }],
        },
        overrideAccess: true,
        req,
      })
      await payload.jobs.queue({ task: 'machine-translate', input: { taskId: created.id }, req })
      report.created++
      continue
    }
    if (sameHashes(task.sourceHashes, hashes)) {
      report.unchanged++
      continue
    }
    if (task.state === 'queued') {
      // Not translated yet: the queued job will read the new source.
      await payload.update({ collection: 'translation-tasks', id: task.id, data: common as never, overrideAccess: true, req })
      report.outdated++
      continue
    }
    const outdated = await transitionTask(payload, task, { type: 'sourceChanged' }, common, { req, note: 'the Danish source changed' })
    await transitionTask(payload, outdated, { type: 'retranslate' }, {}, { req, note: 'changed segments queued for machine translation' })
    await payload.jobs.queue({ task: 'machine-translate', input: { taskId: task.id }, req })
    report.outdated++
  }
  return report
}
