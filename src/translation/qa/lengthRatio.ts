import type { TargetLocale } from '../../languages'
import { single, type QaCheck } from './types'

/** Bounds for target length ÷ source length, per language; outside is worth a second look. */
const LENGTH_RATIO: Partial<Record<TargetLocale, [number, number]>> = {
  en: [0.6, 1.8],
  ar: [0.5, 1.9],
  tr: [0.6, 2.2],
  ur: [0.5, 2.2],
  fa: [0.5, 2.0],
  so: [0.6, 2.4],
}

export const lengthRatioCheck: QaCheck = {
  code: 'length-ratio',
  severity: 'warning',
  description:
    'A translation much shorter or longer than the Danish may have lost or added a sentence.',
  run: single(({ sourcePlain, targetPlain, locale }) => {
    const bounds = LENGTH_RATIO[locale]
    if (!bounds || sourcePlain.trim().length < 20) return null
    const ratio = targetPlain.trim().length / sourcePlain.trim().length
    if (ratio >= bounds[0] && ratio <= bounds[1]) return null
    return `The translation is ${ratio.toFixed(2)}× the length of the Danish (expected ${bounds[0]}–${bounds[1]}×)`
  }),
}
