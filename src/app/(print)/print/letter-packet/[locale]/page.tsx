import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { isLocale, type Locale } from '../../../../../languages'
import { PrintArticle } from '../../../../../print/PrintArticle'
import { printTitle } from '../../../../../print/PrintDocument'
import {
  loadPublishedInsert,
  loadPublishedTemplate,
  type PublishedPart,
} from '../../../../../print/publishedContent'
import { readInterfaceTexts } from '../../../../../site/query'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ locale: string }>; searchParams: Promise<{ template?: string }> }

/**
 * The inserts to attach to a Danish letter, in one language: the ones a template names
 * (`?template=<id>`), else the defaults an admin keeps in Letter settings. Published content only.
 */
async function packet(locale: Locale, templateParam: string | undefined): Promise<PublishedPart[]> {
  const payload = await getPayload({ config })
  let ids: number[] = []
  if (templateParam && /^\d+$/.test(templateParam))
    ids = (await loadPublishedTemplate(payload, Number(templateParam), locale))?.insertIds ?? []
  if (ids.length === 0)
    ids = (
      (await payload.findGlobal({ slug: 'letter-settings', depth: 0 })).defaultInserts ?? []
    ).map((i) => (typeof i === 'object' ? i.id : i))
  const parts = await Promise.all(ids.map((id) => loadPublishedInsert(payload, id, locale)))
  return parts.filter((p): p is PublishedPart => p !== null)
}

export async function generateMetadata({ params, searchParams }: Args): Promise<{ title: string }> {
  const { locale } = await params
  if (!isLocale(locale)) return { title: 'Not found' }
  const parts = await packet(locale, (await searchParams).template)
  return { title: printTitle(parts.map((p) => p.title).join(' · ') || 'Letter inserts', locale) }
}

export default async function LetterPacket({ params, searchParams }: Args) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const parts = await packet(locale, (await searchParams).template)
  if (parts.length === 0) notFound()
  const note = (await readInterfaceTexts(locale))('fallback.note')
  return (
    <main data-locale={locale}>
      {parts.map((part) => (
        <PrintArticle
          key={part.id}
          doc={{ ...part, isFallback: part.status === 'missing' }}
          fallbackNote={note}
        />
      ))}
    </main>
  )
}
