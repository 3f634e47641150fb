import type { Payload } from 'payload'
import { describeInlineCodes, type InlineCode } from '../../src/translation/inlineCodes'
import { segmentDocument } from '../../src/translation'
import { translatableFields } from './engine/fieldSpecs'
import type { TaskDoc } from './taskRecords'

/**
 * What the codes of each of a task's segments stand for. Tasks store segment markup only; the
 * slots (the phone number behind `<x id="0"/>`, a link's URL) come from segmenting the current
 * Danish again. A segment whose Danish moved on (hash differs) gets generic labels, never wrong ones.
 */
export async function inlineCodesOf(
  payload: Payload,
  task: Pick<TaskDoc, 'collection' | 'documentId' | 'segments'>,
): Promise<Record<string, Record<string, InlineCode>>> {
  const source = (await payload.findByID({
    collection: task.collection as 'leaflets',
    id: task.documentId,
    locale: 'da',
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as Record<string, unknown> | null
  const current = new Map(
    (source ? segmentDocument(source, translatableFields(payload, task.collection)) : []).map(
      (s) => [s.key, s],
    ),
  )
  const out: Record<string, Record<string, InlineCode>> = {}
  for (const segment of task.segments ?? []) {
    const fresh = current.get(segment.key)
    out[segment.key] = describeInlineCodes(
      segment.source,
      fresh && fresh.sourceHash === segment.sourceHash ? fresh.slots : [],
    )
  }
  return out
}

/** Per segment, the protected text behind each `<x id>` (for XLIFF `<ph>` content). */
export async function protectedTextsOf(
  payload: Payload,
  task: Pick<TaskDoc, 'collection' | 'documentId' | 'segments'>,
): Promise<Record<string, Record<string, string>>> {
  const codes = await inlineCodesOf(payload, task)
  return Object.fromEntries(
    Object.entries(codes).map(([key, byCode]) => [
      key,
      Object.fromEntries(
        Object.entries(byCode).flatMap(([code, c]) =>
          code.startsWith('x#') && c.text !== undefined ? [[code.slice(2), c.text]] : [],
        ),
      ),
    ]),
  )
}
