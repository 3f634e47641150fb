import type { Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import type { TranslationTask } from '../../payload-types'
import { TARGET_LOCALES, type TargetLocale } from '../../src/languages'

/**
 * What other plugins may decide about a submission, without the workflow knowing them: which
 * languages a document wants, what its tasks carry (due date, priority), whether its Danish may go
 * to translation at all (the readability gate) and whether machine translation may be paid for
 * (the department's budget). A plugin sets it in `config.custom.submissionPolicy`; without one,
 * every document goes to every language and machine translation is always allowed.
 */
export interface SubmissionPolicy {
  /** Throws (a 4xx APIError) when the document may not be submitted. */
  admit(args: {
    collection: string
    sourceDoc: Record<string, unknown>
    req?: PayloadRequest
    payload: Payload
  }): Promise<void>
  targetLocales(args: { collection: string; sourceDoc: Record<string, unknown> }): TargetLocale[]
  taskFields(args: {
    collection: string
    sourceDoc: Record<string, unknown>
  }): Partial<Pick<TranslationTask, 'dueDate' | 'priority'>>
  /**
   * Before a provider is called: `allowed: false` sends the task to a human with `reason`. An
   * allowance may hold the characters until the pass has billed; the workflow then calls `release`.
   */
  machineTranslation(args: {
    payload: Payload
    department: number | null
    characters: number
  }): Promise<{ allowed: true; release?: () => Promise<void> } | { allowed: false; reason: string }>
}

/** A submission the policy refused (e.g. the Danish is harder to read than the collection allows). */
export class SubmissionRefused extends APIError {
  constructor(message: string, status = 422, data?: Record<string, unknown>) {
    super(message, status, data, true)
    this.name = 'SubmissionRefused'
  }
}

export const DEFAULT_SUBMISSION_POLICY: SubmissionPolicy = {
  admit: async () => {},
  targetLocales: () => TARGET_LOCALES,
  taskFields: () => ({}),
  machineTranslation: async () => ({ allowed: true }),
}

export function submissionPolicyOf(payload: Payload): SubmissionPolicy {
  return (
    (payload.config.custom?.submissionPolicy as SubmissionPolicy | undefined) ??
    DEFAULT_SUBMISSION_POLICY
  )
}
