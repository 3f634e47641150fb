import type { Payload } from 'payload'
import type { Leaflet, LetterTemplate } from '../../payload-types'
import { languageOf, type Locale, SOURCE_LOCALE } from '../languages'
import { lexicalToHtml } from '../render/lexicalToHtml'

/**
 * The one place letters and letter packets read content from. It only ever returns what is live:
 * the published main document (`draft: false`; drafts and unapproved translations live only in the
 * versions table), the Danish source only once published, and a language only once it is in
 * `publishedLocales` (set by approval). A language that is not live comes back as the
 * Danish text with `status: 'missing'`; callers must show that, never pass it off as a translation.
 * (Issue 10 will point this module at the delivery read model; nothing else reads content for letters.)
 */
export type PartStatus = 'approved' | 'outdated' | 'missing'

export interface PublishedPart {
  id: number
  slug: string
  /** The language asked for. */
  requested: Locale
  /** The language the text is in: `requested` when approved, else Danish. */
  served: Locale
  lang: string
  dir: 'ltr' | 'rtl'
  /** approved: the live translation of the current Danish; outdated: live, but the Danish changed since; missing: Danish served. */
  status: PartStatus
  title: string
  summary: string | null
  html: string
}

export interface PublishedTemplate extends PublishedPart {
  kind: LetterTemplate['kind']
  department: number
  placeholders: Array<{ key: string; type: string; description: string | null }>
  smsReminder: string | null
  insertIds: number[]
}

/**
 * Published documents only, the Danish filling any language that is not live. Access is not the
 * guard here (management reads are closed to everyone but staff since the delivery API, issue 10):
 * `draft: false` plus the `publishedLocales` checks below are. The endpoints check the case worker.
 */
const AS_PUBLIC = {
  fallbackLocale: SOURCE_LOCALE,
  depth: 0,
  limit: 1,
  draft: false,
  overrideAccess: true,
} as const

async function readLiveTemplate(
  payload: Payload,
  id: number,
  locale: Locale,
): Promise<LetterTemplate | undefined> {
  return (
    await payload.find({
      collection: 'letter-templates',
      where: { id: { equals: id } },
      locale,
      ...AS_PUBLIC,
    })
  ).docs[0]
}

async function readLiveLeaflet(
  payload: Payload,
  id: number,
  locale: Locale,
): Promise<Leaflet | undefined> {
  return (
    await payload.find({
      collection: 'leaflets',
      where: { id: { equals: id } },
      locale,
      ...AS_PUBLIC,
    })
  ).docs[0]
}

function part(doc: Leaflet | LetterTemplate, requested: Locale): PublishedPart {
  const live = (doc.publishedLocales ?? []).includes(requested)
  const served: Locale = live ? requested : SOURCE_LOCALE
  const status: PartStatus = !live
    ? 'missing'
    : requested !== SOURCE_LOCALE && doc.translationStatus === 'outdated'
      ? 'outdated'
      : 'approved'
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    requested,
    served,
    lang: languageOf(served).bcp47,
    dir: languageOf(served).dir,
    status,
    title: doc.title,
    summary: doc.summary ?? null,
    html: lexicalToHtml(doc.body),
  }
}

/** A published letter template in one language, or null when its Danish source is not published. */
export async function loadPublishedTemplate(
  payload: Payload,
  id: number,
  locale: Locale,
): Promise<PublishedTemplate | null> {
  const doc = await readLiveTemplate(payload, id, locale)
  if (!doc || !(doc.publishedLocales ?? []).includes(SOURCE_LOCALE)) return null
  const base = part(doc, locale)
  return {
    ...base,
    kind: doc.kind,
    department: typeof doc.department === 'object' ? doc.department.id : doc.department,
    placeholders: (doc.placeholders ?? []).map((p) => ({
      key: p.key,
      type: p.type ?? 'text',
      description: p.description ?? null,
    })),
    // The SMS text follows the same rule: only a live translation, else Danish (marked by `served`).
    smsReminder: doc.smsReminder ?? null,
    insertIds: (doc.inserts ?? []).map((i) => (typeof i === 'object' ? i.id : i)),
  }
}

/** A published insert (leaflet) in one language, or null when its Danish source is not published. */
export async function loadPublishedInsert(
  payload: Payload,
  id: number,
  locale: Locale,
): Promise<PublishedPart | null> {
  const doc = await readLiveLeaflet(payload, id, locale)
  if (!doc || !(doc.publishedLocales ?? []).includes(SOURCE_LOCALE)) return null
  return part(doc, locale)
}

/** Published letter templates (Danish titles) the given departments may send; all when `departments` is null. */
export async function listPublishedTemplates(
  payload: Payload,
  departments: number[] | null,
): Promise<Array<{ id: number; title: string; kind: string; availableLocales: string[] }>> {
  const found = await payload.find({
    collection: 'letter-templates',
    where: departments ? { department: { in: departments } } : {},
    locale: SOURCE_LOCALE,
    depth: 0,
    limit: 200,
    draft: false,
    overrideAccess: true,
    sort: 'title',
  })
  return found.docs
    .filter((d) => (d.publishedLocales ?? []).includes(SOURCE_LOCALE))
    .map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      availableLocales: d.publishedLocales ?? [],
    }))
}
