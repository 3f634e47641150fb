import type { CollectionAfterChangeHook } from 'payload'
import { currentYear } from '../budgets'

/**
 * Machine translation adds to a task's `billedCharacters`; each increase becomes a row in the
 * usage ledger, charged to the task's department in the current year.
 */
export const recordBilledCharacters: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  const before = operation === 'create' ? 0 : Number(previousDoc?.billedCharacters ?? 0)
  const delta = Number(doc.billedCharacters ?? 0) - before
  if (!(delta > 0)) return doc
  const department =
    typeof doc.department === 'object' && doc.department ? doc.department.id : doc.department
  await req.payload.create({
    collection: 'machine-translation-usage',
    data: {
      at: new Date().toISOString(),
      year: currentYear(),
      department: department ?? null,
      task: doc.id,
      locale: doc.locale,
      characters: delta,
    },
    overrideAccess: true,
    req,
  })
  return doc
}
