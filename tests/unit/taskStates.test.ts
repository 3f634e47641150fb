import { describe, expect, it } from 'vitest'
import {
  allowedEvents,
  assertTransition,
  IllegalTransitionError,
  summariseLanguageStatus,
  TASK_EVENT_TYPES,
  TASK_STATES,
  type TaskEvent,
  type TaskEventType,
  type TaskState,
  transition,
} from '../../src/workflow/taskStates'

const EVENT: Record<TaskEventType, TaskEvent> = {
  machineTranslated: { type: 'machineTranslated' },
  noMachineTranslation: { type: 'noMachineTranslation' },
  machineTranslationFailed: { type: 'machineTranslationFailed', reason: 'DeepL quota exceeded' },
  retry: { type: 'retry' },
  startReview: { type: 'startReview' },
  sendBack: { type: 'sendBack', comment: 'Brug "klage", ikke "protest"' },
  approve: { type: 'approve', blockingQaIssues: 0 },
  publish: { type: 'publish' },
  sourceChanged: { type: 'sourceChanged' },
  retranslate: { type: 'retranslate' },
  reopen: { type: 'reopen' },
  withdraw: { type: 'withdraw' },
  republish: { type: 'republish' },
}

// Written out by hand: state → event → next state ('-' = illegal).
const EXPECTED: Record<TaskState, Record<TaskEventType, TaskState | '-'>> = {
  queued: {
    machineTranslated: 'machine_translated',
    noMachineTranslation: 'needs_human',
    machineTranslationFailed: 'failed',
    retry: '-',
    startReview: '-',
    sendBack: '-',
    approve: '-',
    publish: '-',
    sourceChanged: '-',
    retranslate: '-',
    reopen: '-',
    withdraw: '-',
    republish: '-',
  },
  machine_translated: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: '-',
    startReview: 'in_review',
    sendBack: '-',
    approve: '-',
    publish: '-',
    sourceChanged: 'outdated',
    retranslate: '-',
    reopen: '-',
    withdraw: '-',
    republish: '-',
  },
  needs_human: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: '-',
    startReview: 'in_review',
    sendBack: '-',
    approve: '-',
    publish: '-',
    sourceChanged: 'outdated',
    retranslate: '-',
    reopen: '-',
    withdraw: '-',
    republish: '-',
  },
  in_review: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: '-',
    startReview: '-',
    sendBack: 'needs_human',
    approve: 'approved',
    publish: '-',
    sourceChanged: 'outdated',
    retranslate: '-',
    reopen: '-',
    withdraw: '-',
    republish: '-',
  },
  approved: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: '-',
    startReview: '-',
    sendBack: 'needs_human',
    approve: '-',
    publish: 'published',
    sourceChanged: 'outdated',
    retranslate: '-',
    reopen: '-',
    withdraw: 'withdrawn',
    republish: '-',
  },
  published: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: '-',
    startReview: '-',
    sendBack: '-',
    approve: '-',
    publish: '-',
    sourceChanged: 'outdated',
    retranslate: '-',
    reopen: 'in_review',
    withdraw: 'withdrawn',
    republish: '-',
  },
  outdated: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: '-',
    startReview: '-',
    sendBack: '-',
    approve: '-',
    publish: '-',
    sourceChanged: 'outdated',
    retranslate: 'queued',
    reopen: '-',
    withdraw: '-',
    republish: '-',
  },
  failed: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: 'queued',
    startReview: '-',
    sendBack: '-',
    approve: '-',
    publish: '-',
    sourceChanged: 'outdated',
    retranslate: '-',
    reopen: '-',
    withdraw: '-',
    republish: '-',
  },
  withdrawn: {
    machineTranslated: '-',
    noMachineTranslation: '-',
    machineTranslationFailed: '-',
    retry: '-',
    startReview: 'in_review',
    sendBack: '-',
    approve: '-',
    publish: '-',
    sourceChanged: 'outdated',
    retranslate: '-',
    reopen: '-',
    withdraw: '-',
    republish: 'published',
  },
}

describe('translation task state machine', () => {
  for (const state of TASK_STATES) {
    for (const type of TASK_EVENT_TYPES) {
      const expected = EXPECTED[state][type]
      it(`${state} + ${type} → ${expected}`, () => {
        const result = transition(state, EVENT[type])
        if (expected === '-') {
          expect(result.ok).toBe(false)
          expect(() => assertTransition(state, EVENT[type])).toThrow(IllegalTransitionError)
        } else {
          expect(result).toEqual({ ok: true, state: expected })
        }
      })
    }
  }

  it('lists exactly the legal events per state', () => {
    for (const state of TASK_STATES) {
      expect(allowedEvents(state)).toEqual(
        TASK_EVENT_TYPES.filter((t) => EXPECTED[state][t] !== '-'),
      )
    }
  })

  it('refuses approval while QA has blocking errors, and says why', () => {
    const result = transition('in_review', { type: 'approve', blockingQaIssues: 2 })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error.message).toBe(
        'Cannot approve a task that is in_review: QA reports 2 blocking error(s); fix them first',
      )
  })

  it('explains an illegal transition in words a translator understands', () => {
    expect(() => assertTransition('machine_translated', EVENT.approve)).toThrow(
      'Cannot approve a task that is machine_translated: only a task in review can be approved; start the review first',
    )
  })

  it('requires a comment to send back and a reason to fail', () => {
    expect(transition('in_review', { type: 'sendBack', comment: '  ' }).ok).toBe(false)
    expect(transition('queued', { type: 'machineTranslationFailed', reason: '' }).ok).toBe(false)
  })

  it('summarises a language for the strip from the task and what is live', () => {
    const hashes = { title: 'h1', 'body.0': 'h2' }
    const facts = (
      state: TaskState | undefined,
      live: boolean,
      approvedHashes: Record<string, string> | null = null,
    ) => ({ state, live, sourceHashes: hashes, approvedHashes })
    expect(TASK_STATES.map((state) => summariseLanguageStatus(facts(state, false)))).toEqual([
      'missing',
      'in_review',
      'waiting_for_human',
      'in_review',
      'in_review',
      'withdrawn',
      'missing',
      'failed',
      'withdrawn',
    ])
    expect(summariseLanguageStatus(facts(undefined, false))).toBe('missing')
    expect(summariseLanguageStatus(facts('published', true, hashes))).toBe('done')
    // Live text approved for older Danish is outdated, whatever the task is doing about it.
    for (const state of [
      'queued',
      'machine_translated',
      'in_review',
      'needs_human',
      'outdated',
    ] as const) {
      expect(summariseLanguageStatus(facts(state, true, { title: 'h1', 'body.0': 'old' }))).toBe(
        'outdated',
      )
    }
    expect(summariseLanguageStatus(facts('withdrawn', false, hashes))).toBe('withdrawn')
  })
})
