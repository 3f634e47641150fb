import * as deepl from 'deepl-node'
import { deeplLanguageCode } from '../languages'
import type { MachineTranslationCapabilities } from '../translation/providers/capabilities'
import { currentCapabilities } from './capabilityStore'
import {
  MalformedProviderResponseError,
  ProviderAuthError,
  ProviderUnavailableError,
  QuotaExceededError,
  SegmentTooLargeError,
} from '../translation/providers/errors'
import type {
  MachineTranslationProvider,
  TranslateRequest,
  TranslateResponse,
} from '../translation/providers/types'

/** DeepL's documented limits per /v2/translate request. */
export const MAX_TEXTS_PER_REQUEST = 50
export const MAX_REQUEST_BYTES = 128 * 1024
/** Room for the other form fields (target_lang, context, options) in the same request. */
const TEXT_BYTE_BUDGET = MAX_REQUEST_BYTES - 8 * 1024

export interface DeeplProviderOptions {
  authKey: string
  serverUrl?: string
  /** Attempts per request, first one included (deepl-node's `maxRetries` counts attempts). */
  attempts?: number
  timeoutMs?: number
  /** DeepL's `model_type` (DEEPL_MODEL_TYPE); unset leaves DeepL's default. */
  modelType?: deepl.ModelType
  /** What DeepL can do per language (its /v3/languages); this process's current reading by default. */
  capabilities?: () => MachineTranslationCapabilities
}

const MODEL_TYPES: deepl.ModelType[] = [
  'quality_optimized',
  'latency_optimized',
  'prefer_quality_optimized',
]

/** DEEPL_MODEL_TYPE as DeepL names it, or a clear error at start instead of a 400 per request. */
export function modelTypeFrom(value: string | undefined): deepl.ModelType | undefined {
  if (!value?.trim()) return undefined
  const type = value.trim() as deepl.ModelType
  if (!MODEL_TYPES.includes(type))
    throw new Error(`DEEPL_MODEL_TYPE must be one of ${MODEL_TYPES.join(', ')}; got "${value}"`)
  return type
}

/** Size of a text as deepl-node sends it: form-urlencoded `text=...&`. */
function encodedBytes(text: string): number {
  return new URLSearchParams({ text }).toString().length + 1
}

/** Batches of at most 50 texts and 128 KiB, in order. */
export function batchTexts(texts: string[]): string[][] {
  const batches: string[][] = []
  let current: string[] = []
  let bytes = 0
  for (const text of texts) {
    const size = encodedBytes(text)
    if (size > TEXT_BYTE_BUDGET) throw new SegmentTooLargeError(size, TEXT_BYTE_BUDGET)
    if (current.length === MAX_TEXTS_PER_REQUEST || bytes + size > TEXT_BYTE_BUDGET) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(text)
    bytes += size
  }
  if (current.length) batches.push(current)
  return batches
}

function translateError(error: unknown): Error {
  if (error instanceof deepl.QuotaExceededError) return new QuotaExceededError(error.message)
  if (error instanceof deepl.AuthorizationError) return new ProviderAuthError(error.message)
  if (error instanceof deepl.TooManyRequestsError)
    return new ProviderUnavailableError(`too many requests (429) after retries: ${error.message}`)
  if (error instanceof deepl.ConnectionError) return new ProviderUnavailableError(error.message)
  if (error instanceof deepl.DeepLError) {
    if (/Error parsing response/i.test(error.message))
      return new MalformedProviderResponseError(error.message)
    return new ProviderUnavailableError(error.message)
  }
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * DeepL through the official client. Tags are sent with `tagHandling: 'xml'` and a glossary only
 * to languages DeepL says support them (its /v3/languages, else the fallback table); `formality: 'prefer_more'` because a municipality addresses citizens
 * politely; retries of 429/5xx/timeouts are the client's, with exponential backoff.
 */
export function createDeeplProvider(options: DeeplProviderOptions): MachineTranslationProvider {
  const client = new deepl.DeepLClient(options.authKey, {
    serverUrl: options.serverUrl,
    maxRetries: options.attempts ?? 5,
    minTimeout: options.timeoutMs ?? 20_000,
    sendPlatformInfo: false,
  })
  return {
    name: 'deepl',
    label: 'DeepL machine translation',
    async translate(request: TranslateRequest): Promise<TranslateResponse> {
      const support = (options.capabilities ?? currentCapabilities)().languages[request.target]
      if (!support?.translate)
        throw new Error(
          `DeepL does not offer ${request.target}; such tasks go to a human translator`,
        )
      if (request.tagHandling && !support.tagHandling)
        throw new Error(`DeepL has no tag handling for ${request.target}; send text runs instead`)
      const target = deeplLanguageCode(request.target).toUpperCase()
      const texts: string[] = []
      let billedCharacters = 0
      for (const batch of batchTexts(request.texts)) {
        let results: deepl.TextResult[]
        try {
          results = await client.translateText(batch, 'da', target as deepl.TargetLanguageCode, {
            formality: 'prefer_more',
            // v2 explicitly: DeepL's default tag-handling version depends on the account's age.
            ...(request.tagHandling
              ? {
                  tagHandling: 'xml' as const,
                  tagHandlingVersion: 'v2' as const,
                  ignoreTags: ['x'],
                }
              : {}),
            ...(options.modelType ? { modelType: options.modelType } : {}),
            ...(request.context ? { context: request.context } : {}),
            ...(request.glossaryId && support.glossary ? { glossary: request.glossaryId } : {}),
          })
        } catch (error) {
          throw translateError(error)
        }
        if (
          !Array.isArray(results) ||
          results.length !== batch.length ||
          results.some((r) => typeof r?.text !== 'string')
        ) {
          throw new MalformedProviderResponseError(
            `expected ${batch.length} translations, got ${Array.isArray(results) ? results.length : typeof results}`,
          )
        }
        for (const result of results) {
          texts.push(result.text)
          billedCharacters += result.billedCharacters ?? 0
        }
      }
      return { texts, billedCharacters }
    },
  }
}
