import type { CollectionConfig } from 'payload'
import { budgetProblem, budgetStatus } from '../../../src/translationPlan'
import { isAdmin } from '../../../src/access/predicates'
import { isAdminOrEditor } from '../access'
import { usedCharacters } from '../budgets'
import { badRequest } from '../../../src/api/httpErrors'

function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number')
    return (value as { id: number }).id
  return null
}

/**
 * A department's machine-translation budget for one year, in billed characters. Use is read
 * from the ledger of billed characters; a budget below what is already used is refused.
 */
export const TranslationBudgets: CollectionConfig = {
  slug: 'translation-budgets',
  labels: { singular: 'Translation budget', plural: 'Translation budgets' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'department', 'year', 'characters'],
    group: 'Plain language',
    description:
      'Machine-translation characters per department and year: a warning at 80 %, human translation from 100 %.',
  },
  access: { read: isAdminOrEditor, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'label', type: 'text', admin: { hidden: true } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
    },
    {
      name: 'year',
      type: 'number',
      required: true,
      index: true,
      min: 2000,
      max: 2100,
      defaultValue: () => new Date().getUTCFullYear(),
    },
    {
      name: 'characters',
      type: 'number',
      required: true,
      min: 0,
      admin: { description: 'Billed characters allowed this year.' },
    },
    {
      name: 'status',
      type: 'json',
      virtual: true,
      admin: {
        readOnly: true,
        description: 'Used so far this year and the warning level (computed).',
      },
      hooks: {
        afterRead: [
          async ({ siblingData, req }) => {
            const department = idOf(siblingData.department)
            if (department === null || typeof siblingData.year !== 'number') return null
            return budgetStatus(
              siblingData.characters as number,
              await usedCharacters(req.payload, department, siblingData.year, req),
            )
          },
        ],
      },
    },
  ],
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req, operation }) => {
        const merged = { ...(originalDoc ?? {}), ...data } as {
          department?: unknown
          year?: unknown
          characters?: unknown
        }
        const department = idOf(merged.department)
        const year = merged.year
        if (department === null) throw badRequest('"department" is required')
        if (typeof year !== 'number' || !Number.isInteger(year))
          throw badRequest('"year" must be a year, e.g. 2026')
        const duplicate = await req.payload.find({
          collection: 'translation-budgets',
          where: {
            and: [
              { department: { equals: department } },
              { year: { equals: year } },
              ...(operation === 'update' && originalDoc
                ? [{ id: { not_equals: originalDoc.id } }]
                : []),
            ],
          },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (duplicate.docs.length)
          throw badRequest(`This department already has a budget for ${year} (edit that one).`)
        const used = await usedCharacters(req.payload, department, year, req)
        const problem = budgetProblem(merged.characters, used)
        if (problem) throw badRequest(`characters: ${problem}`)
        const code = await req.payload.findByID({
          collection: 'departments',
          id: department,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
        return { ...data, label: `${code?.code ?? department} ${year}` }
      },
    ],
  },
}
