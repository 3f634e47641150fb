/**
 * SMS length with the real segment rules: GSM 03.38 (7-bit, 160 characters or 153 per part when
 * split; characters of the extension table count twice) when every character is in the GSM
 * alphabet, otherwise UCS-2 (70, or 67 per part), which Arabic, Urdu and Persian always need.
 * UCS-2 counts UTF-16 code units, so an emoji takes two.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM_EXTENSION = '^{}\\[~]|€\f'

const basic = new Set([...GSM_BASIC])
const extension = new Set([...GSM_EXTENSION])

export type SmsEncoding = 'GSM-7' | 'UCS-2'

export interface SmsLength {
  encoding: SmsEncoding
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number
  segments: number
  /** Units one segment holds at this length: 160/70 for a single message, 153/67 when split. */
  perSegment: number
  /** Units left in the last segment. */
  remaining: number
  /** Characters that forced UCS-2, for the composer to point at (first five). */
  nonGsm: string[]
}

export function smsLength(text: string): SmsLength {
  let septets = 0
  const nonGsm: string[] = []
  for (const ch of text) {
    if (basic.has(ch)) septets += 1
    else if (extension.has(ch)) septets += 2
    else if (nonGsm.length < 5 && !nonGsm.includes(ch)) nonGsm.push(ch)
  }
  if (nonGsm.length === 0) return sized('GSM-7', septets, 160, 153, [])
  return sized('UCS-2', text.length, 70, 67, nonGsm)
}

function sized(
  encoding: SmsEncoding,
  units: number,
  single: number,
  multi: number,
  nonGsm: string[],
): SmsLength {
  if (units <= single)
    return {
      encoding,
      units,
      segments: units === 0 ? 0 : 1,
      perSegment: single,
      remaining: single - units,
      nonGsm,
    }
  const segments = Math.ceil(units / multi)
  return {
    encoding,
    units,
    segments,
    perSegment: multi,
    remaining: segments * multi - units,
    nonGsm,
  }
}
