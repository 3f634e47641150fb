/**
 * The one module through which the citizen site, its feeds and the offline pack read content.
 * It returns exactly what the public may see: published languages only, the published Danish
 * (marked isFallback) where a language is not live, never a draft (see findPublic). The delivery
 * read model (issue 10, readLive/listLive) does not project the site's collections yet; moving these
 * reads onto it happens here and nowhere else. The generic readers are re-exported for callers.
 */
export { listLive, readLive } from '../delivery/read'
export type { LiveDocument, LiveList } from '../delivery/contract'
import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import type { Event, Film as FilmDoc, HelpPoint, InterfaceText, Media } from '../../payload-types'
import { postgresOf } from '../db/adapter'
import { processGlobal } from '../processGlobal'
import { publishedCacheGeneration } from '../../plugins/publishing/publishedCache'
import { ALL_LOCALES, isLocale, languageOf, type Locale, SOURCE_LOCALE } from '../languages'
import {
  DANISH_INTERFACE_TEXTS,
  type InterfaceTextKey,
  isInterfaceTextKey,
  type LifeSituation,
} from '../citizen-site/interfaceTexts'
import type {
  DepartmentInfo,
  Film,
  InterfaceTexts,
  MediaFile,
  Place,
  ShownText,
  SiteDoc,
  SiteEvent,
} from '../citizen-site/model'
import { SEARCH_CONFIG } from '../citizen-site/searchConfig'
import { embeddedMediaIds, type EmbeddedMedia, lexicalToHtml } from '../render/lexicalToHtml'
import type { SubtitleCue } from '../subtitles'

/**
 * Payload, resolved when first needed: this module is imported from payload.config.ts (through the
 * citizen-site plugin's offline job), so nothing here may touch the config while modules load.
 */
export async function sitePayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Collections the citizen site shows. Staff material (methods, reflection questions, letter templates) is not among them. */
export const SITE_DOCUMENT_COLLECTIONS = [
  'welcome-materials',
  'leaflets',
  'films',
  'help-points',
  'events',
] as const
export type SiteCollection = (typeof SITE_DOCUMENT_COLLECTIONS)[number]
const FLAGGED = new Set<string>(['leaflets', 'welcome-materials'])

export function isSiteCollection(value: string): value is SiteCollection {
  return (SITE_DOCUMENT_COLLECTIONS as readonly string[]).includes(value)
}

/** Documents marked for staff never reach the site; empty counts as citizens. */
const forCitizens: Where = {
  or: [{ audience: { equals: 'citizens' } }, { audience: { exists: false } }],
}

interface Served {
  body?: unknown
  slug?: string | null
  title: string
  summary?: string | null
  html?: string | null
  lang?: string | null
  dir?: string | null
  isFallback?: boolean | null
  lifeSituations?: string[] | null
}

function siteDoc(collection: string, doc: Served): SiteDoc {
  return {
    collection,
    slug: doc.slug ?? '',
    title: doc.title,
    summary: doc.summary,
    html: doc.html ?? '',
    lang: doc.lang ?? 'da-DK',
    dir: doc.dir === 'rtl' ? 'rtl' : 'ltr',
    isFallback: Boolean(doc.isFallback),
    lifeSituations: (doc.lifeSituations ?? []) as LifeSituation[],
  }
}

/**
 * Published documents only, read as server code: anonymous management reads are closed since the
 * delivery API (issue 10), so access is not the guard here. `draft: false` (drafts and unapproved
 * translations live only in the versions table) and `publishedLocales` are: a document appears
 * only once its Danish is published, and a language's text only once that language is published;
 * otherwise the published Danish, marked `isFallback`. Never another language, never a draft.
 */
