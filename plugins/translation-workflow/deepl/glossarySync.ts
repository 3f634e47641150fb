import { createHash } from 'node:crypto'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
  TaskConfig,
} from 'payload'
import * as deepl from 'deepl-node'
import { deeplConnectionFromEnv, syncDeeplGlossary } from '../../../src/adapters'
import type { TargetLocale } from '../../../src/languages'
import { glossaryDictionaries, type GlossaryTerm } from '../../../src/translation'
import type { GlossaryTermDoc } from '../collections/GlossaryTerms'
import { capabilitiesFor } from './capabilities'
import type { GlossarySyncState } from './globals'

export const GLOSSARY_SYNC_TASK = 'sync-deepl-glossary'

export function toGlossaryTerm(doc: GlossaryTermDoc): GlossaryTerm {
  const translations = Object.fromEntries(
    Object.entries(doc.translations ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()),
  ) as Partial<Record<TargetLocale, string>>
  return {
    source: doc.term,
    translations,
    doNotTranslate: Boolean(doc.doNotTranslate),
    note: doc.note ?? undefined,
  }
}

export async function loadGlossary(payload: Payload): Promise<GlossaryTerm[]> {
  const docs = await payload.find({
    collection: 'glossary-terms',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.docs.map(toGlossaryTerm)
}

async function recordState(
  payload: Payload,
  data: {
    state: GlossarySyncState
    glossaryId?: string | null
    lastSyncedAt?: string
    lastAttemptAt?: string
    lastError?: string | null
    languages?: Array<{ locale: TargetLocale; entries: number }>
    syncedHash?: string | null
  },
  req?: PayloadRequest,
): Promise<void> {
  await payload.updateGlobal({
    slug: 'deepl-glossary-sync',
    data: data as never,
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
}

/**
 * Queues one sync unless one is already waiting to run (it will read the terms as they are when
 * it runs, so a burst of edits makes one sync). Without a DeepL key there is nothing to sync.
 */
export async function queueGlossarySync(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  if (!deeplConnectionFromEnv()) return false
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: GLOSSARY_SYNC_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
        // A failed attempt waiting for its retry does not hold back a sync of the newer terms.
        { totalTried: { equals: 0 } },
      ],
    },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  if (waiting.totalDocs > 0) return false
  await payload.jobs.queue({ task: GLOSSARY_SYNC_TASK, input: {}, ...(req ? { req } : {}) })
  await recordState(payload, { state: 'pending' }, req)
  return true
}

/** Glossary terms changed: sync in the background; the save itself never waits for DeepL. */
export const queueSyncAfterChange: CollectionAfterChangeHook = async ({ req }) => {
  await queueGlossarySync(req.payload, req)
}
export const queueSyncAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await queueGlossarySync(req.payload, req)
}

/**
 * Sends the glossary to DeepL for every language pair DeepL takes glossaries for, and records
 * the outcome: `synced` with the glossary id translations then use, or `failed` with DeepL's
 * error (the last synced glossary stays in use). An identical glossary is not sent again.
 */
export async function runGlossarySync(payload: Payload): Promise<GlossarySyncState> {
  const connection = deeplConnectionFromEnv()
  if (!connection) return 'synced'
  const attemptAt = new Date().toISOString()
  const previous = await payload.findGlobal({
    slug: 'deepl-glossary-sync',
    depth: 0,
    overrideAccess: true,
  })
  const capabilities = await capabilitiesFor(payload)
  const terms = await loadGlossary(payload)
  const dictionaries = glossaryDictionaries(terms, capabilities)
  const languages = dictionaries.map((d) => ({
    locale: d.target,
    entries: Object.keys(d.entries).length,
  }))
  const hash = createHash('sha256').update(JSON.stringify(dictionaries)).digest('hex')
  if (previous.state === 'synced' && previous.syncedHash === hash) {
    await recordState(payload, { state: 'synced', lastAttemptAt: attemptAt })
    return 'synced'
  }
  const existingId = previous.glossaryId ?? undefined
  try {
    let glossaryId = await syncDeeplGlossary(connection, terms, existingId, capabilities)
    if (!glossaryId && existingId) {
      // No language has an entry any more: the old glossary must not go on shaping translations.
      await new deepl.DeepLClient(connection.authKey, {
        serverUrl: connection.serverUrl,
        sendPlatformInfo: false,
      })
        .deleteMultilingualGlossary(existingId)
        .catch(() => undefined)
      glossaryId = null
    }
    await recordState(payload, {
      state: 'synced',
      glossaryId,
      lastSyncedAt: attemptAt,
      lastAttemptAt: attemptAt,
      lastError: null,
      languages,
      syncedHash: hash,
    })
    return 'synced'
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.warn(
      `DeepL glossary sync failed; translations use the last synced glossary: ${message}`,
    )
    // A glossary that DeepL no longer knows (deleted by hand) is made anew on the retry.
    const gone = error instanceof deepl.GlossaryNotFoundError
    await recordState(payload, {
      state: 'failed',
      lastAttemptAt: attemptAt,
      lastError: message,
      ...(gone ? { glossaryId: null, syncedHash: null } : {}),
    })
    return 'failed'
  }
}

/**
 * The sync as a job: retried by the queue with backoff (a person can also retry from the
 * glossary screen); each attempt records its outcome, so the screen shows `failed` at once.
 */
export const syncDeeplGlossaryTask: TaskConfig<{
  input: Record<string, never>
  output: { state: string }
}> = {
  slug: GLOSSARY_SYNC_TASK,
  label: 'Sync the glossary to DeepL',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    const state = await runGlossarySync(req.payload)
    if (state === 'failed') throw new Error('DeepL glossary sync failed; see deepl-glossary-sync')
    return { output: { state } }
  },
}

/** The glossary id translations send: the last one synced, whatever the current sync's state. */
export async function lastSyncedGlossaryId(payload: Payload): Promise<string | undefined> {
  const record = await payload.findGlobal({
    slug: 'deepl-glossary-sync',
    depth: 0,
    overrideAccess: true,
  })
  return record.glossaryId ?? undefined
}
