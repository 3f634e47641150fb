import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { languageOf, SOURCE_LOCALE } from '../../../../../../languages'
import {
  loadForPrint,
  parsePrintParams,
  PrintRequestError,
} from '../../../../../../print/loadForPrint'
import { PrintArticle } from '../../../../../../print/PrintArticle'
import { printTitle } from '../../../../../../print/PrintDocument'
import { readInterfaceTexts } from '../../../../../../site/query'

type Args = {
  params: Promise<{ collection: string; slug: string; locale: string }>
  searchParams: Promise<{ bilingual?: string; draft?: string }>
}

export const dynamic = 'force-dynamic'

/** The document's own title in the language printed, not "Print": PDF readers and screen readers announce it. */
export async function generateMetadata({ params, searchParams }: Args): Promise<{ title: string }> {
  const { collection, slug, locale } = await params
  try {
    const parsed = await parsePrintParams(collection, locale)
    const doc = await loadForPrint(
      parsed.collection,
      slug,
      parsed.locale,
      new Headers(await headers()),
      (await searchParams).draft === '1',
    )
    return { title: doc ? printTitle(doc.title, parsed.locale) : 'Not found' }
  } catch (error) {
    if (error instanceof PrintRequestError) return { title: 'Not found' }
    throw error
  }
}

/** `/print/leaflets/saadan-klager-du/ar`, optionally `?bilingual=1` for Danish beside the translation. */
export default async function PrintPage({ params, searchParams }: Args) {
  const { collection: rawCollection, slug, locale: rawLocale } = await params
  const query = await searchParams
  let parsed
  try {
    parsed = await parsePrintParams(rawCollection, rawLocale)
  } catch (error) {
    if (error instanceof PrintRequestError) notFound()
    throw error
  }
  const requestHeaders = new Headers(await headers())
  const draft = query.draft === '1'
  const doc = await loadForPrint(parsed.collection, slug, parsed.locale, requestHeaders, draft)
  if (!doc) notFound()
  const bilingual = query.bilingual === '1' && parsed.locale !== SOURCE_LOCALE
  const danish = bilingual
    ? await loadForPrint(parsed.collection, slug, SOURCE_LOCALE, requestHeaders, draft)
    : null
  const note = (await readInterfaceTexts(parsed.locale))('fallback.note')
  return (
    <main data-locale={parsed.locale} data-dir={languageOf(parsed.locale).dir}>
      {danish ? (
        <div className="bilingual">
          <PrintArticle doc={danish} fallbackNote={note} />
          <PrintArticle doc={doc} fallbackNote={note} />
        </div>
      ) : (
        <PrintArticle doc={doc} fallbackNote={note} />
      )}
    </main>
  )
}