async function findPublic<T>(
  collection: SiteCollection | 'interface-texts',
  locale: Locale,
  where: Where | undefined,
  options: { sort?: string; limit?: number; depth?: number } = {},
): Promise<T[]> {
  const payload = await sitePayload()
  const conditions = [where, FLAGGED.has(collection) ? forCitizens : undefined].filter(
    (w): w is Where => Boolean(w),
  )
  const read = async (readLocale: Locale, extra?: Where) => {
    const all = [...conditions, ...(extra ? [extra] : [])]
    const result = await payload.find({
      collection,
      locale: readLocale,
      fallbackLocale: false,
      overrideAccess: true,
      draft: false,
      depth: options.depth ?? 0,
      limit: options.limit ?? 500,
      pagination: false,
      sort: options.sort ?? 'title',
      where: all.length ? { and: all } : undefined,
    })
    return result.docs.filter((d) => (d.publishedLocales ?? []).includes(SOURCE_LOCALE))
  }
  const docs = await read(locale)
  const offline = docs
    .filter((d) => locale !== SOURCE_LOCALE && !(d.publishedLocales ?? []).includes(locale))
    .map((d) => d.id)
  const danish = new Map(
    offline.length
      ? (await read(SOURCE_LOCALE, { id: { in: offline } })).map((d) => [d.id, d])
      : [],
  )
  const shown: T[] = []
  for (const doc of docs) {
    const live = locale === SOURCE_LOCALE || (doc.publishedLocales ?? []).includes(locale)
    const served = live ? doc : danish.get(doc.id)
    if (!served) continue
    const language = languageOf(live ? locale : SOURCE_LOCALE)
    const body = (served as { body?: unknown }).body
    shown.push({
      ...served,
      lang: language.bcp47,
      dir: language.dir,
      isFallback: !live,
      html: body === undefined ? '' : lexicalToHtml(body),
    } as T)
  }
  return shown
}

/**
 * The interface texts in a language: the approved text where the language is published, else
 * the published Danish (marked), else the Danish built into the code (the source, marked).
 */
export async function readInterfaceTexts(locale: Locale): Promise<InterfaceTexts> {
  // Every page needs them: read once per language until the next publish.
  const memo = interfaceTextMemo.get(locale)
  if (memo && memo.generation === publishedCacheGeneration()) return memo.texts
  const generation = publishedCacheGeneration()
  const texts = loadInterfaceTexts(locale)
  interfaceTextMemo.set(locale, { generation, texts })
  texts.catch(() => interfaceTextMemo.delete(locale))
  return texts
}

// Per process, not per module copy: Next may bundle this module into more than one chunk.
const interfaceTextMemo = processGlobal(
  'kommune-cms.citizenSite.interfaceTexts',
  () => new Map<Locale, { generation: number; texts: Promise<InterfaceTexts> }>(),
)

async function loadInterfaceTexts(locale: Locale): Promise<InterfaceTexts> {
  const docs = await findPublic<InterfaceText>('interface-texts', locale, undefined, {
    sort: 'key',
  })
  const byKey = new Map<string, ShownText>()
  for (const doc of docs) {
    if (!isInterfaceTextKey(doc.key)) continue
    byKey.set(doc.key, {
      text: doc.title,
      lang: doc.lang ?? 'da-DK',
      dir: doc.dir === 'rtl' ? 'rtl' : 'ltr',
      isFallback: Boolean(doc.isFallback),
    })
  }
  const danish = languageOf(SOURCE_LOCALE)
  return (key: InterfaceTextKey) =>
    byKey.get(key) ?? {
      text: DANISH_INTERFACE_TEXTS[key],
      lang: danish.bcp47,
      dir: danish.dir,
      isFallback: locale !== SOURCE_LOCALE,
    }
}

export async function listDocuments(
  collection: 'leaflets' | 'welcome-materials' | 'films',
  locale: Locale,
  lifeSituation?: LifeSituation,
): Promise<SiteDoc[]> {
  const where: Where | undefined = lifeSituation
    ? { lifeSituations: { in: [lifeSituation] } }
    : undefined
  return (await findPublic<Served>(collection, locale, where)).map((d) => siteDoc(collection, d))
}

/**
 * The body as HTML with the images and films it embeds (the `html` consumer field leaves them
 * out: it cannot read the media collection). Media are public files; only ids the body names are read.
 */
