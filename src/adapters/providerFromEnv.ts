import { createDeeplProvider } from './deeplProvider'
import { createPseudoProvider } from '../translation/providers/pseudo'
import type { MachineTranslationProvider } from '../translation/providers/types'

let announced = false

/** DeepL when DEEPL_AUTH_KEY is set; otherwise the pseudo provider, said out loud once. */
export function createProviderFromEnv(env: Record<string, string | undefined> = process.env, log: (line: string) => void = console.warn): MachineTranslationProvider {
  const authKey = env.DEEPL_AUTH_KEY?.trim()
  if (authKey) {
    return createDeeplProvider({
      authKey,
      serverUrl: env.DEEPL_SERVER_URL || undefined,
      attempts: env.DEEPL_ATTEMPTS ? Number(env.DEEPL_ATTEMPTS) : undefined,
      timeoutMs: env.DEEPL_TIMEOUT_MS ? Number(env.DEEPL_TIMEOUT_MS) : undefined,
    })
  }
  if (!announced) {
    log('DEEPL_AUTH_KEY is not set: machine translation uses the PSEUDO-TRANSLATION provider (marked ⟦xx⟧, for layout testing only).')
    announced = true
  }
  return createPseudoProvider()
}
