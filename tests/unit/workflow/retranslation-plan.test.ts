import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assembleSegments, planRetranslation } from '../../../src/workflow/retranslationPlan'
import type { SourceUnit, TaskSegment } from '../../../src/workflow/taskSegment'

/** Paragraphs as plain Danish strings; the hash of a text is the text itself (content identity is all that matters). */
const units = (paragraphs: string[]): SourceUnit[] =>
  paragraphs.map((text, i) => ({ key: `body.${i}`, text, sourceHash: `h:${text}` }))
const machine = (text: string) => `MT(${text})`

/** One machine pass: plan, "translate" what the plan says, assemble. Returns the segments and what was sent. */
function pass(paragraphs: string[], previous: TaskSegment[], current = new Map<string, string>()) {
  const source = units(paragraphs)
  const plan = planRetranslation({ source, previous, current })
  const texts = new Map(
    plan.retranslate.map((u) => [u.key, { text: machine(u.text), origin: 'machine' as const }]),
  )
  return {
    segments: assembleSegments(plan, source, texts),
    sent: plan.retranslate.map((u) => u.text),
    plan,
  }
}

const human = (segments: TaskSegment[], edit: (s: TaskSegment) => string | null): TaskSegment[] =>
  segments.map((s) => {
    const text = edit(s)
    return text === null ? s : { ...s, text, origin: 'human', changed: false }
  })

describe('the re-translation plan aligns segments by content', () => {
  const A = 'Du kan klage over en afgørelse.'
  const B = 'Skriv til Borgerrådgiveren.'
  const C = 'Fristen er 4 uger.'
  const first = pass([A, B, C], []).segments
  const edited = human(first, (s) => `TR ${s.source}`)

  it('a first pass flags nothing', () => {
    expect(first.map((s) => s.changed)).toEqual([false, false, false])
  })

  it('moving paragraphs keeps every human edit, re-translates nothing and flags nothing', () => {
    const { segments, sent } = pass([C, A, B], edited)
    expect(sent).toEqual([])
    expect(segments.map((s) => [s.key, s.text, s.origin, s.changed])).toEqual([
      ['body.0', `TR ${C}`, 'human', false],
      ['body.1', `TR ${A}`, 'human', false],
      ['body.2', `TR ${B}`, 'human', false],
    ])
  })

  it('deleting the first paragraph keeps the edits of every paragraph after it', () => {
    const { segments, sent } = pass([B, C], edited)
    expect(sent).toEqual([])
    expect(segments.map((s) => s.text)).toEqual([`TR ${B}`, `TR ${C}`])
  })

  it('splitting a paragraph re-translates only its pieces, flags them and keeps the old translation beside them', () => {
    const { segments, sent } = pass(['Du kan klage.', 'Over en afgørelse.', B, C], edited)
    expect(sent).toEqual(['Du kan klage.', 'Over en afgørelse.'])
    expect(segments.map((s) => s.changed)).toEqual([true, true, false, false])
    expect(segments[0].previousText).toBe(`TR ${A}`)
    expect(segments.slice(2).map((s) => s.text)).toEqual([`TR ${B}`, `TR ${C}`])
  })

  it('a segment the machine replaced is flagged even before the first approval, and its human text is kept beside it', () => {
    const { segments } = pass([A, 'Skriv til Borgerrådgiveren eller ring.', C], edited)
    expect(segments[1]).toMatchObject({
      changed: true,
      origin: 'machine',
      previousText: `TR ${B}`,
      previousSource: B,
    })
  })

  it('a translator’s comment stays with its segment when the paragraph moves or its Danish is edited', () => {
    const commented = edited.map((s) =>
      s.key === 'body.0' ? { ...s, note: 'Brug "klage", ikke "anke"' } : s,
    )
    const moved = pass([B, A, C], commented).segments
    expect(moved.find((s) => s.source === A)?.note).toBe('Brug "klage", ikke "anke"')
    const rewritten = pass(['Du kan klage over en afgørelse fra os.', B, C], commented).segments
    expect(rewritten[0]).toMatchObject({ changed: true, note: 'Brug "klage", ikke "anke"' })
    expect(rewritten[1].note).toBeUndefined()
  })

  it('without machine translation the old text stays as the starting point, waiting for a human', () => {
    const source = units([A, 'Skriv til Borgerrådgiveren eller ring.', C])
    const plan = planRetranslation({ source, previous: edited, current: new Map() })
    const segments = assembleSegments(plan, source, new Map())
    expect(segments[1]).toMatchObject({ text: `TR ${B}`, origin: 'needs-human', changed: true })
  })

  it('a direct edit of the draft counts as human work', () => {
    const { segments } = pass([B, A, C], first, new Map([['body.1', 'rettet i admin']]))
    expect(segments[0]).toMatchObject({ text: 'rettet i admin', origin: 'human', changed: false })
  })

  it('an unconfirmed flag survives a later, unrelated Danish edit', () => {
    const flagged = pass([A, 'Ny tekst her.', C], edited).segments
    const { segments } = pass(['Ny tekst her.', A, C, 'Endnu et afsnit.'], flagged)
    expect(segments.map((s) => s.changed)).toEqual([true, false, false, true])
  })
})