async function withBody<T extends SiteDoc>(doc: T, body: unknown): Promise<T> {
  const ids = embeddedMediaIds(body)
  const media = new Map<number, EmbeddedMedia>()
  if (ids.length) {
    const payload = await sitePayload()
    const found = await payload.find({
      collection: 'media',
      where: { id: { in: ids } },
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    for (const m of found.docs)
      if (m.filename && m.mimeType)
        media.set(m.id, { filename: m.filename, mimeType: m.mimeType, alt: m.alt })
  }
  return { ...doc, html: lexicalToHtml(body, { media }) }
}

export async function readDocument(
  collection: 'leaflets' | 'welcome-materials',
  locale: Locale,
  slug: string,
): Promise<SiteDoc | null> {
  const [doc] = await findPublic<Served>(
    collection,
    locale,
    { slug: { equals: slug } },
    { limit: 1 },
  )
  return doc ? withBody(siteDoc(collection, doc), doc.body) : null
}

function place(doc: HelpPoint): Place {
  return {
    ...siteDoc('help-points', doc),
    kind: doc.kind,
    district: doc.district,
    address: doc.address,
    phone: doc.phone,
    openingHours: doc.openingHours,
    helpsWith: doc.helpsWith,
    languagesSpoken: (doc.languagesSpoken ?? []).filter(isLocale),
  }
}

export async function listPlaces(
  locale: Locale,
  filter: { language?: string; district?: string; lifeSituation?: LifeSituation } = {},
): Promise<Place[]> {
  const conditions: Where[] = []
  if (filter.language) conditions.push({ languagesSpoken: { in: [filter.language] } })
  if (filter.district) conditions.push({ district: { equals: filter.district } })
  if (filter.lifeSituation) conditions.push({ lifeSituations: { in: [filter.lifeSituation] } })
  return (
    await findPublic<HelpPoint>(
      'help-points',
      locale,
      conditions.length ? { and: conditions } : undefined,
    )
  ).map(place)
}

export async function readPlace(locale: Locale, slug: string): Promise<Place | null> {
  const [doc] = await findPublic<HelpPoint>(
    'help-points',
    locale,
    { slug: { equals: slug } },
    { limit: 1 },
  )
  return doc ? withBody(place(doc), doc.body) : null
}

function siteEvent(doc: Event): SiteEvent {
  return {
    ...siteDoc('events', doc),
    kind: doc.kind,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    location: doc.location,
    address: doc.address,
  }
}

/** Events not yet over, the soonest first. */
export async function listUpcomingEvents(
  locale: Locale,
  now = new Date(),
  lifeSituation?: LifeSituation,
): Promise<SiteEvent[]> {
  const conditions: Where[] = [{ endsAt: { greater_than: now.toISOString() } }]
  if (lifeSituation) conditions.push({ lifeSituations: { in: [lifeSituation] } })
  return (await findPublic<Event>('events', locale, { and: conditions }, { sort: 'startsAt' })).map(
    siteEvent,
  )
}

export async function readEvent(locale: Locale, slug: string): Promise<SiteEvent | null> {
  const [doc] = await findPublic<Event>('events', locale, { slug: { equals: slug } }, { limit: 1 })
  return doc ? withBody(siteEvent(doc), doc.body) : null
}

function mediaFile(value: number | Media | null | undefined): MediaFile | null {
  if (!value || typeof value !== 'object' || !value.filename || !value.mimeType) return null
  return { filename: value.filename, mimeType: value.mimeType, alt: value.alt }
}

/** Languages whose subtitles are live: Danish (the film's source) and each published translation. */
function trackLocales(doc: FilmDoc): Locale[] {
  const published = new Set(doc.publishedLocales ?? [])
  return ALL_LOCALES.filter((l) => published.has(l) && (doc.cues ?? []).length > 0)
}

export async function readFilm(locale: Locale, slug: string): Promise<Film | null> {
  const [doc] = await findPublic<FilmDoc>(
    'films',
    locale,
    { slug: { equals: slug } },
    { limit: 1, depth: 1 },
  )
  return doc
    ? withBody(
        { ...siteDoc('films', doc), video: mediaFile(doc.video), trackLocales: trackLocales(doc) },
        doc.body,
      )
    : null
}

/** A film's cues in one language, only when that language is published (never a fallback or draft). */
export async function readSubtitleTrack(
  slug: string,
  trackLocale: Locale,
): Promise<SubtitleCue[] | null> {
  const [doc] = await findPublic<FilmDoc>(
    'films',
    trackLocale,
    { slug: { equals: slug } },
    { limit: 1 },
  )
  if (!doc || doc.isFallback || !trackLocales(doc).includes(trackLocale)) return null
  return (doc.cues ?? [])
    .filter((cue) => cue.text?.trim())
    .map((cue) => ({ startMs: cue.startMs, endMs: cue.endMs, text: cue.text ?? '' }))
}

export async function listDepartments(): Promise<DepartmentInfo[]> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'departments',
    locale: SOURCE_LOCALE,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'code',
  })
  return result.docs.map((d) => ({ code: d.code, name: d.name }))
}

