import type { Payload, TaskConfig } from 'payload'
import {
  currentCapabilities,
  deeplConnectionFromEnv,
  fetchDeeplCapabilities,
  setCurrentCapabilities,
} from '../../../src/adapters'
import {
  capabilitiesFromRecord,
  FALLBACK_CAPABILITIES,
  type MachineTranslationCapabilities,
} from '../../../src/translation'
import { processGlobal } from '../../../src/processGlobal'

/** Another process's daily refresh is picked up within this long. */
const RELOAD_MS = 60_000
const loaded = processGlobal(
  'kommune-cms.deeplCapabilitiesLoaded',
  () => new Map<Payload, number>(),
)

/** The stored reading (or the fallback table), made this process's current view. */
async function loadStored(payload: Payload): Promise<MachineTranslationCapabilities> {
  const record = await payload.findGlobal({
    slug: 'deepl-capabilities',
    depth: 0,
    overrideAccess: true,
  })
  const capabilities = capabilitiesFromRecord(record.reading) ?? FALLBACK_CAPABILITIES
  setCurrentCapabilities(capabilities)
  loaded.set(payload, Date.now())
  return capabilities
}

/**
 * What DeepL can do per language, as this process should route by it now: the stored last
 * reading, re-read at most once a minute. Cheap enough to call before every machine pass.
 */
export async function capabilitiesFor(payload: Payload): Promise<MachineTranslationCapabilities> {
  if (Date.now() - (loaded.get(payload) ?? 0) < RELOAD_MS) return currentCapabilities()
  return loadStored(payload)
}

/**
 * Asks DeepL's /v3/languages (at start and daily). A list we understand is stored and used;
 * when DeepL cannot be reached or answers garbage, the last reading stays (the fallback table if
 * there never was one) and the error is recorded for the dashboard. Without a DeepL key there is
 * nothing to ask. Never throws: start and the daily job must not fail over it.
 */
export async function refreshCapabilities(
  payload: Payload,
  options: { atStart?: boolean } = {},
): Promise<MachineTranslationCapabilities> {
  const configured = deeplConnectionFromEnv()
  if (!configured) return loadStored(payload)
  // At start one quick attempt: a DeepL outage must not hold the CMS back; the daily job retries.
  const connection = options.atStart ? { ...configured, attempts: 1, timeoutMs: 5_000 } : configured
  const checkedAt = new Date()
  try {
    const reading = await fetchDeeplCapabilities(connection, checkedAt)
    await payload.updateGlobal({
      slug: 'deepl-capabilities',
      data: { reading: reading as never, lastCheckedAt: checkedAt.toISOString(), lastError: null },
      overrideAccess: true,
      depth: 0,
    })
    setCurrentCapabilities(reading)
    loaded.set(payload, Date.now())
    return reading
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.warn(
      `DeepL's language list could not be read; routing by the last known one: ${message}`,
    )
    await payload.updateGlobal({
      slug: 'deepl-capabilities',
      data: { lastCheckedAt: checkedAt.toISOString(), lastError: message },
      overrideAccess: true,
      depth: 0,
    })
    return loadStored(payload)
  }
}

/** Daily, as DeepL advises caching its language list rather than hard-coding it. */
export const refreshDeeplCapabilitiesTask: TaskConfig<{
  input: Record<string, never>
  output: { origin: string }
}> = {
  slug: 'refresh-deepl-capabilities',
  label: "Read DeepL's language capabilities",
  schedule: [{ cron: process.env.CMS_DEEPL_CAPABILITIES_CRON ?? '0 4 * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => ({
    output: { origin: (await refreshCapabilities(req.payload)).origin },
  }),
}
