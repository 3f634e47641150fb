import { notFound } from 'next/navigation'
import config from '@payload-config'
import { isTranslatedCollection } from '../../../../../../plugins/translation-workflow/translatedCollections'
import { isLocale, languageOf } from '../../../../../languages'
import { publicQuery } from '../../../../../site/query'
import { FALLBACK_NOTE } from '../../../../../publishing/fallbackNotes'

export const dynamic = 'force-dynamic'

const QUERY_NAMES: Record<string, string> = {
  leaflets: 'Leaflets',
  'welcome-materials': 'WelcomeMaterials',
  'letter-templates': 'LetterTemplates',
  methods: 'Methods',
  'reflection-questions': 'ReflectionQuestions',
}

type Doc = { title: string; summary?: string | null; html: string; isFallback: boolean; lang: string; dir: 'ltr' | 'rtl'; availableLocales: string[] }

export default async function DocumentPage({ params }: { params: Promise<{ locale: string; collection: string; slug: string }> }) {
  const { locale, collection, slug } = await params
  if (!isLocale(locale) || !isTranslatedCollection(await config, collection)) notFound()
  const name = QUERY_NAMES[collection]
  const data = await publicQuery<Record<string, { docs: Doc[] }>>(
    `query($l: LocaleInputType, $s: String) { ${name}(locale: $l, where: { slug: { equals: $s } }, limit: 1) { docs { title summary html isFallback lang dir availableLocales } } }`,
    { l: locale, s: slug },
  )
  const doc = data[name]?.docs[0]
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
