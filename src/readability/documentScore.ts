import {
  type AnalyseOptions,
  analyseReadability,
  type Readability,
  type TextBlock,
} from './analyse'
import { fieldOfBlock } from './documentBlocks'

export interface DocumentReadability {
  /** The whole document: what the gate reads. */
  document: Readability
  /** Per top-level field (`title`, `summary`, `body`, `questions`). */
  fields: Record<string, Readability>
}

/** Scores the document and each of its fields from one set of blocks (each block read once, via the cache). */
export function scoreDocument(
  blocks: ReadonlyArray<TextBlock>,
  options: AnalyseOptions = {},
): DocumentReadability {
  const byField = new Map<string, TextBlock[]>()
  for (const block of blocks) {
    const field = fieldOfBlock(block)
    const list = byField.get(field)
    if (list) list.push(block)
    else byField.set(field, [block])
  }
  const fields: Record<string, Readability> = {}
  for (const [field, fieldBlocks] of byField)
    fields[field] = analyseReadability(fieldBlocks, options)
  return { document: analyseReadability(blocks, options), fields }
}
