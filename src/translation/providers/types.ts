import type { TargetLocale } from '../../languages'

export interface TranslateRequest {
  /** Segment markup; with tagHandling false the texts contain no tags at all. */
  texts: string[]
  target: TargetLocale
  /** Sent to DeepL as `context` (not translated, not billed): the document title. */
  context?: string
  glossaryId?: string
  tagHandling: boolean
}

export interface TranslateResponse {
  texts: string[]
  billedCharacters: number
}

export interface MachineTranslationProvider {
  name: 'deepl' | 'pseudo'
  /** Shown wherever machine output is shown, so nobody mistakes pseudo output for a translation. */
  label: string
  translate(request: TranslateRequest): Promise<TranslateResponse>
}
