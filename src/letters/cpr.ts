/**
 * Danish CPR numbers (DDMMYY-SSSS, with or without the hyphen or a space). Letters must not carry
 * a citizen's CPR number in a placeholder that was not declared for it: it would end up in a PDF
 * sent through channels that are not cleared for it. Since 2007 the modulus-11 check no longer
 * holds for every number, so anything shaped like a CPR number with a real date counts.
 */
const CPR_SHAPE = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?!\d)/g

export function containsCprLikeNumber(value: string): boolean {
  for (const m of value.matchAll(CPR_SHAPE)) {
    const day = Number(m[1])
    const month = Number(m[2])
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true
  }
  return false
}
