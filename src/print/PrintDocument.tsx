import type { ReactNode } from 'react'
import { languageOf, type Locale } from '../languages'
import { PRINT_CSS } from './printCss'

/**
 * The <html> of a print page, per document: `lang` and `dir` of the language the page is printed
 * for (each article carries its own when it differs, e.g. the Danish beside a translation or a
 * Danish fallback). Chromium writes these into the tagged PDF as /Lang.
 */
export function PrintDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const language = languageOf(locale)
  return (
    <html lang={language.bcp47} dir={language.dir}>
      <head>
        <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      </head>
      <body>{children}</body>
    </html>
  )
}

/** "<title> – <language's own name>": what a PDF reader and a screen reader announce. */
export function printTitle(title: string, locale: Locale): string {
  return `${title} – ${languageOf(locale).nativeName}`
}
