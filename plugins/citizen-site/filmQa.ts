import { readingSpeedIssue } from '../../src/subtitles'

export interface SegmentQaIssue {
  code: string
  severity: 'error' | 'warning'
  message: string
}

/** Extra QA for one segment of a document, given the Danish source document. */
export type SegmentQa = (args: {
  key: string
  text: string
  sourceDoc: Record<string, unknown>
}) => SegmentQaIssue[]

/** A cue's translation must be readable in the time the cue is on screen (segment keys are cues.N.text). */
export function filmReadingSpeedQa(maxCps: number): SegmentQa {
  return ({ key, text, sourceDoc }) => {
    const match = /^cues\.(\d+)\.text$/.exec(key)
    if (!match) return []
    const cue = (sourceDoc.cues as Array<{ startMs?: number; endMs?: number }> | undefined)?.[
      Number(match[1])
    ]
    if (!cue || typeof cue.startMs !== 'number' || typeof cue.endMs !== 'number') return []
    const issue = readingSpeedIssue(text, cue.endMs - cue.startMs, maxCps)
    return issue ? [issue] : []
  }
}
