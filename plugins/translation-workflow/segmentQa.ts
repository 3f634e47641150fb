import type { Payload } from 'payload'
import type { QaIssue } from './engine/port'

type SegmentQa = (args: {
  key: string
  text: string
  sourceDoc: Record<string, unknown>
}) => QaIssue[]

/**
 * Checks a feature plugin adds for its own collection's segments (config.custom.segmentQa, e.g.
 * the citizen site's subtitle reading speed), run beside the engine's QA.
 */
export function extraSegmentQa(
  payload: Payload,
  collection: string,
  sourceDoc: Record<string, unknown>,
): (key: string, text: string) => QaIssue[] {
  const check = (payload.config.custom?.segmentQa as Record<string, SegmentQa> | undefined)?.[
    collection
  ]
  return check ? (key, text) => check({ key, text, sourceDoc }) : () => []
}
