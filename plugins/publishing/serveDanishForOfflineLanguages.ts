import type { CollectionAfterReadHook } from 'payload'
import { isStaffOrConsumer } from '../../src/access/predicates'
import { isLocale, SOURCE_LOCALE } from '../../src/languages'
import { lexicalToHtml } from '../../src/render/lexicalToHtml'
import { translatableFields } from '../translation-workflow/engine/fieldSpecs'

const READING_DANISH = 'readingDanishFallback'

/**
 * A withdrawn language keeps its old text in the stored document. The public must get the
 * published Danish instead (marked `isFallback`), never the withdrawn translation.
 */
export const serveDanishForOfflineLanguages: CollectionAfterReadHook = async ({
  doc,
  req,
  collection,
  context,
  overrideAccess,
}) => {
  const locale = req.locale
  // Server code (overrideAccess) and signed-in users read what is stored.
  if (
    !isLocale(locale) ||
    locale === SOURCE_LOCALE ||
    context[READING_DANISH] ||
    overrideAccess ||
    isStaffOrConsumer(req)
  )
    return doc
  if (((doc as { publishedLocales?: string[] }).publishedLocales ?? []).includes(locale)) return doc
  const danish = await req.payload.findByID({
    collection: collection.slug as 'leaflets',
    id: doc.id,
    locale: SOURCE_LOCALE,
    depth: 0,
    draft: false,
    overrideAccess: true,
    context: { [READING_DANISH]: true },
    disableErrors: true,
  })
  if (!danish) return doc
  const source: Record<string, unknown> = { ...danish }
  const replaced: Record<string, unknown> = { ...doc }
  for (const field of translatableFields(req.payload, collection.slug))
    replaced[field.name] = source[field.name]
  // Field hooks ran before this one; the rendered body must follow the text actually served.
  if ('html' in replaced) replaced.html = lexicalToHtml(source.body)
  return replaced
}
