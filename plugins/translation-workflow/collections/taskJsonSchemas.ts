import type { JSONSchema4 } from 'json-schema'

/**
 * JSON schemas of the task's json columns, so `payload generate:types` types them (TaskSegment,
 * hash maps) instead of `unknown`: the code reads the generated types and needs no casts.
 */
export const SEGMENT_ORIGINS = [
  'memory-human',
  'memory-machine',
  'machine',
  'needs-human',
  'human',
  'kept',
] as const

const nullable = (schema: JSONSchema4): JSONSchema4 => ({ oneOf: [schema, { type: 'null' }] })

const qaIssueSchema: JSONSchema4 = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'severity', 'message'],
  properties: {
    code: { type: 'string' },
    severity: { type: 'string', enum: ['error', 'warning'] },
    message: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
}

export const segmentSchema: JSONSchema4 = {
  title: 'TaskSegment',
  type: 'object',
  additionalProperties: false,
  required: ['key', 'sourceHash', 'source', 'text', 'origin', 'changed', 'qa'],
  properties: {
    key: { type: 'string' },
    sourceHash: { type: 'string' },
    source: { type: 'string' },
    text: { type: 'string' },
    origin: { type: 'string', enum: [...SEGMENT_ORIGINS] },
    /** The Danish is new since the task was last translated: edit or confirm before approval. */
    changed: { type: 'boolean' },
    qa: { type: 'array', items: qaIssueSchema },
    /** The translation this segment had before its Danish changed, and the Danish it was for. */
    previousText: nullable({ type: 'string' }),
    previousSource: nullable({ type: 'string' }),
    /** Why a person must look at the segment (e.g. the machine lost protected text). */
    reason: nullable({ type: 'string' }),
    /** Who last wrote the text by hand and when (named in a conflicting save's 409), who confirmed it. */
    editedBy: nullable({ type: 'number' }),
    editedAt: nullable({ type: 'string' }),
    confirmedBy: nullable({ type: 'number' }),
    /** A translator's comment on this segment, for the next translator (kept through re-translation). */
    note: { type: 'string' },
  },
}

export const segmentsSchema = (): JSONSchema4 => nullable({ type: 'array', items: segmentSchema })
export const hashesSchema = (): JSONSchema4 =>
  nullable({ type: 'object', additionalProperties: { type: 'string' } })
