import { isProductionMode } from '../config/environment'
import { createDeeplProvider, modelTypeFrom } from './deeplProvider'
import { createPseudoProvider } from '../translation/providers/pseudo'
import type { MachineTranslationProvider } from '../translation/providers/types'

let announced = false

/** Why machine translation is off, for the task history and the admin; null when it is on. */
export function machineTranslationOffReason(
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (env.DEEPL_AUTH_KEY?.trim()) return null
  if (env.MACHINE_TRANSLATION?.trim().toLowerCase() === 'pseudo') return null
  if (!isProductionMode(env)) return null
  return 'Machine translation is off: DEEPL_AUTH_KEY is not set in production. Tasks go to a human translator; set the key (or MACHINE_TRANSLATION=pseudo for a layout test) and restart.'
}

/**
 * DeepL when DEEPL_AUTH_KEY is set. Without a key: locally the pseudo provider, said out loud once;
 * in production nothing (null), unless MACHINE_TRANSLATION=pseudo asks for pseudo by name, because
 * a citizen must never be one click away from ⟦ar⟧ text (issue 12 item 8).
 */
export function createProviderFromEnv(
  env: Record<string, string | undefined> = process.env,
  log: (line: string) => void = console.warn,
): MachineTranslationProvider | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim()
  if (authKey) {
    return createDeeplProvider({
      authKey,
      serverUrl: env.DEEPL_SERVER_URL || undefined,
      attempts: env.DEEPL_ATTEMPTS ? Number(env.DEEPL_ATTEMPTS) : undefined,
      timeoutMs: env.DEEPL_TIMEOUT_MS ? Number(env.DEEPL_TIMEOUT_MS) : undefined,
      modelType: modelTypeFrom(env.DEEPL_MODEL_TYPE),
    })
  }
  const off = machineTranslationOffReason(env)
  if (off) {
    if (!announced) log(off)
    announced = true
    return null
  }
  if (!announced) {
    log(
      'DEEPL_AUTH_KEY is not set: machine translation uses the PSEUDO-TRANSLATION provider (marked ⟦xx⟧, for layout testing only).',
    )
    announced = true
  }
  return createPseudoProvider()
}
