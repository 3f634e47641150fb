import type { ReactNode } from 'react'
import { FONT_FACES } from '../../print/fonts'
import { REVIEW_CSS } from '../../review/review.css'

export const metadata = { title: 'Translation review' }

export default function ReviewLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style dangerouslySetInnerHTML={{ __html: FONT_FACES + REVIEW_CSS }} />
      </head>
      <body>
        <header>
          <strong>Translation review</strong>
          <a href="/review">My queue</a>
          <a href="/admin">Admin</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
