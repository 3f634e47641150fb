import { languageOf, type Locale, SOURCE_LOCALE } from '../../../src/languages'
import { escapeHtml, fillHtml } from '../../../src/letters/fill'
import {
  formatValue,
  type FormattedValue,
  type PlaceholderSpec,
  valueProblem,
} from '../../../src/letters/placeholderTypes'
import { PRINT_CSS } from '../../../src/print/printCss'
import type { PublishedPart } from '../../../src/print/publishedContent'
import { FALLBACK_NOTE } from '../../../src/publishing/fallbackNotes'
import { type LoadedLetter, translationApproved } from './loadLetter'

/** What to do with a part that has no approved translation: print the Danish, marked as such, or leave it out. */
export type MissingPolicy = 'danish' | 'omit'

const LETTER_CSS = `
.letter-values bdi.value { font-weight: 600; }
.not-translated { font-size: 11pt; border: 0.3mm solid #999; padding: 3mm 4mm; }
`

/** The values written the way one language writes them (same values in every version); unusable ones stay {{placeholders}} in a preview. */
export function formattedValues(
  specs: PlaceholderSpec[],
  values: Record<string, string>,
  locale: Locale,
): Record<string, FormattedValue> {
  const bcp47 = languageOf(locale).bcp47
  return Object.fromEntries(
    specs
      .filter((spec) => valueProblem(spec, values[spec.key]) === null)
      .map((spec) => [spec.key, formatValue(spec, values[spec.key], bcp47)]),
  )
}

function article(
  part: PublishedPart,
  body: string,
  values: Record<string, FormattedValue> | null,
  extraClass = '',
): string {
  const note =
    part.served !== part.requested && FALLBACK_NOTE[part.requested]
      ? `<p class="fallback-note" lang="${languageOf(part.requested).bcp47}" dir="${languageOf(part.requested).dir}">${escapeHtml(FALLBACK_NOTE[part.requested]!)}</p>`
      : ''
  const fill = (html: string) => (values ? fillHtml(html, values) : html)
  return `<article lang="${part.lang}" dir="${part.dir}" class="${extraClass}">${note}<h1>${fill(escapeHtml(part.title))}</h1>${fill(body)}</article>`
}

export interface LetterDocument {
  html: string
  title: string
  /** The letter went out with an approved translation (counted for the follow-up). */
  withTranslation: boolean
  /** Parts left out because they have no approved translation and the case worker chose to leave them out. */
  omitted: string[]
  /** The two versions of the letter alone, for the composer's side-by-side view. */
  letter: { danish: string; translation: string | null }
}

/**
 * One HTML document: the Danish letter (the legal original), the same letter in the citizen's
 * language when that translation is approved, then the inserts. Each part carries its own `lang`
 * and `dir`, which Chromium writes into the tagged PDF as /Lang per section. A part without an
 * approved translation is either printed in Danish under a note in the citizen's language, or
 * left out; it is never presented as a translation.
 */
export function letterDocument(
  letter: LoadedLetter,
  values: Record<string, string>,
  missing: MissingPolicy,
): LetterDocument {
  const { danish, translation, locale, specs } = letter
  const language = languageOf(locale)
  const danishLetter = article(
    danish,
    danish.html,
    formattedValues(specs, values, SOURCE_LOCALE),
    'letter-values',
  )
  const sections: string[] = [danishLetter]
  const omitted: string[] = []
  const withTranslation = translationApproved(letter)
  let translatedLetter: string | null = null
  if (translation && withTranslation) {
    translatedLetter = article(
      translation,
      translation.html,
      formattedValues(specs, values, locale),
      'letter-values',
    )
    sections.push(translatedLetter)
  } else if (translation && missing === 'danish' && FALLBACK_NOTE[locale]) {
    // The Danish letter is already the first page; the citizen is told, in their language, that it is not translated.
    sections.push(
      `<article lang="${language.bcp47}" dir="${language.dir}" class="not-translated"><p class="fallback-note">${escapeHtml(FALLBACK_NOTE[locale]!)}</p></article>`,
    )
  } else if (translation) {
    omitted.push(danish.title)
  }
  for (const insert of letter.inserts) {
    if (insert.status === 'missing' && locale !== SOURCE_LOCALE && missing === 'omit') {
      omitted.push(insert.title)
      continue
    }
    sections.push(article(insert, insert.html, null))
  }
  const title =
    locale === SOURCE_LOCALE ? danish.title : `${danish.title} (Dansk · ${language.nativeName})`
  const html = `<!doctype html><html lang="${languageOf(SOURCE_LOCALE).bcp47}" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}${LETTER_CSS}</style></head><body><main>${sections.join('')}</main></body></html>`
  return {
    html,
    title,
    withTranslation,
    omitted,
    letter: { danish: danishLetter, translation: translatedLetter },
  }
}
