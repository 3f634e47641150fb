import { parse } from 'csv-parse/sync'
import { ImportProblem } from './importProblem'

export interface CsvRow {
  /** Line in the file, header = 1. */
  line: number
  values: Record<string, string>
}

/**
 * Reads a CSV with a header row. Statistics Denmark and most Danish spreadsheets write semicolons;
 * the delimiter is taken from the header line (semicolon unless the header has none and has commas).
 * Header names are compared case-insensitively and trimmed; a BOM is dropped.
 */
export function readCsv(text: string, required: readonly string[]): CsvRow[] {
  const clean = text.replace(/^\uFEFF/, '')
  // Lines starting with # are comments (the shipped illustrative file says what it is there).
  const headerLine = clean.split(/\r?\n/).find((l) => l.trim() && !l.startsWith('#')) ?? ''
  const delimiter = headerLine.includes(';') || !headerLine.includes(',') ? ';' : ','
  let records: Array<{ record: string[]; info: { lines: number } }>
  try {
    // Each record is prefixed with the line it ended on, so problems name the line in the file.
    const parsed = parse(clean, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: true,
      comment: '#',
      comment_no_infix: true,
      on_record: (record: string[], context) => [String(context.lines), ...record],
    })
    records = parsed.map(([line, ...record]) => ({ record, info: { lines: Number(line) } }))
  } catch (error) {
    const info = error as { lines?: number; message?: string }
    throw new ImportProblem(
      info.lines ?? 0,
      'file',
      `not readable as CSV: ${info.message ?? String(error)}`,
    )
  }
  if (records.length === 0) throw new ImportProblem(1, 'header', 'the file is empty')
  const headerLineNo = records[0].info.lines
  const header = records[0].record.map((h) => h.trim().toUpperCase())
  for (const name of required) {
    if (!header.includes(name.toUpperCase()))
      throw new ImportProblem(
        headerLineNo,
        name,
        `missing column ${name} (the header has ${header.join(', ')})`,
      )
  }
  if (records.length === 1)
    throw new ImportProblem(headerLineNo + 1, 'file', 'no data rows after the header')
  return records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(header.map((h, j) => [h, record[j] ?? ''])),
  }))
}

/** A whole number >= 0, or null for Statistics Denmark's ".." (suppressed or not available). */
export function parseCount(
  value: string,
  line: number,
  field: string,
  allowSuppressed: boolean,
): number | null {
  const v = value.trim()
  if (allowSuppressed && (v === '..' || v === '.')) return null
  if (!/^-?\d+$/.test(v))
    throw new ImportProblem(
      line,
      field,
      `"${value}" is not a whole number${allowSuppressed ? ' or ".."' : ''}`,
    )
  const n = Number(v)
  if (n < 0) throw new ImportProblem(line, field, `${n} is negative`)
  return n
}
