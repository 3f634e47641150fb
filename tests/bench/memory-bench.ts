import type { Pool } from 'pg'
import { fuzzySuggestions } from '../../plugins/translation-workflow/engine/fuzzyMemory'
import { startTestPayload } from '../support/payload'

const ENTRIES = 50_000
const SEGMENTS = 20
const ROUNDS = 20

const WORDS =
  'kommunen borger brev klage afgørelse frist uger hjælp bolig skole arbejde møde sprog tolk familie barn dagtilbud sundhed borgerservice adresse telefon ansøgning ydelse pension skat læge'.split(
    ' ',
  )

/** A deterministic Danish-looking sentence: varied enough that trigrams do not match everything. */
function sentence(i: number): string {
  const words = Array.from(
    { length: 8 + (i % 7) },
    (_, j) => WORDS[(i * 7 + j * 13 + ((i >> 3) % 11)) % WORDS.length],
  )
  return `${words.join(' ')} ${i % 97}.`
}

/** Fuzzy-match lookup for a 20-segment review screen against a large Arabic memory. */
export async function runMemoryBench(): Promise<Record<string, number>> {
  const t = await startTestPayload()
  try {
    const pool = (t.payload.db as unknown as { pool: Pool }).pool
    await pool.query(
      `insert into translation_memory (entry_key, source_hash, locale, origin, source_text, text, updated_at, created_at)
       select 'bench:' || i, md5(i::text), 'ar'::enum_translation_memory_locale, (case when i % 3 = 0 then 'human' else 'machine' end)::enum_translation_memory_origin, s, 'ترجمة ' || i, now(), now()
         from unnest($1::text[]) with ordinality as u(s, i)`,
      [Array.from({ length: ENTRIES }, (_, i) => sentence(i))],
    )
    await pool.query('analyze translation_memory')
    // Edited versions of remembered sentences: one word changed in each.
    const segments = Array.from({ length: SEGMENTS }, (_, k) => {
      const remembered = sentence(k * 997)
      return { key: `body.${k}`, source: remembered.replace(/^\S+/, 'nyt'), sourceHash: `new-${k}` }
    })
    const times: number[] = []
    let found = 0
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now()
      const result = await fuzzySuggestions(t.payload, segments, 'ar')
      times.push(performance.now() - start)
      found = Object.keys(result).length
    }
    times.sort((a, b) => a - b)
    return {
      memory_entries_ar: ENTRIES,
      fuzzy_segments_per_lookup: SEGMENTS,
      fuzzy_segments_with_match: found,
      fuzzy_lookup_p50_ms: times[Math.floor(ROUNDS / 2)],
      fuzzy_lookup_max_ms: times[ROUNDS - 1],
    }
  } finally {
    await t.close()
  }
}
