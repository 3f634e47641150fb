import type { Payload, PayloadRequest } from 'payload'
import { type FuzzySuggestion, fuzzySuggestions } from './engine/fuzzyMemory'
import { assertMayReview } from './review'
import { loadTask } from './taskRecords'

/** Per segment key, similar segments this language has seen before (for the review screen's "Use"). */
export async function taskSuggestions(payload: Payload, req: PayloadRequest, taskId: number): Promise<Record<string, FuzzySuggestion[]>> {
  const task = await loadTask(payload, taskId, req)
  assertMayReview(req, task)
  return fuzzySuggestions(payload, task.segments ?? [], task.locale)
}
