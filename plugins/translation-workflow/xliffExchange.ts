import type { Payload, PayloadRequest } from 'payload'
import type { GlossaryTermDoc } from './collections/GlossaryTerms'
import { currentUser, hasRole, languagesOf } from '../../src/access/roles'
import {
  isTargetLocale,
  SOURCE_LANGUAGE,
  SOURCE_LOCALE,
  TARGET_LANGUAGES,
  type TargetLocale,
} from '../../src/languages'
import { glossaryHints } from '../../src/review/glossaryHints'
import { buildXliff, parseXliff, type XliffFile, type XliffUnit } from '../../src/translation/xliff'
import {
  addedCodes,
  documentOfOriginal,
  pairPoRoundTrips,
  restoreProtectedCodes,
  XliffPlanError,
} from '../../src/translation/xliffImportPlan'
import { isTranslatedCollection, translatedCollections } from './translatedCollections'
import { protectedTextsOf } from './codeLabels'
import type { TaskSegment, TranslationEngine } from './engine/port'
import { assertMayReview, saveTranslation } from './review'
import { loadTask, type TaskDoc } from './taskRecords'
import { EDITABLE_STATES, isEditable } from '../../src/workflow/taskPolicies'
import { badRequest, conflict, forbidden, payloadTooLarge } from '../../src/api/httpErrors'

/** States in which a translation can still be edited, so worth sending to a translator. */
/** Far above any real document (a 1 MB document is ~1.3 MB of XLIFF); beyond it is a mistake. */
export const MAX_XLIFF_BYTES = 8 * 1024 * 1024

const TARGET_STATE: Record<string, string> = {
  human: 'translated',
  'memory-human': 'translated',
  kept: 'translated',
  machine: 'needs-review-translation',
  'memory-machine': 'needs-review-translation',
}

function notesFor(segment: TaskSegment, hints: string[]): string[] {
  return [
    ...(segment.changed ? ['The Danish changed since the last approved translation.'] : []),
    ...hints.map((h) => `Glossary: ${h}`),
    ...segment.qa.map((q) => `QA ${q.severity}: ${q.message}`),
  ]
}

function fileOf(
  task: TaskDoc,
  glossary: GlossaryTermDoc[],
  protectedTexts: Record<string, Record<string, string>>,
): XliffFile {
  const segments = task.segments ?? []
  const hints = glossaryHints(segments, glossary, task.locale)
  const units: XliffUnit[] = segments.map((s) => ({
    id: s.key,
    source: s.source,
    target: s.text || undefined,
    state: TARGET_STATE[s.origin] ?? 'needs-translation',
    notes: notesFor(s, hints[s.key] ?? []),
  }))
  return {
    original: `${task.collection}/${task.documentId}`,
    sourceLanguage: SOURCE_LANGUAGE.bcp47,
    targetLanguage: TARGET_LANGUAGES[task.locale].bcp47,
    title: task.documentTitle,
    units,
    protectedTexts,
  }
}

