import type { Payload, PayloadRequest } from 'payload'
import {
  budgetStatus,
  type BudgetStatus,
  machineTranslationAllowed,
} from '../../src/translationPlan'
import { withDocumentLock } from '../translation-workflow/taskLock'

/** A hold older than this belongs to a pass that crashed: it no longer counts. */
const RESERVATION_EXPIRES_MS = 60 * 60 * 1000

export function currentYear(now = new Date()): number {
  return now.getUTCFullYear()
}

/**
 * Characters of a department in a year, summed from the ledger: billed ones, and with `held`
 * also those reserved by machine passes in flight (what a new pass must fit beside).
 */
export async function usedCharacters(
  payload: Payload,
  department: number,
  year: number,
  req?: PayloadRequest,
  { held = false }: { held?: boolean } = {},
): Promise<number> {
  const live = new Date(Date.now() - RESERVATION_EXPIRES_MS).toISOString()
  const rows = await payload.find({
    collection: 'machine-translation-usage',
    where: {
      and: [
        { department: { equals: department } },
        { year: { equals: year } },
        held
          ? { or: [{ reservation: { not_equals: true } }, { at: { greater_than: live } }] }
          : { reservation: { not_equals: true } },
      ],
    },
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
  options: { held?: boolean } = {},
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
  const used = await usedCharacters(payload, department, year, req, options)
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

/**
 * Before a machine pass: may it spend `characters` of the department's budget? If so, the
 * characters are held (a reservation row) until `release`, under a per-department lock, so passes
 * of one fan-out running in parallel see each other and never together cross the budget.
 */
export async function reserveCharacters(
  payload: Payload,
  department: number,
  characters: number,
): Promise<{ allowed: true; release?: () => Promise<void> } | { allowed: false; reason: string }> {
  const year = currentYear()
  return withDocumentLock(
    payload,
    { collection: 'machine-translation-budget', documentId: department },
    undefined,
    async (req) => {
      const status = await departmentBudget(payload, department, year, req, { held: true })
      const decision = machineTranslationAllowed(status, characters)
      // Without a budget nothing needs holding.
      if (!decision.allowed || status.limit === null) return decision
      const hold = await payload.create({
        collection: 'machine-translation-usage',
        data: {
          at: new Date().toISOString(),
          year,
          department,
          characters,
          reservation: true,
        },
        overrideAccess: true,
        req,
      })
      return {
        allowed: true as const,
        release: async () => {
          await payload.delete({
            collection: 'machine-translation-usage',
            id: hold.id,
            overrideAccess: true,
          })
        },
      }
    },
  )
}
