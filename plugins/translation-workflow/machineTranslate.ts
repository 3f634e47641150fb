import type { Payload } from 'payload'
import { TARGET_LANGUAGES } from '../../src/languages'
import { assembleSegments, planRetranslation } from '../../src/workflow/retranslationPlan'
import type { TaskSegment, TranslationEngine } from './engine/port'
import { withDocumentLock } from './taskLock'
import { loadTask, sameHashes, segmentHashes, type TaskDoc, transitionTask } from './taskRecords'
import { submissionPolicyOf } from './submissionPolicy'
import { writeTranslation } from './writeTranslation'
import { qaSummary } from '../../src/translation/qa'

export { WRITTEN_BY_WORKFLOW } from './writeTranslation'
import { extraSegmentQa } from './segmentQa'

function departmentOf(task: TaskDoc): number | null {
  const d = (task as { department?: unknown }).department
  return typeof d === 'number'
    ? d
    : d && typeof d === 'object'
      ? ((d as { id?: number }).id ?? null)
      : null
}

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
  return {
    ...(await payload.findByID({
      collection: task.collection,
      id: task.documentId,
      locale: 'da',
      depth: 0,
      overrideAccess: true,
      draft: true,
    })),
  }
}

async function loadCurrentTranslation(
  payload: Payload,
  task: TaskDoc,
  engine: TranslationEngine,
): Promise<Map<string, string>> {
  const doc = await payload.findByID({
    collection: task.collection,
    id: task.documentId,
    locale: task.locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  return new Map(
    engine
      .segment(task.collection, { ...doc })
      .filter((s) => s.text.trim())
      .map((s) => [s.key, s.text]),
  )
}

/**
 * The machine pass for one task. Segments are aligned with the task's previous ones by content
 * (src/workflow/retranslationPlan): a segment whose Danish is unchanged keeps its current text
 * wherever it moved (so a translator's edit is never overwritten); new or changed Danish comes from
 * memory, then the provider, and is flagged for the translator. The result is saved as a draft of
 * that language only, under the document's lock and only if no newer submit re-queued the task
 * meanwhile (then the pass runs again on the newer source). Failures leave the task `failed` with
 * the reason; nothing already written is touched.
 */
export async function machineTranslate(
  payload: Payload,
  engine: TranslationEngine,
  taskId: number,
  attempt = 1,
): Promise<TaskDoc> {
  const task = await loadTask(payload, taskId)
  // Idempotent: a job that runs again after a crash finds the work done.
  if (task.state !== 'queued') return task
  // Budget characters held for this pass, given back once it has billed (or failed).
  let held: (() => Promise<void>) | undefined
  const releaseHeld = async () => {
    const release = held
    held = undefined
    await release?.()
  }
  try {
    const source = await loadSource(payload, task)
    const segments = engine.segment(task.collection, source)
    const current = await loadCurrentTranslation(payload, task, engine)
    const plan = planRetranslation({ source: segments, previous: task.segments ?? [], current })
    // Production without a DeepL key: no machine pass at all, and the task says why.
    const off = engine.machineTranslationOff
    const capability =
      off || !(await engine.offersLanguage(task.locale)) ? ('none' as const) : ('machine' as const)
    // The department's character budget (plain-language plugin): over it, a human translates.
    const budget =
      capability === 'none' || plan.retranslate.length === 0
        ? { allowed: true as const }
        : await submissionPolicyOf(payload).machineTranslation({
            payload,
            department: departmentOf(task),
            characters: plan.retranslate.reduce((n, s) => n + s.text.length, 0),
          })
    if (budget.allowed) held = budget.release
    const result =
      capability === 'none' || plan.retranslate.length === 0 || !budget.allowed
        ? {
            texts: new Map<
              string,
              { text: string; origin: TaskSegment['origin']; reason?: string }
            >(),
            billedCharacters: 0,
            provider: 'none',
          }
        : await engine.translate({
            segments: plan.retranslate,
            target: task.locale,
            context: task.documentTitle,
          })
    const all = assembleSegments(plan, segments, result.texts)
    const extra = extraSegmentQa(payload, task.collection, source)
    for (const segment of all)
      segment.qa = segment.text
        ? [
            ...engine.qa(segment.source, segment.text, task.locale),
            ...extra(segment.key, segment.text),
          ]
        : []
    const needsHuman = capability === 'none' || all.some((s) => s.origin === 'needs-human')
    const written = await withDocumentLock(payload, task, undefined, async (req) => {
      const fresh = await loadTask(payload, taskId, req)
      if (fresh.state !== 'queued') return { task: fresh, stale: false }
      // A publish while the provider was busy re-submitted the task: this pass is for older Danish.
      if (!sameHashes(fresh.sourceHashes, task.sourceHashes) && attempt < 3)
        return { task: fresh, stale: true }
      await writeTranslation(payload, engine, fresh, source, all, { req })
      const updated = await transitionTask(
        payload,
        fresh,
        needsHuman ? { type: 'noMachineTranslation' } : { type: 'machineTranslated' },
        {
          segments: all,
          sourceHashes: segmentHashes(all),
          ...qaSummary(all),
          provider: off ? `none: ${off}` : result.provider,
          billedCharacters: (fresh.billedCharacters ?? 0) + result.billedCharacters,
          failureReason: null,
        },
        {
          req,
          note: off
            ? off
            : !budget.allowed
              ? budget.reason
              : capability === 'none'
                ? `no machine translation for ${TARGET_LANGUAGES[task.locale].label}; ${plan.keep.length} kept`
                : `${plan.retranslate.length} segment(s) translated, ${plan.keep.length} kept`,
        },
      )
      return { task: updated, stale: false }
    })
    await releaseHeld()
    return written.stale ? machineTranslate(payload, engine, taskId, attempt + 1) : written.task
  } catch (error) {
    await releaseHeld()
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    const fresh = await loadTask(payload, taskId)
    if (fresh.state !== 'queued') throw error
    return transitionTask(
      payload,
      fresh,
      { type: 'machineTranslationFailed', reason },
      { failureReason: reason },
      { note: 'machine translation failed' },
    )
  }
}
