import {
  commitTransaction,
  type Endpoint,
  Forbidden,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { currentUser, hasRole } from '../../../src/access/roles'
import { storePopulationFigures } from '../store/population'
import {
  parseDistrictCountsCsv,
  parseStatisticsDenmarkCsv,
  type PopulationFigure,
} from '../../../src/followup/populationImport'
import { bodyText, handler, requireSignedIn } from './http'
import { badRequest } from '../../../src/api/httpErrors'

/**
 * POST /api/population-figures/import?format=dst|district&table=FOLK1E&extracted=2025-02-11[&illustrative=true]
 * with the CSV as the body. Checked whole first (every row parses, every area is known); then,
 * in one transaction, the figures of the same areas, years and source table are replaced.
 */
async function importPopulation(req: PayloadRequest): Promise<Response> {
  requireSignedIn(req)
  if (!hasRole(currentUser(req), 'admin')) throw new Forbidden(req.t)
  const params = req.searchParams
  const format = params.get('format') ?? 'dst'
  if (format !== 'dst' && format !== 'district')
    throw badRequest(
      'format must be "dst" (Statistics Denmark) or "district" (the municipality district counts)',
    )
  const table =
    params.get('table')?.trim() || (format === 'district' ? 'Municipality district counts' : '')
  if (!table)
    throw badRequest(
      'table is required for a Statistics Denmark file, e.g. table=FOLK1E: every figure names its source table',
    )
  const extracted = params.get('extracted') ?? ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(extracted) || Number.isNaN(Date.parse(extracted)))
    throw badRequest('extracted is required: the date the figures were extracted, YYYY-MM-DD')
  const illustrative = params.get('illustrative') === 'true'
  const text = await bodyText(req)
  const figures: PopulationFigure[] =
    format === 'dst' ? parseStatisticsDenmarkCsv(text) : parseDistrictCountsCsv(text)

  const own = await initTransaction(req)
  try {
    await storePopulationFigures(
      req.payload,
      figures,
      { table, extracted, illustrative },
      format === 'dst' ? 'OMRÅDE' : 'district',
      req,
    )
    if (own) await commitTransaction(req)
    return Response.json(
      {
        imported: figures.length,
        suppressed: figures.filter((f) => f.count === null).length,
        areas: new Set(figures.map((f) => f.areaKey)).size,
        sourceTable: table,
        illustrative,
      },
      { status: 201 },
    )
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

export const populationImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: handler(importPopulation),
}
