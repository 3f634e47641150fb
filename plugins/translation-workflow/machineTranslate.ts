import type { Payload } from 'payload'
import { TARGET_LANGUAGES } from '../../src/languages'
import type { SourceSegment, TaskSegment, TranslationEngine } from './engine/port'
import { loadTask, type TaskDoc, transitionTask } from './taskRecords'
import { writeTranslation } from './writeTranslation'
import { qaSummary } from '../../src/translation/qa'

export { WRITTEN_BY_WORKFLOW } from './writeTranslation'

async function loadSource(payload: Payload, task: TaskDoc): Promise<Record<string, unknown>> {
  const published = await payload.find({
    collection: task.collection,
    where: { id: { equals: task.documentId } },
    locale: 'da',
    depth: 0,
    overrideAccess: true,
    draft: false,
  })
  const found = published.docs[0]
  const doc: Record<string, unknown> | undefined = found ? { ...found } : undefined
  // Translate what is live in Danish; a document submitted before its first publish uses its draft.
  if (doc && ((doc.publishedLocales as string[] | undefined) ?? []).includes('da')) return doc
  return { ...(await payload.findByID({ collection: task.collection, id: task.documentId, locale: 'da', depth: 0, overrideAccess: true, draft: true })) }
}

async function loadCurrentTranslation(payload: Payload, task: TaskDoc, engine: TranslationEngine): Promise<Map<string, string>> {
  const doc = await payload.findByID({
    collection: task.collection,
    id: task.documentId,
    locale: task.locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  return new Map(engine.segment(task.collection, { ...doc }).filter((s) => s.text.trim()).map((s) => [s.key, s.text]))
}

/**
 * The machine pass for one task. Segments whose Danish is unchanged keep their current text
 * (so a translator's edit is never overwritten); changed or new segments come from memory, then
 * the provider, and are flagged as changed. The result is saved as a draft of that language only.
 * Failures leave the task `failed` with the reason; nothing already written is touched.
 */
export async function machineTranslate(payload: Payload, engine: TranslationEngine, taskId: number): Promise<TaskDoc> {
  const task = await loadTask(payload, taskId)
  // Idempotent: a job that runs again after a crash finds the work done.
  if (task.state !== 'queued') return task
  try {
    const source = await loadSource(payload, task)
    const segments = engine.segment(task.collection, source)
    const current = await loadCurrentTranslation(payload, task, engine)
    const previous = new Map((task.segments ?? []).map((s) => [s.key, s]))
    const approved = task.approvedHashes ?? null
    const keep: TaskSegment[] = []
    const todo: SourceSegment[] = []
    for (const segment of segments) {
      const before = previous.get(segment.key)
      const existing = current.get(segment.key)
      if (before && before.sourceHash === segment.sourceHash && existing) {
        keep.push({ ...before, text: existing, origin: existing === before.text ? before.origin : 'human', changed: false })
      } else todo.push(segment)
    }
    const capability = TARGET_LANGUAGES[task.locale].machineTranslation
    const result =
      capability === 'none' || todo.length === 0
        ? { texts: new Map<string, { text: string; origin: TaskSegment['origin'] }>(), billedCharacters: 0, provider: 'none' }
        : await engine.translate({ segments: todo, target: task.locale, context: task.documentTitle })
    const fresh: TaskSegment[] = todo.map((segment) => {
      const machine = result.texts.get(segment.key)
      return {
        key: segment.key,
        sourceHash: segment.sourceHash,
        source: segment.text,
        text: machine?.text ?? current.get(segment.key) ?? '',
        origin: machine?.origin ?? 'needs-human',
        changed: approved !== null && approved[segment.key] !== segment.sourceHash,
        qa: [],
      }
    })
    const order = new Map(segments.map((s, i) => [s.key, i]))
    const all = [...keep, ...fresh].sort((a, b) => order.get(a.key)! - order.get(b.key)!)
    for (const segment of all) segment.qa = segment.text ? engine.qa(segment.source, segment.text, task.locale) : []
    await writeTranslation(payload, engine, task, source, all)
    const needsHuman = capability === 'none' || all.some((s) => s.origin === 'needs-human')
    return await transitionTask(
      payload,
      task,
      needsHuman ? { type: 'noMachineTranslation' } : { type: 'machineTranslated' },
      {
        segments: all,
        ...qaSummary(all),
        provider: result.provider,
        billedCharacters: (task.billedCharacters ?? 0) + result.billedCharacters,
        failureReason: null,
      },
      { note: capability === 'none' ? `no machine translation for ${TARGET_LANGUAGES[task.locale].label}` : `${todo.length} segment(s) translated, ${keep.length} kept` },
    )
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    const fresh = await loadTask(payload, taskId)
    if (fresh.state !== 'queued') throw error
    return transitionTask(payload, fresh, { type: 'machineTranslationFailed', reason }, { failureReason: reason }, { note: 'machine translation failed' })
  }
}
