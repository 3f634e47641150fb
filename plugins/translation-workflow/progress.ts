import type { PayloadRequest } from 'payload'
import type { TranslatedCollection } from './translatedCollections'
import { currentUser } from '../../src/access/roles'
import { TARGET_LOCALES, type TargetLocale } from '../../src/languages'
import { type LanguageStatus, summariseLanguageStatus, TASK_STATES, type TaskState } from '../../src/workflow/taskStates'
import { visibleLocales } from '../../src/workflow/taskPolicies'
import { type LanguageOpenWork, openWorkByLanguage } from '../../src/translationPlan/openWork'

/** Tasks by language and state: the progress board (translators see their languages). */
export async function taskDashboard(req: PayloadRequest): Promise<{ byLanguage: Record<string, Record<TaskState, number>>; total: number; openWork: Record<string, LanguageOpenWork> }> {
  const user = currentUser(req)
  const locales = visibleLocales(user)
  const byLanguage: Record<string, Record<TaskState, number>> = {}
  let total = 0
  for (const locale of locales) {
    byLanguage[locale] = Object.fromEntries(TASK_STATES.map((s) => [s, 0])) as Record<TaskState, number>
  }
  const tasks = await req.payload.find({ collection: 'translation-tasks', where: { locale: { in: locales } }, depth: 0, pagination: false, overrideAccess: true, select: { locale: true, state: true, documentTitle: true, dueDate: true, priority: true } })
  for (const task of tasks.docs) {
    byLanguage[task.locale][task.state as TaskState]++
    total++
  }
  return { byLanguage, total, openWork: openWorkByLanguage(tasks.docs, locales) }
}

/** The language strip of one document: what is live, and whether it is current, per language. */
export async function documentLanguageStatus(req: PayloadRequest, collection: TranslatedCollection, id: number): Promise<Record<TargetLocale, LanguageStatus>> {
  const tasks = await req.payload.find({
    collection: 'translation-tasks',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, state: true, sourceHashes: true, approvedHashes: true },
  })
  const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
  const live = new Set<string>(doc?.publishedLocales ?? [])
  const byLocale = new Map(tasks.docs.map((t) => [t.locale, t]))
  return Object.fromEntries(
    TARGET_LOCALES.map((l) => {
      const task = byLocale.get(l)
      return [
        l,
        summariseLanguageStatus({
          state: task?.state,
          live: live.has(l),
          sourceHashes: task?.sourceHashes,
          approvedHashes: task?.approvedHashes,
        }),
      ]
    }),
  ) as Record<TargetLocale, LanguageStatus>
}
