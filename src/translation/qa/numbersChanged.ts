import { single, type QaCheck } from './types'

function normaliseDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
}

/** Numbers as digit strings, separators removed, so "1.000" and "1,000" and "١٠٠٠" compare equal. */
export function numbersIn(text: string): string[] {
  return [...normaliseDigits(text).matchAll(/\d(?:[\d.,\u066B\u066C\s]*\d)?/g)]
    .map((m) => m[0].replace(/\D/g, ''))
    .sort()
}

function sameMultiset(a: string[], b: string[]): boolean {
  const sortedB = [...b].sort()
  return a.length === b.length && [...a].sort().every((v, i) => v === sortedB[i])
}

export const numbersChangedCheck: QaCheck = {
  code: 'numbers-changed',
  severity: 'error',
  description:
    'Numbers and dates (in any digits) are the same as in the Danish: a wrong deadline or amount misleads a citizen.',
  run: single(({ sourcePlain, targetPlain }) => {
    const sourceNumbers = numbersIn(sourcePlain)
    const targetNumbers = numbersIn(targetPlain)
    if (sameMultiset(sourceNumbers, targetNumbers)) return null
    return `Numbers or dates differ: Danish has ${sourceNumbers.join(', ') || 'none'}, translation has ${targetNumbers.join(', ') || 'none'}`
  }),
}
