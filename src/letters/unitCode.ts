/**
 * The sending unit's code, e.g. "JC-NORREBRO". Typed by the case worker for now and checked
 * against this pattern; the unit register (collection `units`, issue 14) will replace the check.
 */
export const UNIT_CODE_PATTERN = /^[A-Z]{2,6}(-[A-Z0-9]{1,20}){1,3}$/

export function unitCodeProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return 'is missing'
  return UNIT_CODE_PATTERN.test(value.trim())
    ? null
    : `"${value}" is not a unit code like JC-NORREBRO (capital letters, digits and hyphens)`
}
