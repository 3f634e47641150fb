import { APIError } from 'payload'
import { ALL_LOCALES, isLocale, type Locale } from '../../../src/languages'
import type { InputProblem } from '../../../src/letters/letterInput'
import { unitCodeProblem } from '../../../src/letters/unitCode'
import type { MissingPolicy } from './letterHtml'

export interface LetterRequest {
  templateId: number
  locale: Locale
  unitCode: string
  missing: MissingPolicy
  values: Record<string, string>
}

/** A 400 whose message names every field (and CSV line) at fault; nothing is made or stored. */
export class LetterInputError extends APIError {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map((p) => p.message).join('\n'), 400, { problems }, true)
  }
}

function field(fieldName: string, message: string): InputProblem {
  return { field: fieldName, message: `${fieldName}: ${message}` }
}

/** The parts of a letter request every endpoint shares: template, language, unit and what to do with missing translations. */
export function parseLetterHeader(input: Record<string, unknown>): Omit<LetterRequest, 'values'> {
  const problems: InputProblem[] = []
  const templateId = Number(input.template)
  if (!Number.isInteger(templateId) || templateId <= 0)
    problems.push(field('template', 'choose a letter template (its id)'))
  const language = input.language
  if (!isLocale(language))
    problems.push(
      field('language', `"${String(language ?? '')}" is not one of ${ALL_LOCALES.join(', ')}`),
    )
  const unitProblem = unitCodeProblem(input.unitCode)
  if (unitProblem) problems.push(field('unitCode', unitProblem))
  const missing = input.missing ?? 'danish'
  if (missing !== 'danish' && missing !== 'omit')
    problems.push(
      field(
        'missing',
        'must be "danish" (print the Danish, marked) or "omit" (leave the part out)',
      ),
    )
  if (problems.length) throw new LetterInputError(problems)
  return {
    templateId,
    locale: language as Locale,
    unitCode: String(input.unitCode).trim(),
    missing: missing as MissingPolicy,
  }
}

export function parseValues(input: unknown): Record<string, string> {
  if (input === undefined) return {}
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new LetterInputError([field('values', 'must be an object of placeholder → text')])
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(input)) {
    if (typeof value !== 'string') throw new LetterInputError([field(key, 'must be text')])
    values[key] = value
  }
  return values
}
