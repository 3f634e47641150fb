import { processGlobal } from '../processGlobal'
import {
  FALLBACK_CAPABILITIES,
  type MachineTranslationCapabilities,
} from '../translation/providers/capabilities'

/**
 * This process's view of what DeepL can do: the fallback table until DeepL (or the stored last
 * reading) says otherwise. Synchronous, because the provider checks every request against it.
 */
const store = processGlobal('kommune-cms.deeplCapabilities', () => ({
  current: FALLBACK_CAPABILITIES,
}))

export function currentCapabilities(): MachineTranslationCapabilities {
  return store.current
}

export function setCurrentCapabilities(capabilities: MachineTranslationCapabilities): void {
  store.current = capabilities
}
