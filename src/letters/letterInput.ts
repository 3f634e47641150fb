import { containsCprLikeNumber } from './cpr'
import { type PlaceholderSpec, valueProblem } from './placeholderTypes'

export interface InputProblem {
  /** The placeholder key, or `language`/`unitCode`/`template`; with the CSV line when from a batch. */
  field: string
  message: string
  line?: number
}

/**
 * Every problem with one letter's values: missing or mistyped values, values for placeholders the
 * template does not declare, and CPR-like numbers in a placeholder not declared for one.
 */
export function letterValueProblems(
  specs: PlaceholderSpec[],
  values: Record<string, unknown>,
): InputProblem[] {
  const problems: InputProblem[] = []
  const declared = new Set(specs.map((s) => s.key))
  for (const key of Object.keys(values)) {
    if (!declared.has(key))
      problems.push({
        field: key,
        message: `"${key}" is not a placeholder of this template; it has ${[...declared].join(', ') || 'none'}`,
      })
  }
  for (const spec of specs) {
    const raw = values[spec.key]
    const problem = valueProblem(spec, raw)
    if (problem) {
      problems.push({ field: spec.key, message: `${spec.key} ${problem}` })
      continue
    }
    if (spec.type !== 'cpr' && typeof raw === 'string' && containsCprLikeNumber(raw)) {
      problems.push({
        field: spec.key,
        message: `${spec.key} looks like it contains a CPR number; CPR numbers may only go in a placeholder declared for one`,
      })
    }
  }
  return problems
}
