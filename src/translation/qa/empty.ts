import { single, type QaCheck } from './types'

export const emptyCheck: QaCheck = {
  code: 'empty',
  severity: 'error',
  description: 'The Danish has words or numbers but the translation is empty.',
  stopsOthers: true,
  run: single(({ sourcePlain, targetPlain }) =>
    !targetPlain.trim() && /[\p{L}\p{N}]/u.test(sourcePlain) ? 'The translation is empty' : null,
  ),
}
