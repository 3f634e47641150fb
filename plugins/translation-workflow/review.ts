import type { Payload, PayloadRequest } from 'payload'
import { Forbidden } from 'payload'
import { writeAudit } from '../publishing/auditPublishing'
import { currentUser, hasRole, languagesOf } from '../../src/access/roles'
import { qaSummary } from '../../src/translation/qa'
import { isEditable } from '../../src/workflow/taskPolicies'
import type { TaskSegment, TranslationEngine } from './engine/port'
import { extraSegmentQa } from './segmentQa'
import { withDocumentLock } from './taskLock'
import {
  loadTask,
  sameHashes,
  segmentHashes,
  type TaskDoc,
  type TaskStep,
  transitionTask,
} from './taskRecords'
import { writeTranslation } from './writeTranslation'
import { badRequest, conflict } from '../../src/api/httpErrors'

/** Admins, and translators assigned to the task's language, act on a task; nobody else. */
export function assertMayReview(req: PayloadRequest, task: TaskDoc): void {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return
  if (hasRole(user, 'translator') && languagesOf(user).includes(task.locale)) return
  throw new Forbidden(req.t)
}

async function loadSourceDoc(
  payload: Payload,
  task: TaskDoc,
  req?: PayloadRequest,
): Promise<Record<string, unknown>> {
  return {
    ...(await payload.findByID({
      collection: task.collection,
      id: task.documentId,
      locale: 'da',
      depth: 0,
      overrideAccess: true,
      req,
    })),
  }
}

function withQa(
  payload: Payload,
  engine: TranslationEngine,
  task: TaskDoc,
  segments: TaskSegment[],
  sourceDoc: Record<string, unknown>,
): { segments: TaskSegment[]; qaErrors: number; qaWarnings: number } {
  // Feature plugins' own checks (e.g. subtitle reading speed) run beside the engine's QA.
  const extra = extraSegmentQa(payload, task.collection, sourceDoc)
  const checked = segments.map((s) => ({
    ...s,
    qa: s.text
      ? [...engine.qa(s.source, s.text, task.locale), ...extra(s.key, s.text)]
      : [{ code: 'empty', severity: 'error' as const, message: 'No translation yet' }],
  }))
  return { segments: checked, ...qaSummary(checked) }
}

function refuseUnlessEditable(seen: TaskDoc, task: TaskDoc): void {
  if (isEditable(task.state)) return
  const raced = isEditable(seen.state) && seen.state !== task.state
  throw conflict(
    raced
      ? `Nothing was saved: while you were saving, the task became ${task.state} (${task.history?.at(-1)?.note ?? 'changed'}). Reload it; the Danish may have changed.`
      : `This task is ${task.state}; only a task waiting for or in review can be edited`,
    { state: task.state },
  )
}

function refuseUnknownKeys(task: TaskDoc, keys: string[]): void {
  const unknown = keys.filter((k) => !(task.segments ?? []).some((s) => s.key === k))
  if (unknown.length) throw badRequest(`Unknown segment(s): ${unknown.join(', ')}`)
}

