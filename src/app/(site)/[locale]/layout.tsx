import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { ALL_LOCALES, isLocale, languageOf } from '../../../languages'
import { FONT_FACES } from '../../../print/fonts'
import { SITE_CSS } from '../../../site/site.css'

/** The reference consumer: each language its own document, with the right lang and dir on <html>. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const language = languageOf(locale)
  return (
    <html lang={language.bcp47} dir={language.dir}>
      <head>
        <style dangerouslySetInnerHTML={{ __html: FONT_FACES + SITE_CSS }} />
      </head>
      <body>
        <header>
          <a href={`/${locale}`}>Københavns Kommune</a>
          <nav className="languages" aria-label="Sprog / Language">
            <ul>
              {ALL_LOCALES.map((code) => (
                <li key={code}>
                  <a href={`/${code}`} lang={languageOf(code).bcp47} hrefLang={languageOf(code).bcp47} dir={languageOf(code).dir} aria-current={code === locale}>
                    {languageOf(code).nativeName}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}

export function generateStaticParams() {
  return []
}
