/** Lexical rich text for tests: the seed's typed builders, plus shorthands tests keep needing. */
import { doc, p, type LexicalDoc } from '../../seed/lexical'

export {
  b,
  br,
  doc,
  h2,
  i,
  link,
  ol,
  p,
  plainTextOf,
  ul,
  type LexicalDoc,
} from '../../seed/lexical'

/** A document of plain paragraphs: `paragraphs('First.', 'Second.')`. */
export function paragraphs(...texts: string[]): LexicalDoc {
  return doc(...texts.map((text) => p(text)))
}