type Op =
  | { kind: 'insert'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'delete'; at: number }
  | { kind: 'split'; at: number }
  | { kind: 'edit'; at: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(20), to: fc.nat(20) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(20) }),
)

describe('property: random insert/move/delete/split/edit sequences', () => {
  it('no human edit of an unchanged segment is lost; changed segments, and only those, are re-translated and flagged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.array(op, { maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (size, rounds, editMask) => {
          let fresh = 0
          // Every paragraph text is unique, so "unchanged" means "the same text as before".
          const paragraph = () => `Afsnit ${++fresh} ord${fresh} tekst${fresh} slut${fresh}`
          let paragraphs = Array.from({ length: size }, paragraph)
          let segments = pass(paragraphs, []).segments
          for (const ops of rounds) {
            // A translator edits some segments by hand (not approved).
            segments = human(segments, (s) =>
              editMask[Number(s.key.split('.')[1]) % editMask.length] ? `human: ${s.source}` : null,
            )
            const humanBySource = new Map(
              segments.filter((s) => s.origin === 'human').map((s) => [s.source, s.text]),
            )
            const flaggedBefore = new Set(segments.filter((s) => s.changed).map((s) => s.source))
            const before = new Set(paragraphs)
            for (const o of ops) paragraphs = apply(paragraphs, o, paragraph)
            const result = pass(paragraphs, segments)
            for (const s of result.segments) {
              if (before.has(s.source)) {
                // Unchanged Danish: its human text survives, it is not sent anywhere, its flag is what it was.
                if (humanBySource.has(s.source))
                  expect(s).toMatchObject({ text: humanBySource.get(s.source), origin: 'human' })
                expect(result.sent).not.toContain(s.source)
                expect(s.changed).toBe(flaggedBefore.has(s.source))
              } else {
                expect(result.sent).toContain(s.source)
                // New Danish is flagged once the task had a translation (a task emptied and refilled starts afresh).
                expect(s).toMatchObject({ text: machine(s.source), changed: segments.length > 0 })
              }
            }
            expect(result.segments.map((s) => s.source)).toEqual(paragraphs)
            segments = result.segments
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

function apply(paragraphs: string[], o: Op, paragraph: () => string): string[] {
  const list = [...paragraphs]
  const at = (n: number) => (list.length ? n % list.length : 0)
  switch (o.kind) {
    case 'insert':
      list.splice(o.at % (list.length + 1), 0, paragraph())
      return list
    case 'move': {
      if (!list.length) return list
      const [moved] = list.splice(at(o.from), 1)
      list.splice(o.to % (list.length + 1), 0, moved)
      return list
    }
    case 'delete':
      if (list.length) list.splice(at(o.at), 1)
      return list
    case 'split': {
      if (!list.length) return list
      const i = at(o.at)
      const words = list[i].split(' ')
      const half = Math.max(1, Math.floor(words.length / 2))
      list.splice(
        i,
        1,
        `${words.slice(0, half).join(' ')} del${paragraph().split(' ')[1]}`,
        `${words.slice(half).join(' ')} del${paragraph().split(' ')[1]}`,
      )
      return list
    }
    case 'edit':
      if (list.length) list[at(o.at)] = `${list[at(o.at)]} og ${paragraph()}`
      return list
  }
}
