import { parseCount, readCsv } from './csvTable'
import { ImportProblem } from './importProblem'
import { MONTH_PATTERN, type NoShowMonth, noShowMonthProblem } from './noShows'

const COLUMNS = [
  'unit',
  'month',
  'invitations_with_translation',
  'no_shows_with_translation',
  'invitations_without_translation',
  'no_shows_without_translation',
] as const

/**
 * The case system's monthly export: one row per unit and month with invitations and no-shows,
 * split by whether the invitation letter carried a translation. The caller checks unit codes.
 */
export function parseNoShowCsv(text: string): Array<NoShowMonth & { line: number }> {
  const rows = readCsv(text, COLUMNS)
  const seen = new Set<string>()
  return rows.map(({ line, values }) => {
    const v = (name: (typeof COLUMNS)[number]) =>
      parseCount(values[name.toUpperCase()], line, name, false) as number
    const unitCode = values.UNIT.trim()
    if (!unitCode) throw new ImportProblem(line, 'unit', 'empty unit code')
    const month = values.MONTH.trim()
    if (!MONTH_PATTERN.test(month))
      throw new ImportProblem(line, 'month', `"${month}" is not a month (YYYY-MM)`)
    const row: NoShowMonth = {
      unitCode,
      month,
      withTranslation: {
        invitations: v('invitations_with_translation'),
        noShows: v('no_shows_with_translation'),
      },
      withoutTranslation: {
        invitations: v('invitations_without_translation'),
        noShows: v('no_shows_without_translation'),
      },
    }
    const problem = noShowMonthProblem(row)
    if (problem)
      throw new ImportProblem(
        line,
        problem.field
          .replace('withTranslation.noShows', 'no_shows_with_translation')
          .replace('withoutTranslation.noShows', 'no_shows_without_translation'),
        problem.message,
      )
    if (seen.has(`${unitCode}|${month}`))
      throw new ImportProblem(line, 'month', `${unitCode} ${month} appears twice`)
    seen.add(`${unitCode}|${month}`)
    return { ...row, line }
  })
}
