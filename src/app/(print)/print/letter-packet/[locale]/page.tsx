import { notFound } from 'next/navigation'
import { listLive } from '../../../../../delivery/read'
import { isLocale } from '../../../../../languages'
import type { PrintableDoc } from '../../../../../print/loadForPrint'
import { PrintArticle } from '../../../../../print/PrintArticle'

export const dynamic = 'force-dynamic'

/** Inserts to attach to a Danish letter: complaint guidance and "if you have questions", in one language. */
const PACKET_KINDS = ['complaint-guidance', 'questions'] as const

export default async function LetterPacket({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const docs: PrintableDoc[] = []
  for (const kind of PACKET_KINDS) {
    // What is live only, as for every citizen-facing page: the oldest live leaflet of each kind.
    const found = await listLive('leaflets', locale, { kind, sort: 'createdAt', limit: 1 })
    if (found.docs[0]) docs.push(found.docs[0])
  }
  if (docs.length === 0) notFound()
  return (
    <main data-locale={locale}>
      {docs.map((doc) => (
        <PrintArticle key={doc.id} doc={doc} requested={locale} />
      ))}
    </main>
  )
}
