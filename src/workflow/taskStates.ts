/**
 * The life of a translation task (one per document × target language), as a pure state machine.
 *
 *   queued ──machineTranslated──▶ machine_translated ──startReview──▶ in_review ──approve──▶ approved ──publish──▶ published
 *     │  └──noMachineTranslation──▶ needs_human ──startReview──────────▲    │
 *     └──machineTranslationFailed──▶ failed ──retry──▶ queued               └──sendBack──▶ needs_human
 *   any state except queued ──sourceChanged──▶ outdated ──retranslate──▶ queued
 *   published ──withdraw (admin)──▶ withdrawn ──republish (admin)──▶ published
 *                                    └──startReview──▶ in_review (the path back through review)
 *
 * Decisions (where DESIGN.md is silent), following what Weblate/Phrase users expect:
 * - A queued task whose source changes stays queued: it has not been translated yet, so the
 *   next machine pass simply uses the new source.
 * - Sending back goes to needs_human (a person must act) and carries a mandatory comment.
 * - Saving a translator edit on a machine_translated or needs_human task starts the review.
 * - A published task can be reopened for review (a translator spots a mistake) without the
 *   Danish changing; the published text stays live until the new approval.
 * - Approval is refused while QA reports blocking errors.
 * - Withdrawing a published language (an admin's decision) is a state of its own, so the task
 *   never claims `published` for text the public cannot read; an admin may put the same text back
 *   (republish), or a translator takes it through review again.
 */

export const TASK_STATES = [
  'queued',
  'machine_translated',
  'needs_human',
  'in_review',
  'approved',
  'published',
  'outdated',
  'failed',
  'withdrawn',
] as const
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
  | { type: 'withdraw' }
  | { type: 'republish' }

export type TaskEventType = TaskEvent['type']
export const TASK_EVENT_TYPES: TaskEventType[] = [
  'machineTranslated',
  'noMachineTranslation',
  'machineTranslationFailed',
  'retry',
  'startReview',
  'sendBack',
  'approve',
  'publish',
  'sourceChanged',
  'retranslate',
  'reopen',
  'withdraw',
  'republish',
]

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  queued: 'Queued for machine translation',
  machine_translated: 'Machine translated, waiting for review',
  needs_human: 'Needs a human translator',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
  outdated: 'Outdated: the Danish source changed',
  failed: 'Machine translation failed',
  withdrawn: 'Withdrawn: not public any more',
}

const TRANSITIONS: Record<TaskEventType, Partial<Record<TaskState, TaskState>>> = {
  machineTranslated: { queued: 'machine_translated' },
  noMachineTranslation: { queued: 'needs_human' },
  machineTranslationFailed: { queued: 'failed' },
  retry: { failed: 'queued' },
  startReview: {
    machine_translated: 'in_review',
    needs_human: 'in_review',
    withdrawn: 'in_review',
  },
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
    withdrawn: 'outdated',
  },
  retranslate: { outdated: 'queued' },
  reopen: { published: 'in_review' },
  withdraw: { published: 'withdrawn', approved: 'withdrawn' },
  republish: { withdrawn: 'published' },
}

const HINTS: Partial<Record<TaskEventType, string>> = {
  approve: 'only a task in review can be approved; start the review first',
  publish: 'only an approved task can be published',
  retry: 'only a failed task can be retried',
  startReview: 'review starts from a machine translation or a task that needs a human',
  retranslate: 'only an outdated task is re-translated',
  withdraw: 'only a published translation can be withdrawn',
  republish: 'only a withdrawn translation can be republished',
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

export type TransitionResult =
  { ok: true; state: TaskState } | { ok: false; error: IllegalTransitionError }

export function transition(from: TaskState, event: TaskEvent): TransitionResult {
  const to = TRANSITIONS[event.type][from]
  if (!to)
    return { ok: false, error: new IllegalTransitionError(from, event.type, HINTS[event.type]) }
  if (event.type === 'approve' && event.blockingQaIssues > 0) {
    return {
      ok: false,
      error: new IllegalTransitionError(
        from,
        event.type,
        `QA reports ${event.blockingQaIssues} blocking error(s); fix them first`,
      ),
    }
  }
  if (event.type === 'sendBack' && !event.comment.trim()) {
    return {
      ok: false,
      error: new IllegalTransitionError(
        from,
        event.type,
        'a comment saying what to fix is required',
      ),
    }
  }
  if (event.type === 'machineTranslationFailed' && !event.reason.trim()) {
    return {
      ok: false,
      error: new IllegalTransitionError(from, event.type, 'the failure reason is required'),
    }
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

/**
 * The language strip's word for one language of one document, for a coordinator:
 * - `done`: live, and made from the current Danish;
 * - `outdated`: live, but the live text was approved for older Danish (whatever the task is doing now);
 * - `in_review`: a translation is on its way (machine pass, review, approval) and nothing is live;
 * - `waiting_for_human`: no machine translation for the language, or sent back: a person must act;
 * - `withdrawn`: an admin took the language offline;
 * - `failed`: machine translation failed and needs a retry;
 * - `missing`: no task, or queued and never translated.
 */
export type LanguageStatus =
  'done' | 'outdated' | 'in_review' | 'waiting_for_human' | 'withdrawn' | 'failed' | 'missing'

export const LANGUAGE_STATUSES: LanguageStatus[] = [
  'done',
  'outdated',
  'in_review',
  'waiting_for_human',
  'withdrawn',
  'failed',
  'missing',
]

export interface LanguageFacts {
  state: TaskState | undefined
  /** The language is public (in the document's published locales). */
  live: boolean
  sourceHashes?: Record<string, string> | null
  approvedHashes?: Record<string, string> | null
}

function sameHashes(
  a: Record<string, string> | null | undefined,
  b: Record<string, string> | null | undefined,
): boolean {
  const keysA = Object.keys(a ?? {})
  return keysA.length === Object.keys(b ?? {}).length && keysA.every((k) => a![k] === b![k])
}

export function summariseLanguageStatus(facts: LanguageFacts): LanguageStatus {
  const { state, live } = facts
  if (state === 'withdrawn') return 'withdrawn'
  if (live && facts.approvedHashes && !sameHashes(facts.sourceHashes, facts.approvedHashes))
    return 'outdated'
  if (live && state === 'outdated') return 'outdated'
  if (live) return 'done'
  switch (state) {
    case 'machine_translated':
    case 'in_review':
    case 'approved':
      return 'in_review'
    case 'needs_human':
      return 'waiting_for_human'
    case 'failed':
      return 'failed'
    case 'published':
      // The task says published but the language is not public: it was taken offline.
      return 'withdrawn'
    default:
      return 'missing'
  }
}
