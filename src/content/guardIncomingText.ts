import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'
import { incomingDataProblem } from './textSafety'
import { withoutInvisibles } from './invisibleCharacters'

const RICH_TEXT_FIELDS = ['body']

/**
 * Runs before the operation, ahead of the rich-text field's own hooks (which assume a well-formed
 * tree and would fail with a 500), and on draft saves, which skip field validation.
 */
export const guardIncomingText: CollectionBeforeOperationHook = ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Copy-paste artefacts (zero-width space, BOM) go before anything else sees the text: the
  // slug made from the title, QA, memory. ZWNJ stays (see invisibleCharacters.ts).
  const data = withoutInvisibles((args as { data?: Record<string, unknown> }).data)
  ;(args as { data?: Record<string, unknown> }).data = data
  for (const name of RICH_TEXT_FIELDS) {
    const value = data?.[name]
    if (
      value !== undefined &&
      value !== null &&
      (typeof value !== 'object' || Array.isArray(value))
    ) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          { path: name, message: `${name}: Rich text must be a Lexical JSON object with a "root"` },
        ],
        req,
      })
    }
  }
  const problem = incomingDataProblem(data)
  if (problem)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: problem.path, message: problem.message }],
      req,
    })
  return args
}
