import { lettersOf } from './lettersOf'
import { single, type QaCheck } from './types'

export const untranslatedCheck: QaCheck = {
  code: 'untranslated',
  severity: 'warning',
  description: 'A translation identical to the Danish was probably not translated.',
  run: single((ctx) =>
    lettersOf(ctx).length >= 10 && ctx.targetPlain.trim() === ctx.sourcePlain.trim()
      ? 'The translation is identical to the Danish'
      : null,
  ),
}
