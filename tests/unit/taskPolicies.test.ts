import { describe, expect, it } from 'vitest'
import { TARGET_LOCALES } from '../../src/languages'
import {
  EDITABLE_STATES,
  isEditable,
  READY_FOR_TRANSLATOR,
  visibleLocales,
} from '../../src/workflow/taskPolicies'
import { TASK_STATES } from '../../src/workflow/taskStates'

describe('task policies', () => {
  it('a translator edits only tasks waiting for or in review, or withdrawn (the way back goes through review)', () => {
    expect(TASK_STATES.filter(isEditable)).toEqual([
      'machine_translated',
      'needs_human',
      'in_review',
      'withdrawn',
    ])
    expect(isEditable('published')).toBe(false)
    expect(isEditable('queued')).toBe(false)
  })

  it('tasks ready for a translator are editable ones', () => {
    expect(READY_FOR_TRANSLATOR.every((s) => EDITABLE_STATES.includes(s))).toBe(true)
  })

  it.each([
    [{ roles: ['admin'] }, TARGET_LOCALES],
    [{ roles: ['editor'] }, TARGET_LOCALES],
    [{ roles: ['translator'], languages: ['ur', 'ar'] as const }, ['ar', 'ur']],
    [{ roles: ['translator'], languages: [] }, []],
    [{ roles: ['api-consumer'], languages: ['ar'] as const }, []],
    [null, []],
  ])('visibleLocales(%j) = %j', (user, expected) => {
    expect(visibleLocales(user)).toEqual(expected)
  })
})