/** Collection tables searched, with the text columns of their locale rows. */
const SEARCHED: Array<{
  collection: SiteCollection
  table: string
  columns: string[]
  flagged: boolean
}> = [
  {
    collection: 'welcome-materials',
    table: 'welcome_materials',
    columns: ['title', 'summary'],
    flagged: true,
  },
  { collection: 'leaflets', table: 'leaflets', columns: ['title', 'summary'], flagged: true },
  { collection: 'films', table: 'films', columns: ['title', 'summary'], flagged: false },
  {
    collection: 'help-points',
    table: 'help_points',
    columns: ['title', 'summary', 'opening_hours', 'helps_with'],
    flagged: false,
  },
  {
    collection: 'events',
    table: 'events',
    columns: ['title', 'summary', 'location'],
    flagged: false,
  },
]

/**
 * Full-text search in the reader's language with that language's Postgres configuration
 * (stemming for Danish, English, Arabic, Turkish; 'simple' for the others). Only text that is
 * live is searched: the language's own text where it is published, the published Danish where
 * it is not (what the reader would be shown). Matches are then read through the public path.
 */
export async function search(locale: Locale, query: string, limit = 30): Promise<SiteDoc[]> {
  const payload = await sitePayload()
  // Table and column names are constants above; the reader's words and language are parameters.
  const branches = SEARCHED.map(({ collection, table, columns, flagged }) => {
    const text = [
      ...columns.map((c) => `coalesce(l.${c}, '')`),
      `coalesce(jsonb_path_query_array(l.body, 'strict $.**.text')::text, '')`,
    ].join(` || ' ' || `)
    const published = (locale: string) =>
      `exists (select 1 from ${table}_published_locales x where x.parent_id = p.id and x.value::text = ${locale})`
    // The row searched is the requested language's when it is live, else the Danish one.
    return `select '${collection}'::text as collection, p.id, ts_rank(to_tsvector($2::regconfig, ${text}), websearch_to_tsquery($2::regconfig, $3::text)) as rank
      from ${table} p join ${table}_locales l on l._parent_id = p.id
      where ((l._locale::text = $1::text and ${published('$1::text')})
          or (l._locale::text = 'da' and $1::text <> 'da' and not ${published('$1::text')} and ${published("'da'")}))
        ${flagged ? `and (p.audience is null or p.audience = 'citizens')` : ''}
        and to_tsvector($2::regconfig, ${text}) @@ websearch_to_tsquery($2::regconfig, $3::text)`
  })
  const { rows } = await postgresOf(payload).pool.query<{ collection: SiteCollection; id: number }>(
    `select collection, id from (${branches.join(' union all ')}) hits order by rank desc, id limit $4`,
    [locale, SEARCH_CONFIG[locale], query, limit],
  )
  const results: SiteDoc[] = []
  for (const row of rows) {
    const [doc] = await findPublic<Served>(
      row.collection,
      locale,
      { id: { equals: row.id } },
      { limit: 1 },
    )
    if (doc) results.push(siteDoc(row.collection, doc))
  }
  return results
}
