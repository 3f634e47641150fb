/**
 * Reading speed of a subtitle: characters per second on screen, the measure subtitlers use
 * (Netflix's and the BBC's guidelines: about 17 cps for adults). Line breaks and surrounding
 * spaces are not read, so they do not count.
 */
export const DEFAULT_MAX_CHARS_PER_SECOND = 17

export function charactersPerSecond(text: string, durationMs: number): number {
  const characters = [...text.replace(/\s*\n\s*/g, ' ').trim()].length
  if (durationMs <= 0) return Number.POSITIVE_INFINITY
  return characters / (durationMs / 1000)
}

export interface ReadingSpeedIssue {
  code: 'reading-speed'
  severity: 'warning'
  message: string
}

/** A warning when the text needs more than `maxCps` characters per second to be read in time. */
export function readingSpeedIssue(
  text: string,
  durationMs: number,
  maxCps = DEFAULT_MAX_CHARS_PER_SECOND,
): ReadingSpeedIssue | null {
  const cps = charactersPerSecond(text, durationMs)
  if (cps <= maxCps) return null
  return {
    code: 'reading-speed',
    severity: 'warning',
    message: `Reads at ${cps.toFixed(1)} characters per second (limit ${maxCps}) in ${(durationMs / 1000).toFixed(1)} s on screen: shorten the subtitle`,
  }
}

export function maxCharsPerSecondFromEnv(value: string | undefined): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_MAX_CHARS_PER_SECOND
}
