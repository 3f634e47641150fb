import {
  commitTransaction,
  type Endpoint,
  Forbidden,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { currentUser, hasRole, unitIdsOf } from '../../../src/access/roles'
import { ImportProblem } from '../../../src/followup/importProblem'
import { parseNoShowCsv } from '../../../src/followup/noShowImport'
import { bodyText, handler, requireSignedIn } from './http'

/**
 * POST /api/no-show-months/import with the case system's CSV as the body. Admins import any unit,
 * centre managers only their own. Checked whole first; then each unit-month is replaced in one
 * transaction (a corrected export can be imported again).
 */
async function importNoShows(req: PayloadRequest): Promise<Response> {
  requireSignedIn(req)
  const user = currentUser(req)
  const admin = hasRole(user, 'admin')
  if (!admin && !hasRole(user, 'centre-manager')) throw new Forbidden(req.t)
  const rows = parseNoShowCsv(await bodyText(req))
  const units = await req.payload.find({
    collection: 'units',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const unitIds = new Map(units.docs.map((u) => [u.code.toLowerCase(), u.id]))
  const mine = new Set(unitIdsOf(user).map(String))
  for (const row of rows) {
    const id = unitIds.get(row.unitCode.toLowerCase())
    if (id === undefined)
      throw new ImportProblem(
        row.line,
        'unit',
        `unknown unit "${row.unitCode}" (add it under Units first, or fix the code)`,
      )
    if (!admin && !mine.has(String(id)))
      throw new ImportProblem(row.line, 'unit', `unit "${row.unitCode}" is not one of yours`)
  }
  const own = await initTransaction(req)
  try {
    for (const row of rows) {
      const unit = unitIds.get(row.unitCode.toLowerCase())!
      // The parser has checked every row (whole numbers, no-shows <= invitations, one row per unit
      // and month) and the units are checked above, so rows go straight to the adapter.
      await req.payload.db.deleteMany({
        collection: 'no-show-months',
        where: { and: [{ unit: { equals: unit } }, { month: { equals: row.month } }] },
        req,
      })
      await req.payload.db.create({
        collection: 'no-show-months',
        data: {
          unit,
          month: row.month,
          withTranslation: row.withTranslation,
          withoutTranslation: row.withoutTranslation,
          source: 'case-system',
        },
        req,
        returning: false,
      })
    }
    if (own) await commitTransaction(req)
    return Response.json(
      { imported: rows.length, units: new Set(rows.map((r) => r.unitCode)).size },
      { status: 201 },
    )
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

export const noShowImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: handler(importNoShows),
}
