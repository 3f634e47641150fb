import type { Payload } from 'payload'
import { postgresOf } from '../../src/db/adapter'
import type { Locale } from '../../src/languages'

export interface LetterCountKey {
  templateId: number
  locale: Locale
  unitCode: string
  /** Copenhagen calendar day, YYYY-MM-DD. */
  day: string
  withTranslation: boolean
}

/** Today in Copenhagen, where the letters are sent. */
export function copenhagenDay(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

/**
 * One more letter for this key, atomically: an upsert on the unique (template, locale, unit, day,
 * withTranslation) index, so two case workers printing at the same moment both count.
 */
export async function countLetter(payload: Payload, key: LetterCountKey): Promise<void> {
  await postgresOf(payload).pool.query(
    `insert into letter_counts (template_id, locale, unit_code, day, with_translation, count, updated_at, created_at)
     values ($1, $2, $3, $4, $5, 1, now(), now())
     on conflict (template_id, locale, unit_code, day, with_translation)
     do update set count = letter_counts.count + 1, updated_at = now()`,
    [key.templateId, key.locale, key.unitCode, `${key.day}T00:00:00.000Z`, key.withTranslation],
  )
}
