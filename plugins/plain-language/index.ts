import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { PRIORITIES } from '../../src/translationPlan'
import { LetterPractice } from './collections/LetterPractice'
import { MachineTranslationUsage } from './collections/MachineTranslationUsage'
import { PlainWords } from './collections/PlainWords'
import { readabilityOverridesCollection } from './collections/ReadabilityOverrides'
import { TranslationBudgets } from './collections/TranslationBudgets'
import { plainLanguageEndpoints } from './endpoints'
import { plainLanguageFields } from './fields'
import { recordBilledCharacters } from './hooks/recordBilledCharacters'
import { storeReadability } from './hooks/storeReadability'
import { DEFAULT_PLAIN_LANGUAGE_OPTIONS, type PlainLanguageOptions } from './options'
import { plainLanguagePolicy } from './policy'
import { readableFieldsOf } from './readableFields'

export type { PlainLanguageOptions } from './options'

const taskPriorityField: Field = {
  name: 'priority',
  type: 'select',
  defaultValue: 'normal',
  index: true,
  options: PRIORITIES.map((p) => ({ label: p, value: p })),
  admin: {
    position: 'sidebar',
    description: "The document's translation priority, set by its department.",
  },
}

/**
 * Plain Danish before translation: readability (LIX and hints) stored with every version and
 * shown live in the editor, the gate before translation with an audited override, the
 * department's choice of languages, priority and due date per document, yearly character
 * budgets, the editable word list and the letter practice catalogue. Register after the
 * translation workflow (it extends the translation tasks).
 */
export const plainLanguage =
  (options: PlainLanguageOptions = DEFAULT_PLAIN_LANGUAGE_OPTIONS): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug === 'translation-tasks') {
        return {
          ...collection,
          fields: [...collection.fields, taskPriorityField],
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), recordBilledCharacters],
          },
        }
      }
      if (!(collection.slug in options.collections)) return collection
      return {
        ...collection,
        fields: [...collection.fields, ...plainLanguageFields(readableFieldsOf(collection.fields))],
        hooks: {
          ...collection.hooks,
          beforeChange: [...(collection.hooks?.beforeChange ?? []), storeReadability],
        },
      }
    })
    return {
      ...config,
      collections: [
        ...collections,
        PlainWords,
        LetterPractice,
        TranslationBudgets,
        MachineTranslationUsage,
        readabilityOverridesCollection(Object.keys(options.collections)),
      ],
      endpoints: [...(config.endpoints ?? []), ...plainLanguageEndpoints],
      custom: {
        ...config.custom,
        plainLanguage: options,
        submissionPolicy: plainLanguagePolicy(options),
      },
    }
  }
