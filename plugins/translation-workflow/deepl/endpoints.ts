import type { Endpoint, PayloadRequest } from 'payload'
import {
  createProviderFromEnv,
  deeplConnectionFromEnv,
  fetchDeeplUsage,
  machineTranslationOffReason,
} from '../../../src/adapters'
import { currentUser, hasRole } from '../../../src/access/roles'
import { forbidden, unauthorized } from '../../../src/api/httpErrors'
import { TARGET_LANGUAGES, TARGET_LOCALES } from '../../../src/languages'
import { routeOf } from '../../../src/translation'
import { capabilitiesFor } from './capabilities'
import { queueGlossarySync } from './glossarySync'

function requireStaff(req: PayloadRequest): void {
  const user = currentUser(req)
  if (!user) throw unauthorized('Sign in first')
  if (!user.roles?.some((r) => r === 'admin' || r === 'editor' || r === 'translator'))
    throw forbidden('Only CMS staff see the machine-translation status')
}

export type DeeplUsageReport = {
  provider: 'deepl' | 'pseudo' | 'off'
  /** False when DeepL could not be asked (unreachable, refused); then there are no numbers. */
  reachable: boolean
  used: number | null
  limit: number | null
  percent: number | null
  /** From 80 % of the limit, or when DeepL cannot be reached: the dashboard shows it as a warning. */
  warning: boolean
  text: string
  capabilities: {
    origin: 'deepl' | 'fallback'
    checkedAt: string | null
    lastError: string | null
    /** Per language: how segments go to DeepL (`tags`, `runs`, `none`) and whether a glossary applies. */
    languages: Array<{ locale: string; label: string; route: string; glossary: boolean }>
  }
}

/** GET /api/translation-tasks/deepl-usage: characters used of the limit, and what DeepL can do. */
export async function deeplUsageReport(req: PayloadRequest): Promise<DeeplUsageReport> {
  const capabilities = await capabilitiesFor(req.payload)
  const stored = await req.payload.findGlobal({
    slug: 'deepl-capabilities',
    depth: 0,
    overrideAccess: true,
  })
  const languages = TARGET_LOCALES.map((locale) => ({
    locale,
    label: TARGET_LANGUAGES[locale].label,
    route: routeOf(capabilities.languages[locale]),
    glossary: capabilities.languages[locale].glossary,
  }))
  const capabilityStatus = {
    origin: capabilities.origin,
    checkedAt: capabilities.checkedAt,
    lastError: stored.lastError ?? null,
    languages,
  }
  const none = { used: null, limit: null, percent: null }
  const connection = deeplConnectionFromEnv()
  if (!connection) {
    const off = machineTranslationOffReason()
    const pseudo = !off && createProviderFromEnv(process.env, () => {})?.name === 'pseudo'
    return {
      provider: pseudo ? 'pseudo' : 'off',
      reachable: false,
      ...none,
      warning: false,
      text: pseudo
        ? 'Pseudo-translation is active (no DEEPL_AUTH_KEY): output is marked ⟦xx⟧ for layout testing, and no DeepL characters are used.'
        : (off ?? 'Machine translation is off.'),
      capabilities: capabilityStatus,
    }
  }
  try {
    // One quick attempt: the dashboard must not hang on DeepL.
    const usage = await fetchDeeplUsage({ ...connection, attempts: 1, timeoutMs: 5_000 })
    return {
      provider: 'deepl',
      reachable: true,
      used: usage.used,
      limit: usage.limit,
      percent: usage.percent,
      warning: usage.warning,
      text: usage.text,
      capabilities: capabilityStatus,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      provider: 'deepl',
      reachable: false,
      ...none,
      warning: true,
      text: `DeepL could not be reached, so its usage is unknown: ${message}`,
      capabilities: capabilityStatus,
    }
  }
}

export const deeplUsageEndpoints: Endpoint[] = [
  {
    path: '/deepl-usage',
    method: 'get',
    handler: async (req) => {
      requireStaff(req)
      return Response.json(await deeplUsageReport(req), {
        headers: { 'cache-control': 'no-store' },
      })
    },
  },
]

/** GET the glossary's DeepL sync state (staff); POST queues a sync now (admins: a retry). */
export const glossarySyncEndpoints: Endpoint[] = [
  {
    path: '/deepl-sync',
    method: 'get',
    handler: async (req) => {
      requireStaff(req)
      const record = await req.payload.findGlobal({
        slug: 'deepl-glossary-sync',
        depth: 0,
        overrideAccess: true,
      })
      return Response.json(
        {
          deeplConfigured: Boolean(deeplConnectionFromEnv()),
          state: record.state ?? null,
          glossaryId: record.glossaryId ?? null,
          lastSyncedAt: record.lastSyncedAt ?? null,
          lastAttemptAt: record.lastAttemptAt ?? null,
          lastError: record.lastError ?? null,
          languages: record.languages ?? [],
        },
        { headers: { 'cache-control': 'no-store' } },
      )
    },
  },
  {
    path: '/deepl-sync',
    method: 'post',
    handler: async (req) => {
      if (!currentUser(req)) throw unauthorized('Sign in first')
      if (!hasRole(currentUser(req), 'admin')) throw forbidden('Only admins sync the glossary')
      if (!deeplConnectionFromEnv())
        return Response.json(
          { queued: false, message: 'DeepL is not configured (no DEEPL_AUTH_KEY)' },
          { status: 409 },
        )
      const queued = await queueGlossarySync(req.payload, req)
      return Response.json({
        queued,
        message: queued ? 'Sync queued' : 'A sync is already waiting to run',
      })
    },
  },
]
