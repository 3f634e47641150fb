import { emptyCheck } from './empty'
import { glossaryTermNotUsedCheck } from './glossaryTermNotUsed'
import { lengthRatioCheck } from './lengthRatio'
import { numbersChangedCheck } from './numbersChanged'
import { placeholderAddedCheck } from './placeholderAdded'
import { protectedMissingCheck } from './protectedMissing'
import { pseudoTranslationCheck } from './pseudoTranslation'
import { tagsChangedCheck } from './tagsChanged'
import { tagsUnbalancedCheck } from './tagsUnbalanced'
import type { QaCheck } from './types'
import { untranslatedCheck } from './untranslated'
import { wrongLanguageCheck } from './wrongLanguage'
import { wrongScriptCheck } from './wrongScript'

/** Every QA check, in the order the review screen lists what they find. Add a check here. */
export const QA_CHECKS: readonly QaCheck[] = [
  emptyCheck,
  pseudoTranslationCheck,
  tagsUnbalancedCheck,
  tagsChangedCheck,
  protectedMissingCheck,
  placeholderAddedCheck,
  numbersChangedCheck,
  glossaryTermNotUsedCheck,
  lengthRatioCheck,
  wrongScriptCheck,
  wrongLanguageCheck,
  untranslatedCheck,
]
