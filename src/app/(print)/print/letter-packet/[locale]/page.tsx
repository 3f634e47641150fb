import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { isLocale } from '../../../../../languages'
import type { PrintableDoc } from '../../../../../print/loadForPrint'
import { PrintArticle } from '../../../../../print/PrintArticle'

export const dynamic = 'force-dynamic'

/** Inserts to attach to a Danish letter: complaint guidance and "if you have questions", in one language. */
const PACKET_KINDS = ['complaint-guidance', 'questions'] as const

export default async function LetterPacket({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const payload = await getPayload({ config })
  const docs: PrintableDoc[] = []
  for (const kind of PACKET_KINDS) {
    const found = await payload.find({ collection: 'leaflets', where: { kind: { equals: kind } }, locale, depth: 0, limit: 1, overrideAccess: false, sort: 'createdAt' })
    if (found.docs[0]) docs.push(found.docs[0] as unknown as PrintableDoc)
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
