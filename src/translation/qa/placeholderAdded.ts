import { single, type QaCheck } from './types'

const placeholders = (text: string) => [...text.matchAll(/\{\{[^{}]*\}\}/g)].map((m) => m[0])

export const placeholderAddedCheck: QaCheck = {
  code: 'placeholder-added',
  severity: 'error',
  description:
    'A {{placeholder}} that the Danish does not have would be filled with nothing or the wrong value.',
  run: single(({ sourcePlain, targetPlain }) => {
    const known = placeholders(sourcePlain)
    const added = placeholders(targetPlain).filter((p) => !known.includes(p))
    return added.length ? `Placeholders not in the Danish: ${added.join(', ')}` : null
  }),
}
