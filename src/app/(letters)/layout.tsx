import type { ReactNode } from 'react'
import { COMPOSER_CSS } from '../../composer/composer.css'
import { FONT_FACES } from '../../print/fonts'

export const metadata = { title: 'Breve · Letters' }

/** The case workers' letter composer (its own root layout; Danish is the working language). */
export default function LettersLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da-DK" dir="ltr">
      <head>
        <style dangerouslySetInnerHTML={{ __html: FONT_FACES + COMPOSER_CSS }} />
      </head>
      <body>
        <header>
          <strong>Breve til borgere</strong>
          <a href="/letters">Nyt brev</a>
          <a href="/admin">Admin</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
