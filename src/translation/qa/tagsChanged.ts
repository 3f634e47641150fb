import { tagSequence } from '../markup'
import { single, type QaCheck } from './types'

const opening = (text: string) => tagSequence(text).filter((t) => !t.startsWith('/'))

export const tagsChangedCheck: QaCheck = {
  code: 'tags-changed',
  severity: 'error',
  description:
    'Formatting, links and protected text (numbers, addresses, {{placeholders}}) are the same codes as in the Danish.',
  run: single(({ source, target }) => {
    const sourceTags = opening(source)
    const targetTags = opening(target)
    const missing = sourceTags.filter((t) => !targetTags.includes(t))
    const added = targetTags.filter((t) => !sourceTags.includes(t))
    if (!missing.length && !added.length) return null
    return {
      message: `Formatting, links or protected text (numbers, addresses, {{placeholders}}) differ from the Danish${missing.length ? `; missing: ${missing.join(', ')}` : ''}${added.length ? `; added: ${added.join(', ')}` : ''}`,
      details: { missing, added },
    }
  }),
}
