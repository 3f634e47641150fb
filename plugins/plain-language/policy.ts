import { TARGET_LOCALES } from '../../src/languages'
import { gateDecision } from '../../src/readability'
import { chosenTargetLocales, PRIORITIES } from '../../src/translationPlan'
import { SubmissionRefused, type SubmissionPolicy } from '../translation-workflow/submissionPolicy'
import { reserveCharacters } from './budgets'
import { collectionRules, type PlainLanguageOptions } from './options'
import { latestOverride, readabilityOfStored } from './scoring'

/** The plain-language rules as the workflow's submission policy: gate, chosen languages, task fields, budget. */
export function plainLanguagePolicy(options: PlainLanguageOptions): SubmissionPolicy {
  return {
    async admit({ collection, sourceDoc, payload }) {
      const { readability, limit } = await readabilityOfStored(payload, collection, sourceDoc)
      const override = await latestOverride(payload, collection, sourceDoc.id as number)
      const decision = gateDecision(readability, limit, override)
      if (decision.pass) return
      throw new SubmissionRefused(decision.message, 422, {
        limit,
        readability:
          readability.status === 'scored'
            ? { score: readability.score, label: readability.label, hints: readability.hints }
            : readability,
      })
    },
    targetLocales({ collection, sourceDoc }) {
      return chosenTargetLocales(
        TARGET_LOCALES,
        collectionRules(options, collection).audience,
        sourceDoc as { translateInto?: string; targetLanguages?: string[] },
      )
    },
    taskFields({ sourceDoc }) {
      const due = sourceDoc.translationDueDate
      const priority = sourceDoc.translationPriority
      // A task's due date set by hand stays unless the document names one.
      return {
        ...(typeof due === 'string' && due ? { dueDate: due } : {}),
        priority: PRIORITIES.find((p) => p === priority) ?? 'normal',
      }
    },
    async machineTranslation({ payload, department, characters }) {
      if (department === null) return { allowed: true }
      return reserveCharacters(payload, department, characters)
    },
  }
}
