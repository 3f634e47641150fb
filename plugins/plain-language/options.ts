import type { Audience } from '../../src/translationPlan'

export interface PlainLanguageOptions {
  /**
   * Per content collection: the highest LIX its Danish may have before translation (null: no
   * gate) and who reads it (citizen texts go to every language by default, staff texts to none).
   */
  collections: Partial<Record<string, { lixLimit: number | null; audience: Audience }>>
}

export const DEFAULT_PLAIN_LANGUAGE_OPTIONS: PlainLanguageOptions = {
  collections: {
    leaflets: { lixLimit: 40, audience: 'citizens' },
    'welcome-materials': { lixLimit: 40, audience: 'citizens' },
    'letter-templates': { lixLimit: 40, audience: 'citizens' },
    methods: { lixLimit: null, audience: 'staff' },
    'reflection-questions': { lixLimit: null, audience: 'staff' },
  },
}

export function collectionRules(
  options: PlainLanguageOptions,
  collection: string,
): { lixLimit: number | null; audience: Audience } {
  return options.collections[collection] ?? { lixLimit: null, audience: 'citizens' }
}
