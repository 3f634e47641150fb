import { TARGET_LOCALES, type TargetLocale } from '../languages'
import type { TaskState } from './taskStates'

/**
 * States in which a translator's text is taken (save, XLIFF import): the task waits for or is in
 * review, or was withdrawn by an admin (its way back goes through review).
 */
export const EDITABLE_STATES: readonly TaskState[] = [
  'machine_translated',
  'needs_human',
  'in_review',
  'withdrawn',
]

/** States in which a task waits for a person; entering one sets `awaitingNotice` for the digest. */
export const READY_FOR_TRANSLATOR: readonly TaskState[] = ['machine_translated', 'needs_human']

export function isEditable(state: TaskState): boolean {
  return EDITABLE_STATES.includes(state)
}

/** The parts of a user that decide which languages' work they see. */
export interface LanguageViewer {
  roles?: readonly string[] | null
  languages?: readonly TargetLocale[] | null
}

/** Admins and editors follow every language; a translator sees the languages assigned to them. */
export function visibleLocales(user: LanguageViewer | null): TargetLocale[] {
  const roles = user?.roles ?? []
  if (roles.includes('admin') || roles.includes('editor')) return [...TARGET_LOCALES]
  if (roles.includes('translator'))
    return TARGET_LOCALES.filter((l) => user?.languages?.includes(l))
  return []
}
