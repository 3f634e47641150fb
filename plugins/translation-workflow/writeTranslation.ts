import type { Payload, PayloadRequest } from 'payload'
import { PUBLISHED_BY_WORKFLOW } from '../../src/access/publishGuard'
import type { TaskSegment, TranslationEngine } from './engine/port'
import type { TaskDoc } from './taskRecords'

/** Context flag: a write made by the workflow itself, not by a person. */
export const WRITTEN_BY_WORKFLOW = 'writtenByWorkflow'

/**
 * Writes a task's segments into its language of the document: as a draft, or published (that
 * language only, `publishSpecificLocale`). The only place the workflow writes content.
 */
export async function writeTranslation(
  payload: Payload,
  engine: TranslationEngine,
  task: TaskDoc,
  source: Record<string, unknown>,
  segments: TaskSegment[],
  options: { publish?: boolean; req?: PayloadRequest } = {},
): Promise<void> {
  const texts = new Map(segments.filter((s) => s.text).map((s) => [s.key, s.text]))
  if (texts.size === 0 && !options.publish) return
  const data = engine.apply(task.collection, source, texts, task.locale)
  await payload.update({
    collection: task.collection as 'leaflets',
    id: task.documentId,
    locale: task.locale,
    overrideAccess: true,
    req: options.req,
    ...(options.publish
      ? {
          data: { ...data, _status: 'published' },
          publishSpecificLocale: task.locale,
          context: { [PUBLISHED_BY_WORKFLOW]: true, [WRITTEN_BY_WORKFLOW]: true },
        }
      : { data, draft: true, context: { [WRITTEN_BY_WORKFLOW]: true } }),
  } as never)
}
