import { describe, expect, it } from 'vitest'
import { allowedEvents, assertTransition, IllegalTransitionError, summariseLanguageStatus, TASK_EVENT_TYPES, TASK_STATES, type TaskEvent, type TaskEventType, type TaskState, transition } from '../../src/workflow/taskStates'

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
}

// Written out by hand: state → event → next state ('-' = illegal).
const EXPECTED: Record<TaskState, Record<TaskEventType, TaskState | '-'>> = {
  queued: { machineTranslated: 'machine_translated', noMachineTranslation: 'needs_human', machineTranslationFailed: 'failed', retry: '-', startReview: '-', sendBack: '-', approve: '-', publish: '-', sourceChanged: '-', retranslate: '-', reopen: '-' },
  machine_translated: { machineTranslated: '-', noMachineTranslation: '-', machineTranslationFailed: '-', retry: '-', startReview: 'in_review', sendBack: '-', approve: '-', publish: '-', sourceChanged: 'outdated', retranslate: '-', reopen: '-' },
  needs_human: { machineTranslated: '-', noMachineTranslation: '-', machineTranslationFailed: '-', retry: '-', startReview: 'in_review', sendBack: '-', approve: '-', publish: '-', sourceChanged: 'outdated', retranslate: '-', reopen: '-' },
  in_review: { machineTranslated: '-', noMachineTranslation: '-', machineTranslationFailed: '-', retry: '-', startReview: '-', sendBack: 'needs_human', approve: 'approved', publish: '-', sourceChanged: 'outdated', retranslate: '-', reopen: '-' },
  approved: { machineTranslated: '-', noMachineTranslation: '-', machineTranslationFailed: '-', retry: '-', startReview: '-', sendBack: 'needs_human', approve: '-', publish: 'published', sourceChanged: 'outdated', retranslate: '-', reopen: '-' },
  published: { machineTranslated: '-', noMachineTranslation: '-', machineTranslationFailed: '-', retry: '-', startReview: '-', sendBack: '-', approve: '-', publish: '-', sourceChanged: 'outdated', retranslate: '-', reopen: 'in_review' },
  outdated: { machineTranslated: '-', noMachineTranslation: '-', machineTranslationFailed: '-', retry: '-', startReview: '-', sendBack: '-', approve: '-', publish: '-', sourceChanged: 'outdated', retranslate: 'queued', reopen: '-' },
  failed: { machineTranslated: '-', noMachineTranslation: '-', machineTranslationFailed: '-', retry: 'queued', startReview: '-', sendBack: '-', approve: '-', publish: '-', sourceChanged: 'outdated', retranslate: '-', reopen: '-' },
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
      expect(allowedEvents(state)).toEqual(TASK_EVENT_TYPES.filter((t) => EXPECTED[state][t] !== '-'))
    }
  })

  it('refuses approval while QA has blocking errors, and says why', () => {
    const result = transition('in_review', { type: 'approve', blockingQaIssues: 2 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toBe('Cannot approve a task that is in_review: QA reports 2 blocking error(s); fix them first')
  })

  it('explains an illegal transition in words a translator understands', () => {
    expect(() => assertTransition('machine_translated', EVENT.approve)).toThrow('Cannot approve a task that is machine_translated: only a task in review can be approved; start the review first')
  })

  it('requires a comment to send back and a reason to fail', () => {
    expect(transition('in_review', { type: 'sendBack', comment: '  ' }).ok).toBe(false)
    expect(transition('queued', { type: 'machineTranslationFailed', reason: '' }).ok).toBe(false)
  })

  it('summarises states for the language strip', () => {
    expect(TASK_STATES.map(summariseLanguageStatus)).toEqual(['missing', 'in_review', 'in_review', 'in_review', 'in_review', 'done', 'outdated', 'missing'])
    expect(summariseLanguageStatus(undefined)).toBe('missing')
  })
})
