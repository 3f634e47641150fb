import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { isLocale } from '../../../../../languages'
import { PrintDocument } from '../../../../../print/PrintDocument'

/** Print pages are documents of their own: <html lang dir> per language (root layout of this route). */
export default async function PrintLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <PrintDocument locale={locale}>{children}</PrintDocument>
}
