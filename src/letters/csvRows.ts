import { parse } from 'csv-parse/sync'
import { type InputProblem, letterValueProblems } from './letterInput'
import type { PlaceholderSpec } from './placeholderTypes'

export const LANGUAGE_COLUMN = 'language'
export const MAX_BATCH_ROWS = 2000
export const MAX_BATCH_BYTES = 4 * 1024 * 1024

export interface BatchRow {
  /** Line in the file (the header is line 1). */
  line: number
  language: string
  values: Record<string, string>
}

export type BatchParse = { ok: true; rows: BatchRow[] } | { ok: false; problems: InputProblem[] }

/**
 * The whole file is checked before any letter is made: encoding, header (a `language` column and
 * exactly the template's placeholders), row count, and every value of every row. Problems name
 * the line and the column, so a case worker can fix the spreadsheet in one go.
 */
export function parseBatchCsv(
  bytes: Uint8Array,
  specs: PlaceholderSpec[],
  languages: readonly string[],
): BatchParse {
  if (bytes.byteLength > MAX_BATCH_BYTES)
    return fail(
      'file',
      `The file is ${bytes.byteLength} bytes; the limit is ${MAX_BATCH_BYTES} (about ${MAX_BATCH_ROWS} letters)`,
    )
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return fail('file', 'The file is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8"')
  }
  const delimiter = detectDelimiter(text)
  let records: string[][]
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as string[][]
  } catch (error) {
    const e = error as { message?: string; lines?: number }
    return {
      ok: false,
      problems: [
        {
          field: 'file',
          line: e.lines,
          message: `The file is not valid CSV: ${e.message ?? String(error)}`,
        },
      ],
    }
  }
  if (records.length === 0) return fail('file', 'The file is empty')
  const [header, ...body] = records
  if (body.length === 0) return fail('file', 'The file has a header but no letters')
  if (body.length > MAX_BATCH_ROWS)
    return fail(
      'file',
      `The file has ${body.length} letters; one batch may have at most ${MAX_BATCH_ROWS}`,
    )

  const problems: InputProblem[] = []
  const declared = new Set(specs.map((s) => s.key))
  const seen = new Set<string>()
  for (const column of header) {
    if (seen.has(column))
      problems.push({ field: column, line: 1, message: `Column "${column}" appears twice` })
    seen.add(column)
    if (column !== LANGUAGE_COLUMN && !declared.has(column))
      problems.push({
        field: column,
        line: 1,
        message: `Unknown column "${column}"; the columns are ${[LANGUAGE_COLUMN, ...declared].join(', ')}`,
      })
  }
  for (const column of [LANGUAGE_COLUMN, ...declared]) {
    if (!seen.has(column))
      problems.push({ field: column, line: 1, message: `Column "${column}" is missing` })
  }
  if (problems.length) return { ok: false, problems }

  const rows: BatchRow[] = []
  body.forEach((record, index) => {
    const line = index + 2
    if (record.length !== header.length) {
      problems.push({
        field: 'row',
        line,
        message: `Line ${line} has ${record.length} fields; the header has ${header.length}`,
      })
      return
    }
    const cells = Object.fromEntries(header.map((column, i) => [column, record[i]]))
    const { [LANGUAGE_COLUMN]: language, ...values } = cells
    if (!languages.includes(language))
      problems.push({
        field: LANGUAGE_COLUMN,
        line,
        message: `Line ${line}, column language: "${language}" is not one of ${languages.join(', ')}`,
      })
    for (const p of letterValueProblems(specs, values))
      problems.push({ ...p, line, message: `Line ${line}, column ${p.field}: ${p.message}` })
    rows.push({ line, language, values })
  })
  return problems.length ? { ok: false, problems } : { ok: true, rows }
}

function fail(field: string, message: string): BatchParse {
  return { ok: false, problems: [{ field, message }] }
}

/** Danish spreadsheets save CSV with semicolons; accept both by looking at the header line. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'))
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
}
