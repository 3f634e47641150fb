import { tagsBalanced } from '../markup'
import { single, type QaCheck } from './types'

export const tagsUnbalancedCheck: QaCheck = {
  code: 'tags-unbalanced',
  severity: 'error',
  description: 'Formatting tags must be closed, in the order they were opened.',
  run: single(({ target }) =>
    tagsBalanced(target) ? null : 'Formatting tags are not closed in the right order',
  ),
}
