import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  charactersPerSecond,
  formatTimestamp,
  parseWebVtt,
  readingSpeedIssue,
  serializeWebVtt,
} from '../../src/subtitles'

describe('WebVTT parsing', () => {
  it('reads cues with millisecond timings and plain text (styling tags and entities resolved)', () => {
    const result = parseWebVtt(
      'WEBVTT\n\nNOTE made by hand\n\n1\n00:00:01.000 --> 00:00:03.500 align:start\nHej <i>med</i> dig &amp; mig\n\n00:01:03.501 --> 01:00:04.001\nTo\nlinjer\n',
    )
    expect(result).toEqual({
      ok: true,
      cues: [
        { startMs: 1000, endMs: 3500, text: 'Hej med dig & mig' },
        { startMs: 63_501, endMs: 3_604_001, text: 'To\nlinjer' },
      ],
    })
  })

  it('refuses a file that is not WebVTT (an SRT file) with a message saying so', () => {
    const result = parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nHej\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0].message).toMatch(/not a WebVTT file/)
  })

  it('refuses overlapping cues, naming the cue and the times', () => {
    const result = parseWebVtt(
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nA\n\n00:00:02.000 --> 00:00:04.000\nB\n',
    )
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problems).toEqual([
        {
          cue: 2,
          message:
            'Cue 2 starts at 00:00:02.000, before cue 1 ends at 00:00:03.000: cues must not overlap',
        },
      ])
  })

  it('refuses broken timestamps with their line, empty cues and a file without cues', () => {
    const broken = parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nA\n\nxx --> yy\nB\n')
    expect(broken.ok || broken.problems.some((p) => p.line === 6)).toBe(true)
    expect(broken.ok).toBe(false)
    const empty = parseWebVtt('WEBVTT\n')
    expect(empty.ok ? [] : empty.problems.map((p) => p.message)).toEqual(['The file has no cues'])
  })

  it('keeps timings exactly through serialize → parse, for any millisecond timing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 5_000_000 }),
            fc
              .string({ minLength: 1, maxLength: 40 })
              .filter((s) => /\S/.test(s) && !s.includes('-->') && !/[\r\n]/.test(s)),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (parts) => {
          let at = 0
          const cues = parts.map(([length, text]) => {
            const cue = { startMs: at, endMs: at + length, text: text.trim() }
            at += length
            return cue
          })
          const again = parseWebVtt(serializeWebVtt(cues))
          expect(again.ok).toBe(true)
          if (again.ok)
            expect(again.cues.map((c) => [c.startMs, c.endMs])).toEqual(
              cues.map((c) => [c.startMs, c.endMs]),
            )
        },
      ),
      { numRuns: 200 },
    )
  })

  it('escapes text that would otherwise read as markup', () => {
    const vtt = serializeWebVtt([{ startMs: 0, endMs: 1000, text: 'a < b & c --> d' }])
    expect(vtt).toContain('a &lt; b &amp; c --&gt; d')
    const again = parseWebVtt(vtt)
    expect(again.ok && again.cues[0].text).toBe('a < b & c --> d')
  })

  it('formats timestamps with hours', () => {
    expect(formatTimestamp(3_723_004)).toBe('01:02:03.004')
  })
})

describe('reading speed', () => {
  it('counts characters per second without line breaks', () => {
    expect(charactersPerSecond(' Hej\n  med dig ', 2000)).toBe(5.5) // 'Hej med dig': the break reads as one space
  })

  it('warns above the limit and not at it', () => {
    expect(readingSpeedIssue('x'.repeat(34), 2000, 17)).toBeNull()
    expect(readingSpeedIssue('x'.repeat(35), 2000, 17)).toMatchObject({
      code: 'reading-speed',
      severity: 'warning',
      message: expect.stringContaining('17.5 characters per second (limit 17)'),
    })
  })
})
