import type { ReactNode } from 'react'
import { PRINT_CSS } from '../../print/printCss'

export const metadata = { title: 'Print' }

/** Print pages: no app chrome, just the document and its print styles. */
export default function PrintLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <head>
        <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
