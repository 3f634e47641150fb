import type { Payload, PayloadRequest } from 'payload'
import { currentUser } from '../../src/access/roles'
import { assertTransition, type TaskEvent } from '../../src/workflow/taskStates'
import type { TranslationTask } from '../../payload-types'
import { READY_FOR_TRANSLATOR } from '../../src/workflow/taskPolicies'

/** A translation task as stored: the generated type, json columns included (see collections/taskJsonSchemas.ts). */
export type TaskDoc = TranslationTask

export function taskKey(collection: string, documentId: number, locale: string): string {
  return `${collection}:${documentId}:${locale}`
}

export async function loadTask(payload: Payload, id: number, req?: PayloadRequest): Promise<TaskDoc> {
  return payload.findByID({ collection: 'translation-tasks', id, depth: 0, overrideAccess: true, req })
}

/**
 * Applies a state-machine event and everything that comes with it in one write: the new state,
 * a history line (who, when, from → to) and any other fields.
 */
export async function transitionTask(
  payload: Payload,
  task: TaskDoc,
  event: TaskEvent,
  fields: Partial<TaskDoc> = {},
  options: { req?: PayloadRequest; note?: string } = {},
): Promise<TaskDoc> {
  const to = assertTransition(task.state, event)
  const user = options.req ? currentUser(options.req) : null
  const history = [...(task.history ?? []), { by: (user?.id as number | undefined) ?? null, at: new Date().toISOString(), from: task.state, to, note: options.note ?? event.type }]
  const notice = READY_FOR_TRANSLATOR.includes(to) ? { awaitingNotice: true } : {}
  const updated = await payload.update({
    collection: 'translation-tasks',
    id: task.id,
    data: { ...fields, ...notice, state: to, history },
    depth: 0,
    overrideAccess: true,
    req: options.req,
  })
  return updated
}