async function userLabel(
  payload: Payload,
  id: number | null | undefined,
  req: PayloadRequest,
): Promise<{ id: number | null; email: string | null }> {
  if (!id) return { id: null, email: null }
  const user = (await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { email?: string } | null
  return { id, email: user?.email ?? null }
}

export interface SegmentEdit {
  key: string
  text: string
  /** The text the translator started from; a segment someone else changed since is a conflict. */
  base?: string
  /** A comment on the segment for the next translator; "" removes it. */
  note?: string
}

/**
 * A translator's edits, merged per segment into the task as it is now (under the document's lock):
 * edited segments become human and lose their `changed` flag, `confirm` keys keep their text and
 * lose the flag, the language's draft is rewritten, QA runs again, and a task waiting for review
 * moves into review. A segment someone else changed since this translator loaded it (`base`, or
 * else what the task held when the request arrived) is not overwritten: the save answers 409 with
 * who changed what, and nothing is saved.
 */
export async function saveTranslation(
  payload: Payload,
  engine: TranslationEngine,
  req: PayloadRequest,
  taskId: number,
  edits: SegmentEdit[],
  confirm: string[] = [],
): Promise<TaskDoc> {
  const seen = await loadTask(payload, taskId, req)
  assertMayReview(req, seen)
  await engine.refresh()
  return withDocumentLock(payload, seen, req, async (req) => {
    const task = await loadTask(payload, taskId, req)
    refuseUnlessEditable(seen, task)
    refuseUnknownKeys(task, [...edits.map((e) => e.key), ...confirm])
    const now = new Map((task.segments ?? []).map((s) => [s.key, s]))
    const before = new Map((seen.segments ?? []).map((s) => [s.key, s]))
    const conflicts = edits.filter((e) => {
      const theirs = now.get(e.key)!.text
      const base = e.base ?? before.get(e.key)?.text ?? theirs
      return theirs !== base && theirs !== e.text
    })
    if (conflicts.length) {
      const details = await Promise.all(
        conflicts.map(async (e) => {
          const segment = now.get(e.key)!
          return {
            key: e.key,
            yours: e.text,
            theirs: segment.text,
            changedBy: await userLabel(payload, segment.editedBy, req),
            changedAt: segment.editedAt ?? null,
          }
        }),
      )
      const names = details
        .map(
          (d) =>
            `${d.key} (by ${d.changedBy.email ?? 'the machine translation'}${d.changedAt ? ` at ${d.changedAt}` : ''})`,
        )
        .join(', ')
      throw conflict(
        `Nothing was saved: someone else changed ${names} since you loaded it. Merge and save again.`,
        { conflicts: details },
      )
    }
    const user = (currentUser(req)?.id as number | undefined) ?? null
    const at = new Date().toISOString()
    const byKey = new Map(edits.map((e) => [e.key, e.text]))
    const confirmed = new Set(confirm)
    const notes = new Map(
      edits.filter((e) => e.note !== undefined).map((e) => [e.key, e.note!.trim()]),
    )
    const withNote = (s: TaskSegment): TaskSegment =>
      notes.has(s.key) ? { ...s, note: notes.get(s.key) || undefined } : s
    const segments = (task.segments ?? []).map((s): TaskSegment => {
      if (byKey.has(s.key) && byKey.get(s.key) !== s.text)
        return withNote({
          ...s,
          text: byKey.get(s.key)!,
          origin: 'human',
          changed: false,
          reason: null,
          editedBy: user,
          editedAt: at,
        })
      // Sending the same text again is not a confirmation (a client may send every segment): only `confirm` is.
      if (confirmed.has(s.key)) return withNote({ ...s, changed: false, confirmedBy: user })
      return withNote(s)
    })
    const source = await loadSourceDoc(payload, task, req)
    const checked = withQa(payload, engine, task, segments, source)
    await writeTranslation(payload, engine, task, source, checked.segments, { req })
    if (task.state === 'in_review') {
      return payload.update({
        collection: 'translation-tasks',
        id: task.id,
        data: checked,
        overrideAccess: true,
        req,
      })
    }
    return transitionTask(payload, task, { type: 'startReview' }, checked, {
      req,
      note: 'translator saved edits',
    })
  })
}

/**
 * Approval publishes exactly this language (publishSpecificLocale) from the reviewed segments and
 * records them as approved human translations in memory. It is refused, changing nothing, while
 * QA has errors, while a segment whose Danish changed is neither edited nor confirmed (`confirm`
 * confirms keys in the same call), or when the task was made from older Danish than is live.
 */
export async function approveTranslation(
  payload: Payload,
  engine: TranslationEngine,
  req: PayloadRequest,
  taskId: number,
  confirm: string[] = [],
): Promise<TaskDoc> {
  const seen = await loadTask(payload, taskId, req)
  assertMayReview(req, seen)
  await engine.refresh()
  return withDocumentLock(payload, seen, req, async (req) => {
    const task = await loadTask(payload, taskId, req)
    const steps: TaskStep[] =
      task.state === 'in_review'
        ? []
        : [{ event: { type: 'startReview' }, note: 'review started by approval' }]
    if (task.state !== 'in_review' && !isEditable(task.state)) {
      throw conflict(
        `Cannot approve a task that is ${task.state}: only a task in review can be approved; start the review first`,
      )
    }
    refuseUnknownKeys(task, confirm)
    const source = await loadSourceDoc(payload, task, req)
    const live = Object.fromEntries(
      engine.segment(task.collection, source).map((s) => [s.key, s.sourceHash]),
    )
    if (!sameHashes(live, segmentHashes(task.segments))) {
      throw conflict(
        'The Danish changed since this translation was made; it is being (or must be) translated again. Submit the document for translation if it is not.',
        { stale: true },
      )
    }
    const user = (currentUser(req)?.id as number | undefined) ?? null
    const confirmed = new Set(confirm)
    const checked = withQa(
      payload,
      engine,
      task,
      (task.segments ?? []).map((s) =>
        confirmed.has(s.key) ? { ...s, changed: false, confirmedBy: user } : s,
      ),
      source,
    )
    const unconfirmed = checked.segments.filter((s) => s.changed).map((s) => s.key)
    if (unconfirmed.length) {
      throw conflict(
        `Cannot approve: the Danish of ${unconfirmed.join(', ')} changed; edit each, or confirm that its translation still fits ("confirm": [keys])`,
        { unconfirmed },
      )
    }
    const published = await transitionTask(
      payload,
      task,
      [
        ...steps,
        { event: { type: 'approve', blockingQaIssues: checked.qaErrors } },
        { event: { type: 'publish' }, note: 'published by approval' },
      ],
      { ...checked, approvedHashes: segmentHashes(checked.segments) },
      { req },
    )
    await writeTranslation(payload, engine, task, source, checked.segments, { publish: true, req })
    await writeAudit(req, {
      action: 'approve',
      collection: task.collection,
      documentId: task.documentId,
      locale: task.locale,
      summary: `approved ${task.locale} of ${task.collection} "${task.documentTitle}"`,
    })
    // Memory learns only what passed QA (approval guarantees it; the filter says so where it matters).
    await engine.recordHumanTranslations(
      checked.segments
        .filter((s) => !s.qa.some((q) => q.severity === 'error'))
        .map((s) => ({
          sourceHash: s.sourceHash,
          source: s.source,
          text: s.text,
          target: task.locale,
        })),
    )
    return published
  })
}

export async function sendBack(
  payload: Payload,
  req: PayloadRequest,
  taskId: number,
  comment: string,
): Promise<TaskDoc> {
  const seen = await loadTask(payload, taskId, req)
  assertMayReview(req, seen)
  return withDocumentLock(payload, seen, req, async (req) => {
    const task = await loadTask(payload, taskId, req)
    const user = currentUser(req)
    const comments = [
      ...(task.comments ?? []),
      {
        author: (user?.id as number | undefined) ?? null,
        at: new Date().toISOString(),
        text: comment,
      },
    ]
    const result = await transitionTask(
      payload,
      task,
      { type: 'sendBack', comment },
      { comments },
      { req, note: comment.slice(0, 200) },
    )
    await writeAudit(req, {
      action: 'send-back',
      collection: task.collection,
      documentId: task.documentId,
      locale: task.locale,
      summary: `sent back ${task.locale}: ${comment.slice(0, 120)}`,
    })
    return result
  })
}

export async function retryTask(
  payload: Payload,
  req: PayloadRequest,
  taskId: number,
): Promise<TaskDoc> {
  const seen = await loadTask(payload, taskId, req)
  const user = currentUser(req)
  if (!hasRole(user, 'admin') && !hasRole(user, 'editor')) assertMayReview(req, seen)
  return withDocumentLock(payload, seen, req, async (req) => {
    const task = await loadTask(payload, taskId, req)
    const result = await transitionTask(
      payload,
      task,
      { type: 'retry' },
      { failureReason: null },
      { req },
    )
    await payload.jobs.queue({ task: 'machine-translate', input: { taskId: task.id }, req })
    return result
  })
}
