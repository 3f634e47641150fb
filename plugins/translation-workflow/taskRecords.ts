import type { Payload, PayloadRequest } from 'payload'
import { currentUser } from '../../src/access/roles'
import { assertTransition, type TaskEvent } from '../../src/workflow/taskStates'
import type { TranslationTask } from '../../payload-types'
import type { TaskSegment } from './engine/port'
import { READY_FOR_TRANSLATOR } from '../../src/workflow/taskPolicies'

/** A translation task as stored: the generated type, json columns included (see collections/taskJsonSchemas.ts). */
export type TaskDoc = TranslationTask

export function taskKey(collection: string, documentId: number, locale: string): string {
  return `${collection}:${documentId}:${locale}`
}

export async function loadTask(
  payload: Payload,
  id: number,
  req?: PayloadRequest,
): Promise<TaskDoc> {
  return payload.findByID({
    collection: 'translation-tasks',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

export type TaskStep = TaskEvent | { event: TaskEvent; note?: string }

/**
 * Applies state-machine events and everything that comes with them in one write: the new state,
 * a history line per step (who, when, from → to) and any other fields. Several steps (start review,
 * approve, publish) are checked in turn before anything is written, so a refused step changes nothing.
 */
export async function transitionTask(
  payload: Payload,
  task: TaskDoc,
  event: TaskStep | TaskStep[],
  fields: Partial<TaskDoc> = {},
  options: { req?: PayloadRequest; note?: string } = {},
): Promise<TaskDoc> {
  const steps = (Array.isArray(event) ? event : [event]).map((step) =>
    'event' in step ? step : { event: step, note: undefined },
  )
  const user = options.req ? currentUser(options.req) : null
  const at = new Date().toISOString()
  const history = [...(task.history ?? [])]
  let state = task.state
  for (const step of steps) {
    const to = assertTransition(state, step.event)
    history.push({
      by: (user?.id as number | undefined) ?? null,
      at,
      from: state,
      to,
      note: step.note ?? (steps.length === 1 ? options.note : undefined) ?? step.event.type,
    })
    state = to
  }
  const notice = READY_FOR_TRANSLATOR.includes(state) ? { awaitingNotice: true } : {}
  const updated = await payload.update({
    collection: 'translation-tasks',
    id: task.id,
    data: { ...fields, ...notice, state, history },
    depth: 0,
    overrideAccess: true,
    req: options.req,
  })
  return updated
}

/** Segment key → source hash, of what a task's segments were actually made from. */
export function segmentHashes(segments: TaskSegment[] | null | undefined): Record<string, string> {
  return Object.fromEntries((segments ?? []).map((s) => [s.key, s.sourceHash]))
}

export function sameHashes(
  a: Record<string, string> | null | undefined,
  b: Record<string, string> | null | undefined,
): boolean {
  const keysA = Object.keys(a ?? {})
  return keysA.length === Object.keys(b ?? {}).length && keysA.every((k) => a![k] === b![k])
}
