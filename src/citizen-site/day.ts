/** The calendar day in Copenhagen (YYYY-MM-DD) a moment falls on: page views are counted per local day. */
export function copenhagenDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
}

/** A date and time as a citizen reads it, in their language, in Copenhagen time. */
export function formatWhen(startsAt: string, endsAt: string, bcp47: string): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'full',
    timeStyle: 'short',
  }
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat(bcp47, options)
  } catch {
    format = new Intl.DateTimeFormat('da-DK', options)
  }
  return format.formatRange(start, end)
}
