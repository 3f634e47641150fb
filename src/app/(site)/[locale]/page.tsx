import { notFound } from 'next/navigation'
import { isLocale, languageOf } from '../../../languages'
import { listLive } from '../../../site/query'

export const dynamic = 'force-dynamic'

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [welcome, leaflets, methods] = await Promise.all([
    listLive('welcome-materials', locale, { limit: 100 }),
    listLive('leaflets', locale, { sort: 'slug', limit: 100 }),
    listLive('methods', locale, { sort: 'slug', limit: 100 }),
  ])
  const sections = [
    ['welcome-materials', 'Velkommen', welcome.docs],
    ['leaflets', 'Pjecer', leaflets.docs],
    ['methods', 'Metoder', methods.docs],
  ] as const
  return (
    <>
      <title>{`Københavns Kommune – ${languageOf(locale).nativeName}`}</title>
      {sections.map(([collection, heading, docs]) => (
        <section key={collection} lang="da" dir="ltr">
          <h2>{heading}</h2>
          <ul>
            {docs.map((doc) => (
              <li key={doc.slug} lang={doc.lang} dir={doc.dir}>
                <a href={`/${locale}/${collection}/${doc.slug}`}>{doc.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
