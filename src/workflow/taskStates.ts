/**
 * The life of a translation task (one per document × target language), as a pure state machine.
 *
 *   queued ──machineTranslated──▶ machine_translated ──startReview──▶ in_review ──approve──▶ approved ──publish──▶ published
 *     │  └──noMachineTranslation──▶ needs_human ──startReview──────────▲    │
 *     └──machineTranslationFailed──▶ failed ──retry──▶ queued               └──sendBack──▶ needs_human
 *   any state except queued ──sourceChanged──▶ outdated ──retranslate──▶ queued
 *
 * Decisions (where DESIGN.md is silent), following what Weblate/Phrase users expect:
 * - A queued task whose source changes stays queued: it has not been translated yet, so the
 *   next machine pass simply uses the new source.
 * - Sending back goes to needs_human (a person must act) and carries a mandatory comment.
 * - Saving a translator edit on a machine_translated or needs_human task starts the review.
 * - A published task can be reopened for review (a translator spots a mistake) without the
 *   Danish changing; the published text stays live until the new approval.
 * - Approval is refused while QA reports blocking errors.
 */

export const TASK_STATES = ['queued', 'machine_translated', 'needs_human', 'in_review', 'approved', 'published', 'outdated', 'failed'] as const
export type TaskState = (typeof TASK_STATES)[number]

export type TaskEvent =
  | { type: 'machineTranslated' }
  | { type: 'noMachineTranslation' }
  | { type: 'machineTranslationFailed'; reason: string }
  | { type: 'retry' }
  | { type: 'startReview' }
  | { type: 'sendBack'; comment: string }
  | { type: 'approve'; blockingQaIssues: number }
  | { type: 'publish' }
  | { type: 'sourceChanged' }
  | { type: 'retranslate' }
  | { type: 'reopen' }

export type TaskEventType = TaskEvent['type']
export const TASK_EVENT_TYPES: TaskEventType[] = ['machineTranslated', 'noMachineTranslation', 'machineTranslationFailed', 'retry', 'startReview', 'sendBack', 'approve', 'publish', 'sourceChanged', 'retranslate', 'reopen']

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  queued: 'Queued for machine translation',
  machine_translated: 'Machine translated, waiting for review',
  needs_human: 'Needs a human translator',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
  outdated: 'Outdated: the Danish source changed',
  failed: 'Machine translation failed',
}

const TRANSITIONS: Record<TaskEventType, Partial<Record<TaskState, TaskState>>> = {
  machineTranslated: { queued: 'machine_translated' },
  noMachineTranslation: { queued: 'needs_human' },
  machineTranslationFailed: { queued: 'failed' },
  retry: { failed: 'queued' },
  startReview: { machine_translated: 'in_review', needs_human: 'in_review' },
  sendBack: { in_review: 'needs_human', approved: 'needs_human' },
  approve: { in_review: 'approved' },
  publish: { approved: 'published' },
  sourceChanged: {
    machine_translated: 'outdated',
    needs_human: 'outdated',
    in_review: 'outdated',
    approved: 'outdated',
    published: 'outdated',
    outdated: 'outdated',
    failed: 'outdated',
  },
  retranslate: { outdated: 'queued' },
  reopen: { published: 'in_review' },
}

const HINTS: Partial<Record<TaskEventType, string>> = {
  approve: 'only a task in review can be approved; start the review first',
  publish: 'only an approved task can be published',
  retry: 'only a failed task can be retried',
  startReview: 'review starts from a machine translation or a task that needs a human',
  retranslate: 'only an outdated task is re-translated',
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: TaskState,
    readonly event: TaskEventType,
    detail?: string,
  ) {
    super(`Cannot ${event} a task that is ${from}${detail ? `: ${detail}` : ''}`)
    this.name = 'IllegalTransitionError'
  }
}

export type TransitionResult = { ok: true; state: TaskState } | { ok: false; error: IllegalTransitionError }

export function transition(from: TaskState, event: TaskEvent): TransitionResult {
  const to = TRANSITIONS[event.type][from]
  if (!to) return { ok: false, error: new IllegalTransitionError(from, event.type, HINTS[event.type]) }
  if (event.type === 'approve' && event.blockingQaIssues > 0) {
    return { ok: false, error: new IllegalTransitionError(from, event.type, `QA reports ${event.blockingQaIssues} blocking error(s); fix them first`) }
  }
  if (event.type === 'sendBack' && !event.comment.trim()) {
    return { ok: false, error: new IllegalTransitionError(from, event.type, 'a comment saying what to fix is required') }
  }
  if (event.type === 'machineTranslationFailed' && !event.reason.trim()) {
    return { ok: false, error: new IllegalTransitionError(from, event.type, 'the failure reason is required') }
  }
  return { ok: true, state: to }
}

export function assertTransition(from: TaskState, event: TaskEvent): TaskState {
  const result = transition(from, event)
  if (!result.ok) throw result.error
  return result.state
}

export function allowedEvents(state: TaskState): TaskEventType[] {
  return TASK_EVENT_TYPES.filter((type) => TRANSITIONS[type][state] !== undefined)
}

export type LanguageStatus = 'done' | 'in_review' | 'outdated' | 'missing'

/** For the per-document status strip: done = live and current; missing = nothing reviewable yet. */
export function summariseLanguageStatus(state: TaskState | undefined): LanguageStatus {
  switch (state) {
    case 'published':
      return 'done'
    case 'machine_translated':
    case 'needs_human':
    case 'in_review':
    case 'approved':
      return 'in_review'
    case 'outdated':
      return 'outdated'
    default:
      return 'missing'
  }
}
