import type { Payload } from 'payload'
import { isLocale, type Locale, SOURCE_LOCALE, TARGET_LOCALES } from '../../../src/languages'
import { lexicalToHtml } from '../../../src/render/lexicalToHtml'
import { CATALOGUE_LABELS } from './labels'

/**
 * The one place the printable catalogues read content from. It reads as the public does
 * (no user, published only, that language's own published text), so a booklet never contains a
 * draft or an unapproved translation. When public reads move to the read model, this is the file
 * to switch.
 */

export const CATALOGUES = ['methods', 'letter-practice'] as const
export type CatalogueKind = (typeof CATALOGUES)[number]

export interface CatalogueEntry {
  id: string
  title: string
  summary?: string | null
  /** Sanitized HTML from the Lexical renderer. */
  html?: string
  questions?: Array<{ question: string; help?: string | null }>
  practice?: {
    department: string
    letterType: string
    before: string
    after: string
    beforeLix: string
    afterLix: string
    whatChanged: string
    why?: string | null
  }
}

export interface CatalogueSection {
  id: string
  heading: string
  entries: CatalogueEntry[]
}

export interface Catalogue {
  kind: CatalogueKind
  locale: Locale
  title: string
  sections: CatalogueSection[]
  /** Documents in the Danish edition that have no approved translation in this language. */
  untranslated: number
}

export function isCatalogueKind(value: string): value is CatalogueKind {
  return (CATALOGUES as readonly string[]).includes(value)
}

type Published = {
  id: number
  title?: string | null
  summary?: string | null
  body?: unknown
  publishedLocales?: string[] | null
  isFallback?: boolean | null
}

async function publishedIn<T extends 'methods' | 'reflection-questions'>(
  payload: Payload,
  collection: T,
  locale: Locale,
  sort: string,
) {
  const found = await payload.find({
    collection,
    where: { publishedLocales: { in: [locale] } },
    locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    // Payload refuses anonymous reads of content; the where clause, draft: false and the filter
    // below keep this to the published text of this language.
    overrideAccess: true,
    draft: false,
    sort,
  })
  // A withdrawn or fallback text is never printed as if it were this language's.
  return found.docs.filter(
    (d) =>
      ((d as Published).publishedLocales ?? []).includes(locale) && !(d as Published).isFallback,
  )
}

async function methodsCatalogue(payload: Payload, locale: Locale): Promise<Catalogue> {
  const labels = CATALOGUE_LABELS[locale]
  const methods = await publishedIn(payload, 'methods', locale, 'title')
  const groups = await publishedIn(payload, 'reflection-questions', locale, 'order')
  const entry = (prefix: string, d: Published): CatalogueEntry => ({
    id: `${prefix}-${d.id}`,
    title: d.title ?? '',
    summary: d.summary,
    html: lexicalToHtml(d.body),
  })
  const sections: CatalogueSection[] = [
    {
      id: 'citizen-involvement',
      heading: labels.citizenInvolvement,
      entries: methods
        .filter((m) => m.category === 'citizen-involvement')
        .map((m) => entry('method', m)),
    },
    {
      id: 'good-letter-practice',
      heading: labels.goodLetterPractice,
      entries: methods
        .filter((m) => m.category === 'good-letter-practice')
        .map((m) => entry('method', m)),
    },
    {
      id: 'reflection-questions',
      heading: labels.reflectionQuestions,
      entries: groups.map((g) => ({
        ...entry('questions', g),
        questions: (g.questions ?? []).map((q) => ({ question: q.question, help: q.help })),
      })),
    },
  ].filter((s) => s.entries.length > 0)
  let untranslated = 0
  if (locale !== SOURCE_LOCALE) {
    const danish =
      (await publishedIn(payload, 'methods', SOURCE_LOCALE, 'title')).length +
      (await publishedIn(payload, 'reflection-questions', SOURCE_LOCALE, 'order')).length
    untranslated = Math.max(0, danish - methods.length - groups.length)
  }
  return { kind: 'methods', locale, title: labels.methodsTitle, sections, untranslated }
}

function lixText(value: unknown): string {
  const v = value as { status?: string; score?: number; labelDa?: string; message?: string } | null
  return v?.status === 'scored' ? `LIX ${v.score} (${v.labelDa})` : 'LIX: for kort til at score'
}

/** The letter practice catalogue is Danish by nature: its examples are Danish letters. */
async function letterPracticeCatalogue(payload: Payload): Promise<Catalogue> {
  const labels = CATALOGUE_LABELS.da
  const found = await payload.find({
    collection: 'letter-practice',
    where: { _status: { equals: 'published' } },
    depth: 1,
    pagination: false,
    overrideAccess: false,
    draft: false,
    sort: 'title',
  })
  const byType = new Map<string, CatalogueEntry[]>()
  const typeLabels = new Map(
    (
      payload.collections['letter-practice'].config.fields.find(
        (f) => 'name' in f && f.name === 'letterType',
      ) as { options: Array<{ value: string; label: string }> }
    ).options.map((o) => [o.value, o.label]),
  )
  for (const doc of found.docs) {
    const department =
      typeof doc.department === 'object' && doc.department
        ? `${doc.department.code} – ${doc.department.name}`
        : ''
    const list = byType.get(doc.letterType) ?? []
    list.push({
      id: `practice-${doc.id}`,
      title: doc.title,
      practice: {
        department,
        letterType: typeLabels.get(doc.letterType) ?? doc.letterType,
        before: doc.before,
        after: doc.after,
        beforeLix: lixText(doc.beforeLix),
        afterLix: lixText(doc.afterLix),
        whatChanged: doc.whatChanged,
        why: doc.why,
      },
    })
    byType.set(doc.letterType, list)
  }
  const sections = [...byType.entries()].map(([type, entries]) => ({
    id: `type-${type}`,
    heading: typeLabels.get(type)?.replace(/\s*\(.*\)$/, '') ?? type,
    entries,
  }))
  return {
    kind: 'letter-practice',
    locale: 'da',
    title: labels.letterPracticeTitle,
    sections,
    untranslated: 0,
  }
}

/** The booklet, or null when it has nothing published in that language. */
export async function loadCatalogue(
  payload: Payload,
  kind: CatalogueKind,
  locale: string,
): Promise<Catalogue | null> {
  if (!isLocale(locale)) return null
  if (kind === 'letter-practice') {
    if (locale !== SOURCE_LOCALE) return null
    const catalogue = await letterPracticeCatalogue(payload)
    return catalogue.sections.length ? catalogue : null
  }
  const catalogue = await methodsCatalogue(payload, locale)
  return catalogue.sections.length ? catalogue : null
}

/** The languages a booklet exists in: Danish, and each language with at least one approved, published text. */
export async function catalogueLanguages(payload: Payload, kind: CatalogueKind): Promise<Locale[]> {
  if (kind === 'letter-practice') return [SOURCE_LOCALE]
  const out: Locale[] = [SOURCE_LOCALE]
  for (const locale of TARGET_LOCALES)
    if (await loadCatalogue(payload, kind, locale)) out.push(locale)
  return out
}
