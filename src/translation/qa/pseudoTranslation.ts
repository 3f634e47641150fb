import { single, type QaCheck } from './types'

/** The pseudo provider's mark (⟦ar⟧ ...): such text must never be approved or published. */
export const PSEUDO_MARKER = /⟦[a-z]{2,3}(?:-[A-Za-z]{2,4})?⟧/

export const pseudoTranslationCheck: QaCheck = {
  code: 'pseudo-translation',
  severity: 'error',
  description:
    'Pseudo-translation (⟦xx⟧ layout test text) is not a translation and cannot be approved.',
  run: single((ctx) =>
    PSEUDO_MARKER.test(ctx.targetPlain)
      ? 'This is pseudo-translation (⟦…⟧ layout test text), not a translation; translate it before approving'
      : null,
  ),
}
