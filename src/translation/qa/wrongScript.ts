import { TARGET_LANGUAGES } from '../../languages'
import { lettersOf } from './lettersOf'
import { single, type QaCheck } from './types'

const SCRIPT_PATTERN = {
  latin: /\p{Script=Latin}/u,
  arabic: /\p{Script=Arabic}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
}

export const wrongScriptCheck: QaCheck = {
  code: 'wrong-script',
  severity: 'error',
  description:
    'Most letters are in the script the language is written in (Arabic script for Arabic, Urdu, Persian).',
  run: single((ctx) => {
    const letters = lettersOf(ctx)
    if (letters.length < 8) return null
    const { script, label } = TARGET_LANGUAGES[ctx.locale]
    const share = letters.filter((ch) => SCRIPT_PATTERN[script].test(ch)).length / letters.length
    return share < 0.5
      ? `Most of the text is not in the ${script} script ${label} is written in`
      : null
  }),
}
