import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { wrongTypeProblem } from '../../src/api/fieldTypeGuard'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'tags', type: 'text', hasMany: true },
  { type: 'row', fields: [{ name: 'summary', type: 'textarea' }] },
  { name: 'address', type: 'group', fields: [{ name: 'street', type: 'text' }] },
  { name: 'questions', type: 'array', fields: [{ name: 'question', type: 'text' }] },
  { name: 'count', type: 'number' },
]

describe('text fields given something other than text', () => {
  it('are named, wherever they sit: top level, rows, groups and array rows', () => {
    expect(wrongTypeProblem(fields, { title: 1 })?.path).toBe('title')
    expect(wrongTypeProblem(fields, { summary: ['a'] })?.message).toBe(
      'summary: must be text, got a list',
    )
    expect(wrongTypeProblem(fields, { address: { street: { x: 1 } } })?.path).toBe('address.street')
    expect(
      wrongTypeProblem(fields, { questions: [{ question: 'ok' }, { question: 2 }] })?.path,
    ).toBe('questions.1.question')
  })

  it('lets text, empty values, lists where a list belongs and other field types through', () => {
    expect(
      wrongTypeProblem(fields, {
        title: 'Klage',
        summary: null,
        tags: ['a', 'b'],
        address: { street: undefined },
        questions: [{ question: 'Hvad?' }],
        count: 3,
        unknown: 5,
      }),
    ).toBeNull()
    // A localized field written for several languages at once.
    expect(wrongTypeProblem(fields, { title: { da: 'Klage', ar: 'شكوى' } })).toBeNull()
    expect(wrongTypeProblem(fields, { title: { da: 'Klage', xx: 'no' } })?.path).toBe('title')
  })
})
