import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { Booklet } from '../../../../../../plugins/plain-language/catalogue/Booklet'
import {
  isCatalogueKind,
  loadCatalogue,
} from '../../../../../../plugins/plain-language/catalogue/loadCatalogue'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ catalogue: string; locale: string }> }

async function load({ params }: Args) {
  const { catalogue, locale } = await params
  if (!isCatalogueKind(catalogue)) return null
  return loadCatalogue(await getPayload({ config }), catalogue, locale)
}

export async function generateMetadata(args: Args): Promise<Metadata> {
  const catalogue = await load(args)
  return { title: catalogue?.title ?? 'Catalogue' }
}

/** `/catalogues/methods/ar`, `/catalogues/letter-practice/da`: the booklet in HTML; `/pdf` appended for the PDF. */
export default async function CataloguePage(args: Args) {
  const catalogue = await load(args)
  if (!catalogue) notFound()
  return <Booklet catalogue={catalogue} />
}
