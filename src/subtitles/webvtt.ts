import webvtt, { type WebVttNode } from 'webvtt-parser'

/**
 * WebVTT subtitles as the CMS keeps them: one cue per translatable segment, timings in whole
 * milliseconds (kept outside the text, never touched by translation), the text plain (cue
 * styling tags are dropped so translators and machine translation see words only).
 *
 * Parsing and serializing use `webvtt-parser` (the W3C validator's parser): the file format's
 * corner cases (BOM, NOTE/STYLE blocks, cue settings, entities) are its job, not ours.
 */
export interface SubtitleCue {
  startMs: number
  endMs: number
  text: string
}

export interface SubtitleProblem {
  /** 1-based line in the file, or the 1-based cue number when the problem is between cues. */
  line?: number
  cue?: number
  message: string
}

export type ParseResult =
  { ok: true; cues: SubtitleCue[] } | { ok: false; problems: SubtitleProblem[] }

function plainText(nodes: WebVttNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) =>
      node.type === 'text'
        ? String(node.value ?? '')
        : node.type === 'object'
          ? plainText(node.children)
          : '',
    )
    .join('')
}

// The parser's built-in subset lists only the forms without ';', so '&amp;' read as '&;'.
const BASIC_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  lrm: '\u200e',
  rlm: '\u200f',
  nbsp: '\u00a0',
  quot: '"',
  apos: "'",
}
const ENTITIES = Object.fromEntries(
  Object.entries(BASIC_ENTITIES).flatMap(([name, value]) => [
    [`&${name};`, value],
    [`&${name}`, value],
  ]),
)

/** Seconds as the parser reports them (floats) → whole milliseconds, without float drift. */
export function toMs(seconds: number): number {
  return Math.round(seconds * 1000)
}

export function formatTimestamp(ms: number): string {
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

/**
 * A WebVTT file → cues, or every problem found: not WebVTT at all, syntax errors (with their
 * line), no cues, empty cues, a cue ending before it starts, and cues that overlap in time
 * (subtitles for one speaker track must follow each other; overlapping cues stack on screen).
 */
export function parseWebVtt(input: string): ParseResult {
  const parser = new webvtt.WebVTTParser(ENTITIES)
  const tree = parser.parse(input, 'metadata')
  const problems: SubtitleProblem[] = tree.errors.map((e) => ({ line: e.line, message: e.message }))
  if (!/^\uFEFF?WEBVTT([ \t]|$)/.test(input.split(/\r\n|\r|\n/, 1)[0] ?? '')) {
    return {
      ok: false,
      problems: [
        { line: 1, message: 'This is not a WebVTT file: the first line must be "WEBVTT"' },
      ],
    }
  }
  const cues = tree.cues.map((cue) => ({
    startMs: toMs(cue.startTime),
    endMs: toMs(cue.endTime),
    text: plainText(cue.tree?.children).trim(),
  }))
  if (cues.length === 0) problems.push({ message: 'The file has no cues' })
  cues.forEach((cue, index) => {
    if (!cue.text)
      problems.push({
        cue: index + 1,
        message: `Cue ${index + 1} (${formatTimestamp(cue.startMs)}) has no text`,
      })
    if (cue.endMs <= cue.startMs)
      problems.push({
        cue: index + 1,
        message: `Cue ${index + 1} ends (${formatTimestamp(cue.endMs)}) before it starts (${formatTimestamp(cue.startMs)})`,
      })
  })
  problems.push(...overlapProblems(cues))
  return problems.length ? { ok: false, problems } : { ok: true, cues }
}

/** Cues overlapping the one before them (by start order). */
export function overlapProblems(cues: SubtitleCue[]): SubtitleProblem[] {
  const problems: SubtitleProblem[] = []
  for (let i = 1; i < cues.length; i++) {
    const previous = cues[i - 1]
    const cue = cues[i]
    if (cue.startMs < previous.endMs) {
      problems.push({
        cue: i + 1,
        message: `Cue ${i + 1} starts at ${formatTimestamp(cue.startMs)}, before cue ${i} ends at ${formatTimestamp(previous.endMs)}: cues must not overlap`,
      })
    }
  }
  return problems
}

// The serializer writes every setting that differs from these (the parser's defaults); ours are none.
const DEFAULT_CUE_SETTINGS = {
  direction: 'horizontal',
  snapToLines: true,
  linePosition: 'auto',
  lineAlign: 'start',
  textPosition: 'auto',
  positionAlign: 'auto',
  size: 100,
  alignment: 'center',
}

/** Cues → a WebVTT file, timings exactly as stored, texts escaped by the serializer. */
export function serializeWebVtt(cues: SubtitleCue[]): string {
  const serializer = new webvtt.WebVTTSerializer()
  return serializer.serialize(
    cues.map((cue) => ({
      ...DEFAULT_CUE_SETTINGS,
      startTime: cue.startMs / 1000,
      endTime: cue.endMs / 1000,
      tree: {
        children: cue.text.split('\n').flatMap((line, i) =>
          i
            ? [
                { type: 'text', value: '\n' },
                { type: 'text', value: line },
              ]
            : [{ type: 'text', value: line }],
        ),
      },
    })),
  )
}

export function describeProblems(problems: SubtitleProblem[], limit = 5): string {
  const shown = problems
    .slice(0, limit)
    .map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message))
  return (
    shown.join('; ') + (problems.length > limit ? ` (and ${problems.length - limit} more)` : '')
  )
}
