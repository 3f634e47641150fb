import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { isLocale, languageOf } from '../../../../../languages'
import { BOOKLET_CSS } from '../../../../../../plugins/plain-language/catalogue/bookletCss'

export const metadata = { title: 'Catalogue' }

/** Each booklet is a document in its own language: lang and dir on <html>, so Arabic, Urdu and Persian run right to left. */
export default async function CatalogueLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const language = languageOf(locale)
  return (
    <html lang={language.bcp47} dir={language.dir}>
      <head>
        <style dangerouslySetInnerHTML={{ __html: BOOKLET_CSS }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
