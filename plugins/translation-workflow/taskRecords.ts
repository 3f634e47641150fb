import type { Payload, PayloadRequest } from 'payload'
import { currentUser } from '../../src/access/roles'
import type { TargetLocale } from '../../src/languages'
import { assertTransition, type TaskEvent, type TaskState } from '../../src/workflow/taskStates'
import type { TaskSegment } from './engine/port'
import { READY_FOR_TRANSLATOR } from './jobs/translatorDigest'

export interface TaskDoc {
  id: number
  taskKey: string
  documentTitle: string
  collection: string
  documentId: number
  locale: TargetLocale
  state: TaskState
  sourceHashes?: Record<string, string> | null
  approvedHashes?: Record<string, string> | null
  segments?: TaskSegment[] | null
  billedCharacters?: number | null
  history?: Array<{ by?: number | null; at: string; from?: string | null; to: string; note?: string | null }> | null
  comments?: Array<{ author?: number | null; at: string; text: string }> | null
}

export function taskKey(collection: string, documentId: number, locale: string): string {
  return `${collection}:${documentId}:${locale}`
}

export async function loadTask(payload: Payload, id: number, req?: PayloadRequest): Promise<TaskDoc> {
  return (await payload.findByID({ collection: 'translation-tasks', id, depth: 0, overrideAccess: true, req })) as unknown as TaskDoc
}

/**
 * Applies a state-machine event and everything that comes with it in one write: the new state,
 * a history line (who, when, from → to) and any other fields.
 */
export async function transitionTask(
  payload: Payload,
  task: TaskDoc,
  event: TaskEvent,
  fields: Record<string, unknown> = {},
  options: { req?: PayloadRequest; note?: string } = {},
): Promise<TaskDoc> {
  const to = assertTransition(task.state, event)
  const user = options.req ? currentUser(options.req) : null
  const history = [...(task.history ?? []), { by: (user?.id as number | undefined) ?? null, at: new Date().toISOString(), from: task.state, to, note: options.note ?? event.type }]
  const notice = READY_FOR_TRANSLATOR.includes(to) ? { awaitingNotice: true } : {}
  const updated = await payload.update({
    collection: 'translation-tasks',
    id: task.id,
    data: { ...fields, ...notice, state: to, history } as never,
    depth: 0,
    overrideAccess: true,
    req: options.req,
  })
  return updated as unknown as TaskDoc
}
