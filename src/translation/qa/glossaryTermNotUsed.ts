import { termPattern } from '../protect'
import type { QaCheck } from './types'

const containsTerm = (text: string, term: string) => termPattern(term, 'iu').test(text)

export const glossaryTermNotUsedCheck: QaCheck = {
  code: 'glossary-term-not-used',
  severity: 'warning',
  description:
    "A glossary term in the Danish is rendered with the glossary's word for this language.",
  run: ({ sourcePlain, targetPlain, locale, glossary }) =>
    glossary.flatMap((term) => {
      // A lost do-not-translate term is an error of its own (protected-missing), not a style hint.
      if (term.doNotTranslate) return []
      const wanted = term.translations[locale]
      if (!wanted || !containsTerm(sourcePlain, term.source) || containsTerm(targetPlain, wanted))
        return []
      return [
        {
          message: `Glossary: "${term.source}" should be rendered as "${wanted}"${term.note ? ` (${term.note})` : ''}`,
        },
      ]
    }),
}
