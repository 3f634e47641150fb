/** Network and environment adapters beside the pure engine (src/translation): DeepL, glossary sync. */
export { createProviderFromEnv, machineTranslationOffReason } from './providerFromEnv'
export {
  createDeeplProvider,
  batchTexts,
  MAX_REQUEST_BYTES,
  MAX_TEXTS_PER_REQUEST,
} from './deeplProvider'
export { syncDeeplGlossary } from './deeplGlossarySync'
export { currentCapabilities, setCurrentCapabilities } from './capabilityStore'
export {
  deeplConnectionFromEnv,
  fetchDeeplCapabilities,
  fetchDeeplUsage,
  type DeeplConnection,
} from './deeplLanguages'
