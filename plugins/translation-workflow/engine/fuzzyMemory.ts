import type { Payload } from 'payload'
import type { TargetLocale } from '../../../src/languages'
import { matchPercent } from '../../../src/translation'
import { postgresOf } from '../../../src/db/adapter'

export interface FuzzySuggestion {
  /** Word-level match in percent (CAT-tool style), never 100 for the segment's own entry. */
  percent: number
  source: string
  text: string
  origin: 'human' | 'machine'
}

/** Matches below this are more distraction than help; Trados and memoQ default to about the same. */
export const MIN_MATCH_PERCENT = 70
const PER_SEGMENT = 3
/** Trigram candidates per segment before the word-level score picks the best. */
const CANDIDATES = 8

/**
 * Similar Danish segments translated before into this language, best first. pg_trgm's GiST index
 * walks to the nearest candidates by trigram distance (`<->`, no full scan), the word-level score
 * ranks and filters them.
 * Exact matches (same hash) are left out: memory has already applied those.
 */
export async function fuzzySuggestions(
  payload: Payload,
  segments: Array<{ key: string; source: string; sourceHash: string }>,
  target: TargetLocale,
): Promise<Record<string, FuzzySuggestion[]>> {
  if (segments.length === 0) return {}
  const pool = postgresOf(payload).pool
  const { rows } = await pool.query<{
    key: string
    source_text: string
    text: string
    origin: 'human' | 'machine'
  }>(
    `select s.key, m.source_text, m.text, m.origin
       from unnest($1::text[], $2::text[], $3::text[]) as s(key, src, hash)
       cross join lateral (
         select source_text, text, origin from translation_memory m
          where m.locale = $4 and m.source_hash <> s.hash
          order by m.source_text <-> s.src
          limit ${CANDIDATES}
       ) m
      where similarity(m.source_text, s.src) >= 0.3`,
    [
      segments.map((s) => s.key),
      segments.map((s) => s.source),
      segments.map((s) => s.sourceHash),
      target,
    ],
  )
  const bySource = new Map(segments.map((s) => [s.key, s.source]))
  const result: Record<string, FuzzySuggestion[]> = {}
  for (const row of rows) {
    const percent = matchPercent(bySource.get(row.key)!, row.source_text)
    if (percent < MIN_MATCH_PERCENT) continue
    const list = (result[row.key] ??= [])
    const same = list.find((s) => s.text === row.text)
    if (same) {
      if (row.origin === 'human') same.origin = 'human'
      continue
    }
    list.push({ percent, source: row.source_text, text: row.text, origin: row.origin })
  }
  for (const key of Object.keys(result)) {
    // An approved translation outranks a machine one of the same match.
    result[key] = result[key]
      .sort(
        (a, b) =>
          b.percent - a.percent ||
          (a.origin === 'human' ? -1 : 1) - (b.origin === 'human' ? -1 : 1),
      )
      .slice(0, PER_SEGMENT)
  }
  return result
}
