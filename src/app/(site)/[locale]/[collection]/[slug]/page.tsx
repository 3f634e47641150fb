import { notFound } from 'next/navigation'
import { isDeliveredCollection } from '../../../../../delivery/contract'
import { isLocale, languageOf } from '../../../../../languages'
import { readLive } from '../../../../../site/query'
import { FALLBACK_NOTE } from '../../../../../publishing/fallbackNotes'

export const dynamic = 'force-dynamic'

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; collection: string; slug: string }> }) {
  const { locale, collection, slug } = await params
  if (!isLocale(locale) || !isDeliveredCollection(collection)) notFound()
  const doc = await readLive(collection, decodeURIComponent(slug), locale)
  if (!doc) notFound()
  return (
    <article lang={doc.lang} dir={doc.dir}>
      {/* React hoists <title> into <head>: screen readers and tabs name the page by its document. */}
      <title>{`${doc.title} – Københavns Kommune`}</title>
      {doc.isFallback ? (
        <p className="fallback" lang={languageOf(locale).bcp47} dir={languageOf(locale).dir}>
          {FALLBACK_NOTE[locale as keyof typeof FALLBACK_NOTE] ?? ''}
        </p>
      ) : null}
      <h1>{doc.title}</h1>
      {doc.summary ? <p>{doc.summary}</p> : null}
      <div dangerouslySetInnerHTML={{ __html: doc.html }} />
    </article>
  )
}
