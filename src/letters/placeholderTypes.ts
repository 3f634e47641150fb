/**
 * What a letter placeholder holds, so the composer offers a typed input and every language writes
 * the same value its own way (a date in Danish and in Arabic is the same day). Pure: no Payload.
 */
export const PLACEHOLDER_TYPES = [
  'text',
  'name',
  'date',
  'time',
  'place',
  'phone',
  'unit',
  'number',
  'cpr',
] as const
export type PlaceholderType = (typeof PLACEHOLDER_TYPES)[number]

export interface PlaceholderSpec {
  key: string
  type: PlaceholderType
  /** Danish description, shown as the input's label. */
  label?: string
}

export function isPlaceholderType(value: unknown): value is PlaceholderType {
  return typeof value === 'string' && (PLACEHOLDER_TYPES as readonly string[]).includes(value)
}

const MAX_VALUE_LENGTH = 200
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
const PHONE = /^\+?[0-9][0-9 ()-]{5,20}$/
const NUMBER = /^-?\d{1,12}([.,]\d{1,6})?$/

/** A problem with one value, in words a case worker understands; null when the value is usable. */
export function valueProblem(spec: PlaceholderSpec, raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return 'is missing'
  const value = raw.trim()
  if (value.length > MAX_VALUE_LENGTH)
    return `is ${value.length} characters; the limit is ${MAX_VALUE_LENGTH}`
  if (
    /[<>{}]/.test(value) ||
    [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)
  )
    return 'contains characters that cannot be printed (<, >, {, } or control characters)'
  switch (spec.type) {
    case 'date': {
      const m = DATE.exec(value)
      if (!m) return `"${value}" is not a date written YYYY-MM-DD`
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
      if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3]))
        return `"${value}" is not a date in the calendar`
      return null
    }
    case 'time':
      return TIME.test(value) ? null : `"${value}" is not a time written HH:MM (24 hours)`
    case 'phone':
      return PHONE.test(value)
        ? null
        : `"${value}" is not a phone number (digits, spaces, +, - and brackets)`
    case 'number':
      return NUMBER.test(value) ? null : `"${value}" is not a number`
    case 'cpr':
      return null
    default:
      return null
  }
}

/** Wraps a formatted value with the language and direction it is written in, so bidi never reorders it. */
export interface FormattedValue {
  text: string
  /** Digits of phone numbers read left to right in every language. */
  dir?: 'ltr'
}

/**
 * The value as the language writes it: dates and times through Intl with the language's own
 * words and digits (Persian its own digits), numbers with the language's separators. Always the
 * Gregorian calendar: the meeting is on a Danish date, and a Solar Hijri date beside it would
 * make the two versions look like different days; names, places and phone numbers exactly as typed.
 */
export function formatValue(spec: PlaceholderSpec, raw: string, bcp47: string): FormattedValue {
  const value = raw.trim()
  switch (spec.type) {
    case 'date': {
      const [y, m, d] = value.split('-').map(Number)
      const date = new Date(Date.UTC(y, m - 1, d, 12))
      return {
        text: new Intl.DateTimeFormat(bcp47, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          calendar: 'gregory',
          timeZone: 'UTC',
        }).format(date),
      }
    }
    case 'time': {
      const [h, min] = value.split(':').map(Number)
      const date = new Date(Date.UTC(2000, 0, 1, h, min))
      return {
        text: new Intl.DateTimeFormat(bcp47, {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone: 'UTC',
        }).format(date),
      }
    }
    case 'number':
      return {
        text: new Intl.NumberFormat(bcp47, { maximumFractionDigits: 6 }).format(
          Number(value.replace(',', '.')),
        ),
      }
    case 'phone':
    case 'cpr':
    case 'unit':
      return { text: value, dir: 'ltr' }
    default:
      return { text: value }
  }
}
