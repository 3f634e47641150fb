import * as deepl from 'deepl-node'
import {
  capabilitiesFromDeepl,
  LanguageListError,
  type MachineTranslationCapabilities,
} from '../translation/providers/capabilities'
import { usageSummary, type UsageSummary } from '../translation/providers/usage'

export interface DeeplConnection {
  authKey: string
  serverUrl?: string
  attempts?: number
  timeoutMs?: number
}

/**
 * deepl-node (1.28) has no method for /v3/languages yet; this subclass asks it through the
 * client's own HTTP layer, so the auth header, the server URL (free or pro key), retries and
 * error mapping are exactly those of every other DeepL call.
 */
class DeeplLanguagesClient extends deepl.DeepLClient {
  async languagesFor(resource: 'translate_text' | 'glossary'): Promise<unknown> {
    const { statusCode, content } = await this.httpClient.sendRequestWithBackoff<string>(
      'GET',
      '/v3/languages',
      { data: new URLSearchParams({ resource }) },
    )
    await deepl.checkStatusCode(statusCode, content)
    try {
      return JSON.parse(content)
    } catch {
      throw new LanguageListError(`?resource=${resource} did not answer JSON`)
    }
  }
}

function clientFor(connection: DeeplConnection): DeeplLanguagesClient {
  return new DeeplLanguagesClient(connection.authKey, {
    serverUrl: connection.serverUrl,
    maxRetries: connection.attempts ?? 2,
    minTimeout: connection.timeoutMs ?? 10_000,
    sendPlatformInfo: false,
  })
}

/** Reads DeepL's language lists for text translation and glossaries; throws when it cannot. */
export async function fetchDeeplCapabilities(
  connection: DeeplConnection,
  now: Date = new Date(),
): Promise<MachineTranslationCapabilities> {
  const client = clientFor(connection)
  const [translateText, glossary] = await Promise.all([
    client.languagesFor('translate_text'),
    client.languagesFor('glossary'),
  ])
  return capabilitiesFromDeepl(translateText, glossary, now)
}

/** Characters used of the limit this billing period (`GET /v2/usage`); throws when it cannot. */
export async function fetchDeeplUsage(connection: DeeplConnection): Promise<UsageSummary> {
  const usage = await clientFor(connection).getUsage()
  const character = usage.character
  if (!character || !Number.isFinite(character.count) || !Number.isFinite(character.limit))
    throw new Error('DeepL did not report character usage for this account')
  return usageSummary(character.count, character.limit)
}

/** The DeepL connection the environment configures, or null without a key. */
export function deeplConnectionFromEnv(
  env: Record<string, string | undefined> = process.env,
): DeeplConnection | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim()
  if (!authKey) return null
  return {
    authKey,
    serverUrl: env.DEEPL_SERVER_URL || undefined,
    attempts: env.DEEPL_ATTEMPTS ? Number(env.DEEPL_ATTEMPTS) : undefined,
    timeoutMs: env.DEEPL_TIMEOUT_MS ? Number(env.DEEPL_TIMEOUT_MS) : undefined,
  }
}
