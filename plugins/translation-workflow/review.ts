import type { Payload, PayloadRequest } from 'payload'
import { APIError, Forbidden } from 'payload'
import { writeAudit } from '../publishing/auditPublishing'
import { currentUser, hasRole, languagesOf } from '../../src/access/roles'
import { qaSummary } from '../../src/translation/qa'
import { IllegalTransitionError } from '../../src/workflow/taskStates'
import type { TaskSegment, TranslationEngine } from './engine/port'
import { loadTask, type TaskDoc, transitionTask } from './taskRecords'
import { writeTranslation } from './writeTranslation'
import { isEditable } from '../../src/workflow/taskPolicies'

/** Admins, and translators assigned to the task's language, act on a task; nobody else. */
export function assertMayReview(req: PayloadRequest, task: TaskDoc): void {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return
  if (hasRole(user, 'translator') && languagesOf(user).includes(task.locale)) return
  throw new Forbidden(req.t)
}

async function loadSourceDoc(payload: Payload, task: TaskDoc): Promise<Record<string, unknown>> {
  return { ...(await payload.findByID({ collection: task.collection, id: task.documentId, locale: 'da', depth: 0, overrideAccess: true })) }
}

function withQa(engine: TranslationEngine, task: TaskDoc, segments: TaskSegment[]): { segments: TaskSegment[]; qaErrors: number; qaWarnings: number } {
  const checked = segments.map((s) => ({ ...s, qa: s.text ? engine.qa(s.source, s.text, task.locale) : [{ code: 'empty', severity: 'error' as const, message: 'No translation yet' }] }))
  return { segments: checked, ...qaSummary(checked) }
}

function asApiError(error: unknown): never {
  if (error instanceof IllegalTransitionError) throw new APIError(error.message, 409, undefined, true)
  throw error
}

/**
 * A translator's edits: the texts replace the task's segments (marked human), the language's
 * draft is rewritten from them, QA runs again, and a task waiting for review moves into review.
 */
export async function saveTranslation(payload: Payload, engine: TranslationEngine, req: PayloadRequest, taskId: number, edits: Array<{ key: string; text: string }>): Promise<TaskDoc> {
  const task = await loadTask(payload, taskId, req)
  assertMayReview(req, task)
  await engine.refresh()
  if (!isEditable(task.state)) {
    throw new APIError(`This task is ${task.state}; only a task waiting for or in review can be edited`, 409, undefined, true)
  }
  const byKey = new Map(edits.map((e) => [e.key, e.text]))
  const unknown = edits.map((e) => e.key).filter((k) => !(task.segments ?? []).some((s) => s.key === k))
  if (unknown.length) throw new APIError(`Unknown segment(s): ${unknown.join(', ')}`, 400, undefined, true)
  const segments = (task.segments ?? []).map((s) => (byKey.has(s.key) && byKey.get(s.key) !== s.text ? { ...s, text: byKey.get(s.key)!, origin: 'human' as const } : s))
  const checked = withQa(engine, task, segments)
  await writeTranslation(payload, engine, task, await loadSourceDoc(payload, task), checked.segments, { req })
  if (task.state === 'in_review') {
    return payload.update({ collection: 'translation-tasks', id: task.id, data: checked, overrideAccess: true, req })
  }
  return transitionTask(payload, task, { type: 'startReview' }, checked, { req, note: 'translator saved edits' }).catch(asApiError)
}

/**
 * Approval publishes exactly this language (publishSpecificLocale) from the reviewed segments,
 * records the texts as approved human translations in memory, and is refused while QA has errors.
 */
export async function approveTranslation(payload: Payload, engine: TranslationEngine, req: PayloadRequest, taskId: number): Promise<TaskDoc> {
  let task = await loadTask(payload, taskId, req)
  assertMayReview(req, task)
  await engine.refresh()
  if (task.state === 'machine_translated' || task.state === 'needs_human') {
    task = await transitionTask(payload, task, { type: 'startReview' }, {}, { req, note: 'review started by approval' })
  }
  const checked = withQa(engine, task, task.segments ?? [])
  const approved = await transitionTask(payload, task, { type: 'approve', blockingQaIssues: checked.qaErrors }, checked, { req }).catch(asApiError)
  await writeTranslation(payload, engine, task, await loadSourceDoc(payload, task), checked.segments, { publish: true, req })
  await engine.recordHumanTranslations(checked.segments.map((s) => ({ sourceHash: s.sourceHash, source: s.source, text: s.text, target: task.locale })))
  await writeAudit(req, { action: 'approve', collection: task.collection, documentId: task.documentId, locale: task.locale, summary: `approved ${task.locale} of ${task.collection} "${task.documentTitle}"` })
  return transitionTask(payload, approved, { type: 'publish' }, { approvedHashes: task.sourceHashes ?? {} }, { req, note: 'published by approval' })
}

export async function sendBack(payload: Payload, req: PayloadRequest, taskId: number, comment: string): Promise<TaskDoc> {
  const task = await loadTask(payload, taskId, req)
  assertMayReview(req, task)
  const user = currentUser(req)
  const comments = [...(task.comments ?? []), { author: (user?.id as number | undefined) ?? null, at: new Date().toISOString(), text: comment }]
  const result = await transitionTask(payload, task, { type: 'sendBack', comment }, { comments }, { req, note: comment.slice(0, 200) }).catch(asApiError)
  await writeAudit(req, { action: 'send-back', collection: task.collection, documentId: task.documentId, locale: task.locale, summary: `sent back ${task.locale}: ${comment.slice(0, 120)}` })
  return result
}

export async function retryTask(payload: Payload, req: PayloadRequest, taskId: number): Promise<TaskDoc> {
  const task = await loadTask(payload, taskId, req)
  const user = currentUser(req)
  if (!hasRole(user, 'admin') && !hasRole(user, 'editor')) assertMayReview(req, task)
  const result = await transitionTask(payload, task, { type: 'retry' }, { failureReason: null }, { req }).catch(asApiError)
  await payload.jobs.queue({ task: 'machine-translate', input: { taskId: task.id }, req })
  return result
}
