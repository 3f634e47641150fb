import type { Payload, PayloadRequest } from 'payload'
import { ImportProblem } from '../../../src/followup/importProblem'
import type { PopulationFigure } from '../../../src/followup/populationImport'

export interface PopulationSource {
  table: string
  /** YYYY-MM-DD */
  extracted: string
  illustrative: boolean
}

/**
 * Stores parsed figures: every area must be known (by name or code, any case), checked before
 * anything is written; then the figures of the same area, year and source table are replaced.
 * Runs in the caller's transaction when `req` carries one.
 */
export async function storePopulationFigures(
  payload: Payload,
  figures: PopulationFigure[],
  source: PopulationSource,
  areaField: string,
  req?: PayloadRequest,
): Promise<void> {
  const areas = await payload.find({
    collection: 'areas',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const areaIds = new Map<string, number>()
  for (const a of areas.docs) {
    areaIds.set(a.name.toLowerCase(), a.id)
    areaIds.set(a.code.toLowerCase(), a.id)
  }
  for (const f of figures) {
    if (!areaIds.has(f.areaKey.toLowerCase()))
      throw new ImportProblem(
        f.line,
        areaField,
        `unknown area "${f.areaKey}" (add it under Areas first, or fix the name)`,
      )
  }
  const replaced = new Set<string>()
  for (const f of figures) {
    const area = areaIds.get(f.areaKey.toLowerCase())!
    const key = `${area}|${f.year}`
    if (!replaced.has(key)) {
      replaced.add(key)
      await payload.db.deleteMany({
        collection: 'population-figures',
        where: {
          and: [
            { area: { equals: area } },
            { year: { equals: f.year } },
            { sourceTable: { equals: source.table } },
          ],
        },
        req,
      })
    }
    // Straight to the adapter: the parser has checked every value (groups, bands, counts >= 0) and
    // the areas are checked above; the per-document hooks would make a 450-row file take a minute.
    await payload.db.create({
      collection: 'population-figures',
      data: {
        area,
        year: f.year,
        group: f.group,
        ageBand: f.ageBand,
        count: f.count,
        sourceTable: source.table,
        extractedOn: source.extracted,
        illustrative: source.illustrative,
      },
      req,
      returning: false,
    })
  }
}
