import { notFound } from 'next/navigation'
import { isLocale, languageOf } from '../../../languages'
import { publicQuery } from '../../../site/query'

export const dynamic = 'force-dynamic'

type Item = { slug: string; title: string; summary?: string | null; isFallback: boolean; lang: string; dir: string }
type Listing = { Leaflets: { docs: Item[] }; WelcomeMaterials: { docs: Item[] }; Methods: { docs: Item[] } }

const FIELDS = 'docs { slug title summary isFallback lang dir }'

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const data = await publicQuery<Listing>(`query($l: LocaleInputType) { Leaflets(locale: $l, sort: "slug") { ${FIELDS} } WelcomeMaterials(locale: $l) { ${FIELDS} } Methods(locale: $l, sort: "slug") { ${FIELDS} } }`, { l: locale })
  const sections: Array<[string, string, Item[]]> = [
    ['welcome-materials', 'Velkommen', data.WelcomeMaterials.docs],
    ['leaflets', 'Pjecer', data.Leaflets.docs],
    ['methods', 'Metoder', data.Methods.docs],
  ]
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
