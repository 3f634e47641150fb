/** A task's segments as the workflow stores them (JSON on the task) and the review screen shows them. */

export type SegmentOrigin =
  'memory-human' | 'memory-machine' | 'machine' | 'needs-human' | 'human' | 'kept'

export interface SegmentQaIssue {
  code: string
  severity: 'error' | 'warning'
  message: string
}

export interface TaskSegment {
  key: string
  sourceHash: string
  source: string
  text: string
  origin: SegmentOrigin
  /**
   * The Danish of this segment is new since the task was last translated (edited, inserted or split
   * paragraph): the text must be edited or explicitly confirmed before approval.
   */
  changed: boolean
  qa: SegmentQaIssue[]
  /** The translation this segment had before its Danish changed (kept so no one's work is lost). */
  previousText?: string | null
  /** The Danish that translation was made for. */
  previousSource?: string | null
  /** Why a person must look at this segment (e.g. the machine dropped protected text). */
  reason?: string | null
  /** Who last wrote the text by hand, and when: named in a conflicting save's 409. */
  editedBy?: number | null
  editedAt?: string | null
  confirmedBy?: number | null
  /** A translator's comment on this segment, for whoever works on it next. */
  note?: string
}

export interface SourceUnit {
  key: string
  text: string
  sourceHash: string
}
