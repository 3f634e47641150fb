import type { PayloadRequest } from 'payload'
import type { TranslatedCollection } from './translatedCollections'
import { currentUser } from '../../src/access/roles'
import { TARGET_LANGUAGES, TARGET_LOCALES, type TargetLocale } from '../../src/languages'
import { capabilitiesFor } from './deepl/capabilities'
import { segmentDocument } from '../../src/translation'
import { translatableFields } from './engine/fieldSpecs'
import {
  type LanguageStatus,
  summariseLanguageStatus,
  TASK_STATES,
  type TaskState,
} from '../../src/workflow/taskStates'
import { visibleLocales } from '../../src/workflow/taskPolicies'
import { type LanguageOpenWork, openWorkByLanguage } from '../../src/translationPlan/openWork'
import { badRequest, notFound } from '../../src/api/httpErrors'

/** Tasks by language and state: the progress board (translators see their languages). */
export async function taskDashboard(req: PayloadRequest): Promise<{
  byLanguage: Record<string, Record<TaskState, number>>
  total: number
  openWork: Record<string, LanguageOpenWork>
}> {
  const user = currentUser(req)
  const locales = visibleLocales(user)
  const byLanguage: Record<string, Record<TaskState, number>> = {}
  let total = 0
  for (const locale of locales) {
    byLanguage[locale] = Object.fromEntries(TASK_STATES.map((s) => [s, 0])) as Record<
      TaskState,
      number
    >
  }
  const tasks = await req.payload.find({
    collection: 'translation-tasks',
    where: { locale: { in: locales } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, state: true, documentTitle: true, dueDate: true, priority: true },
  })
  for (const task of tasks.docs) {
    byLanguage[task.locale][task.state as TaskState]++
    total++
  }
  return { byLanguage, total, openWork: openWorkByLanguage(tasks.docs, locales) }
}

/** The language strip of one document: what is live, and whether it is current, per language. */
export async function documentLanguageStatus(
  req: PayloadRequest,
  collection: TranslatedCollection,
  id: number,
): Promise<Record<TargetLocale, LanguageStatus>> {
  const tasks = await req.payload.find({
    collection: 'translation-tasks',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, state: true, sourceHashes: true, approvedHashes: true },
  })
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
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

export interface LanguagePanelEntry {
  locale: TargetLocale
  label: string
  /** The strip's colour group. */
  status: LanguageStatus | 'withdrawn' | 'failed'
  state: TaskState | null
  /** What the language waits for, in words. */
  waitingFor: string
  taskId: number | null
}

function waitingFor(
  state: TaskState | undefined,
  live: boolean,
  reason: string | null | undefined,
  machine: 'machine' | 'none',
): { status: LanguagePanelEntry['status']; text: string } {
  switch (state) {
    case undefined:
      return { status: 'missing', text: 'Not submitted for translation' }
    case 'queued':
      return {
        status: 'missing',
        text:
          machine === 'none' ? 'Queued for a human translator' : 'Waiting for machine translation',
      }
    case 'machine_translated':
      return { status: 'in_review', text: 'Machine translated; waiting for a translator to review' }
    case 'needs_human':
      return {
        status: 'in_review',
        text:
          machine === 'none'
            ? 'Waiting for a human translator (no machine translation for this language)'
            : 'Waiting for a human translator',
      }
    case 'in_review':
      return { status: 'in_review', text: 'A translator is reviewing' }
    case 'approved':
      return { status: 'in_review', text: 'Approved; publishing' }
    case 'published':
      return live
        ? { status: 'done', text: 'Published' }
        : { status: 'withdrawn', text: 'Withdrawn: approved, but taken offline (Danish is shown)' }
    case 'outdated':
      return {
        status: 'outdated',
        text: live
          ? 'Outdated: the Danish changed; the last approved text stays live until the new one is approved'
          : 'Outdated: the Danish changed; being translated again',
      }
    case 'failed':
      return {
        status: 'failed',
        text: `Machine translation failed${reason ? `: ${reason}` : ''}; a translator or editor can retry`,
      }
    case 'withdrawn':
      return { status: 'withdrawn', text: 'Withdrawn: taken offline (Danish is shown)' }
  }
}

/**
 * The editor's language panel: per language what it waits for (machine, a human, review, outdated,
 * withdrawn, failed with the reason), and whether submitting would change anything (a language
 * without a task, or Danish segments no task was made from).
 */
export async function documentLanguagePanel(
  req: PayloadRequest,
  collection: string,
  id: number,
): Promise<{ languages: LanguagePanelEntry[]; submitNeeded: boolean }> {
  if (!Number.isInteger(id) || id <= 0) throw badRequest('"id" must be a document id')
  const doc = (await req.payload.findByID({
    collection: collection as 'leaflets',
    id,
    locale: 'da',
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as (Record<string, unknown> & { publishedLocales?: string[] | null }) | null
  if (!doc) throw notFound(`No ${collection} document ${id}`)
  const tasks = await req.payload.find({
    collection: 'translation-tasks',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, state: true, failureReason: true, sourceHashes: true },
  })
  const byLocale = new Map(tasks.docs.map((t) => [t.locale, t]))
  const live = new Set(doc.publishedLocales ?? [])
  const capabilities = await capabilitiesFor(req.payload)
  const languages = TARGET_LOCALES.map((locale): LanguagePanelEntry => {
    const task = byLocale.get(locale)
    const { status, text } = waitingFor(
      task?.state as TaskState | undefined,
      live.has(locale),
      task?.failureReason,
      capabilities.languages[locale].translate ? 'machine' : 'none',
    )
    return {
      locale,
      label: TARGET_LANGUAGES[locale].label,
      status,
      state: (task?.state as TaskState | undefined) ?? null,
      waitingFor: text,
      taskId: task?.id ?? null,
    }
  })
  const current = segmentDocument(doc, translatableFields(req.payload, collection))
  const submitNeeded =
    current.length > 0 &&
    TARGET_LOCALES.some((locale) => {
      const hashes = (byLocale.get(locale)?.sourceHashes ?? null) as Record<string, string> | null
      return (
        !hashes ||
        current.some((s) => hashes[s.key] !== s.sourceHash) ||
        Object.keys(hashes).length !== current.length
      )
    })
  return { languages, submitNeeded }
}
