import type { Payload, PayloadRequest } from 'payload'
import { budgetStatus, type BudgetStatus } from '../../src/translationPlan'

export function currentYear(now = new Date()): number {
  return now.getUTCFullYear()
}

/** Billed characters of a department in a year, summed from the ledger. */
export async function usedCharacters(
  payload: Payload,
  department: number,
  year: number,
  req?: PayloadRequest,
): Promise<number> {
  const rows = await payload.find({
    collection: 'machine-translation-usage',
    where: { and: [{ department: { equals: department } }, { year: { equals: year } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { characters: true },
    req,
  })
  return rows.docs.reduce((n, r) => n + (r.characters ?? 0), 0)
}

export async function departmentBudget(
  payload: Payload,
  department: number,
  year = currentYear(),
  req?: PayloadRequest,
): Promise<BudgetStatus & { department: number; year: number }> {
  const found = await payload.find({
    collection: 'translation-budgets',
    where: { and: [{ department: { equals: department } }, { year: { equals: year } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const dept = await payload.findByID({
    collection: 'departments',
    id: department,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const used = await usedCharacters(payload, department, year, req)
  return {
    ...budgetStatus(
      found.docs[0]?.characters ?? null,
      used,
      dept?.code ?? `Department ${department}`,
    ),
    department,
    year,
  }
}
