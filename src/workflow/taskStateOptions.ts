import { TASK_STATE_LABELS, TASK_STATES } from './taskStates'

/** The task states as select options for the translation-tasks collection. */
export const TASK_STATE_OPTIONS = TASK_STATES.map((value) => ({
  label: TASK_STATE_LABELS[value],
  value,
}))
