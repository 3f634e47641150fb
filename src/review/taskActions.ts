/**
 * What the review screen offers in each task state: the same rules as the state machine
 * (src/workflow/taskStates.ts), so a button is never shown for an action the server would refuse.
 */
import { EDITABLE_STATES } from '../workflow/taskPolicies'
import { allowedEvents, TASK_STATES, type TaskState } from '../workflow/taskStates'

export interface TaskActions {
  save: boolean
  approve: boolean
  sendBack: boolean
  retry: boolean
}

/** Saving starts the review, and approval starts it too, so both are offered wherever review can start or goes on. */
const EDITABLE: readonly TaskState[] = EDITABLE_STATES

export function actionsFor(state: string): TaskActions {
  if (!(TASK_STATES as readonly string[]).includes(state))
    return { save: false, approve: false, sendBack: false, retry: false }
  const events = allowedEvents(state as TaskState)
  return {
    save: EDITABLE.includes(state as TaskState),
    approve: EDITABLE.includes(state as TaskState),
    sendBack: events.includes('sendBack'),
    retry: events.includes('retry'),
  }
}

/** One sentence per state that offers no editing, saying what happens next. */
export const STATE_EXPLANATION: Partial<Record<string, string>> = {
  queued: 'machine translation is running; the segments can be edited when it is done',
  approved: 'being published',
  published: 'this translation is live; it opens again when the Danish changes',
  outdated: 'the Danish changed; the changed segments are being machine translated again',
  failed: 'machine translation failed',
}