async function glossaryTerms(payload: Payload): Promise<GlossaryTermDoc[]> {
  return (
    await payload.find({
      collection: 'glossary-terms',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs
}

/** One task as XLIFF, for a translator working in a CAT tool or an agency. */
export async function exportTask(
  payload: Payload,
  req: PayloadRequest,
  taskId: number,
): Promise<{ xml: string; filename: string }> {
  const task = await loadTask(payload, taskId, req)
  assertMayReview(req, task)
  return {
    xml: buildXliff([
      fileOf(task, await glossaryTerms(payload), await protectedTextsOf(payload, task)),
    ]),
    filename: `${task.collection}-${task.documentId}-${task.locale}.xlf`,
  }
}

/** Every task still open for translation in one language, one `<file>` each: a whole batch for an agency. */
export async function exportLanguage(
  payload: Payload,
  req: PayloadRequest,
  locale: string | null,
): Promise<{ xml: string; filename: string; tasks: number }> {
  if (!locale || !isTargetLocale(locale))
    throw badRequest(`"locale" must be one of the target languages`)
  const user = currentUser(req)
  if (
    !hasRole(user, 'admin') &&
    !(hasRole(user, 'translator') && languagesOf(user).includes(locale))
  )
    throw forbidden(`You are not assigned to ${locale}`)
  const tasks = await payload.find({
    collection: 'translation-tasks',
    where: { and: [{ locale: { equals: locale } }, { state: { in: [...EDITABLE_STATES] } }] },
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
    req,
  })
  const glossary = await glossaryTerms(payload)
  const files: XliffFile[] = []
  for (const t of tasks.docs) files.push(fileOf(t, glossary, await protectedTextsOf(payload, t)))
  return { xml: buildXliff(files), filename: `translations-${locale}.xlf`, tasks: files.length }
}

interface PlannedImport {
  task: TaskDoc
  edits: Array<{ key: string; text: string }>
}

async function taskFor(
  payload: Payload,
  req: PayloadRequest,
  file: XliffFile,
  locale: TargetLocale,
): Promise<TaskDoc> {
  const document = documentOfOriginal(file.original)
  if (!document || !isTranslatedCollection(payload.config, document.collection)) {
    throw badRequest(
      `<file original="${file.original}">: not a document of this CMS; "original" must be "<collection>/<id>" with a collection among ${translatedCollections(payload.config).join(', ')}. Nothing was imported.`,
    )
  }
  const { collection, documentId } = document
  const found = await payload.find({
    collection: 'translation-tasks',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: documentId } },
        { locale: { equals: locale } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const task = found.docs.at(0)
  if (!task)
    throw badRequest(
      `${file.original || 'A <file> without "original"'}: no open translation task for this document in ${file.targetLanguage}`,
    )
  return task
}

/** Every file is checked before anything is saved: an import is all or nothing. */
function plan(file: XliffFile, task: TaskDoc): PlannedImport {
  const where = `${file.original} (${task.locale})`
  if (file.sourceLanguage.toLowerCase().split(/[-_]/)[0] !== SOURCE_LOCALE)
    throw badRequest(
      `${where}: the source language is "${file.sourceLanguage}", expected Danish (da)`,
    )
  if (!isEditable(task.state))
    throw conflict(
      `${where}: the task is ${task.state}; only a task waiting for or in review takes a translation`,
    )
  const segments = new Map((task.segments ?? []).map((s) => [s.key, s]))
  const unknown = file.units.filter((u) => !segments.has(u.id)).map((u) => u.id)
  if (unknown.length) throw badRequest(`${where}: unknown segment(s) ${unknown.join(', ')}`)
  // The Danish moved on since the export: a translation of the old text must not land on the new one.
  const stale = file.units.filter((u) => u.source !== segments.get(u.id)!.source).map((u) => u.id)
  if (stale.length)
    throw conflict(
      `${where}: the Danish changed since this file was exported (${stale.join(', ')}); export again. Nothing was imported.`,
    )
  // A CAT tool may write a protected code out as its text; the code goes back where the text is.
  const targets = file.units
    .filter((u) => u.target !== undefined && u.target.trim() !== '')
    .map((u) => ({ key: u.id, text: restoreProtectedCodes(u.target!, u.source, u.codeTexts) }))
  // The README's promise: a changed inline code is refused, not stored with a QA error afterwards.
  for (const { key, text } of targets) {
    const added = addedCodes(segments.get(key)!.source, text)
    if (added.length)
      throw badRequest(
        `${where}: unit "${key}" adds inline code(s) the Danish does not have: ${added.join(', ')}. Remove them and import again. Nothing was imported.`,
      )
  }
  const edits = targets.filter((e) => e.text !== segments.get(e.key)!.text)
  return { task, edits }
}

/**
 * Brings translations back from XLIFF: each `<file>` lands on its document's task in the file's
 * target language as a translator's save (marked human, QA run, draft rewritten). Empty targets
 * keep what the task has; nothing is approved or published by an import.
 */
export async function importXliff(
  payload: Payload,
  engine: TranslationEngine,
  req: PayloadRequest,
  xml: string,
): Promise<{
  files: number
  tasks: Array<{ id: number; locale: string; imported: number; state: string }>
}> {
  if (Buffer.byteLength(xml) > MAX_XLIFF_BYTES)
    throw payloadTooLarge(`The XLIFF is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB`)
  let files: XliffFile[]
  try {
    // An XliffError is a 400 by the mapping in src/api/httpErrors.ts; so is a file the plan cannot pair.
    files = pairPoRoundTrips(parseXliff(xml))
  } catch (error) {
    if (error instanceof XliffPlanError) throw badRequest(error.message)
    throw error
  }
  const plans: PlannedImport[] = []
  for (const file of files) {
    // CAT tools often write regional tags (ar-SA, fa-IR); the language is what matters.
    const locale = file.targetLanguage.toLowerCase().split(/[-_]/)[0]
    if (!isTargetLocale(locale))
      throw badRequest(
        `${file.original}: target language "${file.targetLanguage}" is not one of this CMS's languages`,
      )
    const task = await taskFor(payload, req, file, locale)
    assertMayReview(req, task)
    if (plans.some((p) => p.task.id === task.id))
      throw badRequest(`${file.original} (${locale}) appears twice in the file`)
    plans.push(plan(file, task))
  }
  const results = []
  for (const { task, edits } of plans) {
    const saved = edits.length ? await saveTranslation(payload, engine, req, task.id, edits) : task
    results.push({ id: task.id, locale: task.locale, imported: edits.length, state: saved.state })
  }
  return { files: files.length, tasks: results }
}
