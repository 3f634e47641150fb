import { termPattern } from '../protect'
import type { QaCheck } from './types'

const containsTerm = (text: string, term: string) => termPattern(term, 'iu').test(text)

/**
 * A do-not-translate term (MitID, Borgerrådgiveren) that the Danish has and the translation lost.
 * Providers can drop the code that shields such a term (DeepL sometimes does, its mock always);
 * a name missing from a letter is a wrong letter, so this blocks approval. Phone numbers, URLs,
 * e-mail addresses and {{placeholders}} are codes in the segment itself and are `tags-changed`.
 */
export const protectedMissingCheck: QaCheck = {
  code: 'protected-missing',
  severity: 'error',
  description:
    'Protected text the Danish has (a do-not-translate term such as MitID) is in the translation, exactly as written.',
  run: ({ sourcePlain, targetPlain, glossary }) =>
    glossary
      .filter(
        (term) =>
          term.doNotTranslate &&
          term.source.trim() &&
          containsTerm(sourcePlain, term.source) &&
          !containsTerm(targetPlain, term.source),
      )
      .map((term) => ({
        message: `Protected text missing: "${term.source}" must stay as written`,
        details: { missing: term.source },
      })),
}
