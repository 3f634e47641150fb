/** Provider failures the workflow must tell apart: none of these is retried automatically. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message)
    // Set by each class by hand: a derived name would be minified differently in every build.
    this.name = 'ProviderError'
  }
}

/** DeepL 456: the character quota is used up. Retrying only burns time; a person must act. */
export class QuotaExceededError extends ProviderError {
  constructor(detail = '') {
    super(
      `DeepL quota exceeded (456)${detail ? `: ${detail}` : ''}. Raise the quota or wait for the next period, then retry.`,
      false,
    )
    this.name = 'QuotaExceededError'
  }
}

/** DeepL 403: the key is wrong or revoked. */
export class ProviderAuthError extends ProviderError {
  constructor(detail = '') {
    super(
      `DeepL rejected the authentication key (403)${detail ? `: ${detail}` : ''}. Check DEEPL_AUTH_KEY.`,
      false,
    )
    this.name = 'ProviderAuthError'
  }
}

/** 429/5xx/timeouts/refused connections that persisted through the client's own retries. */
export class ProviderUnavailableError extends ProviderError {
  constructor(detail: string) {
    super(`DeepL is unavailable: ${detail}`, true)
    this.name = 'ProviderUnavailableError'
  }
}

/** The provider answered, but not with something we can use. */
export class MalformedProviderResponseError extends ProviderError {
  constructor(detail: string) {
    super(`DeepL sent a response that could not be used: ${detail}`, false)
    this.name = 'MalformedProviderResponseError'
  }
}

/** A single segment larger than one request may carry. */
export class SegmentTooLargeError extends ProviderError {
  constructor(bytes: number, limit: number) {
    super(
      `A segment is ${bytes} bytes encoded; one DeepL request carries at most ${limit}. Split the paragraph.`,
      false,
    )
    this.name = 'SegmentTooLargeError'
  }
}
