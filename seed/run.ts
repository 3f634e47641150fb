import type { Payload } from 'payload'
import * as content from './content'

type ContentSlug =
  'leaflets' | 'welcome-materials' | 'letter-templates' | 'methods' | 'reflection-questions'

interface SeedItem {
  slug: string
  department: string
  publish: boolean
  [field: string]: unknown
}

export interface SeedReport {
  created: number
  skipped: number
}

/**
 * Idempotent: departments are matched by code and documents by slug, so running it again (every
 * start does) creates only what is missing and never overwrites an editor's work.
 */
export async function seedContent(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: 0, skipped: 0 }
  const departmentIdByCode = new Map<string, number | string>()
  for (const dept of content.departments) {
    const found = await payload.find({
      collection: 'departments',
      where: { code: { equals: dept.code } },
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) {
      departmentIdByCode.set(dept.code, found.docs[0].id)
      report.skipped++
      continue
    }
    const created = await payload.create({
      collection: 'departments',
      locale: 'da',
      data: { code: dept.code, name: dept.name, slug: dept.slug },
    })
    departmentIdByCode.set(dept.code, created.id)
    report.created++
  }

  const collections: Array<[ContentSlug, readonly SeedItem[]]> = [
    ['leaflets', content.leaflets as readonly SeedItem[]],
    ['welcome-materials', content.welcomeMaterials as readonly SeedItem[]],
    ['letter-templates', content.letterTemplates as readonly SeedItem[]],
    ['methods', content.methods as readonly SeedItem[]],
    ['reflection-questions', seedReflectionGroups()],
  ]
  for (const [collection, items] of collections) {
    for (const item of items) {
      const exists = await payload.find({
        collection,
        where: { slug: { equals: item.slug } },
        limit: 1,
        depth: 0,
        draft: true,
      })
      if (exists.docs.length) {
        report.skipped++
        continue
      }
      const { department, publish, ...fields } = item
      const departmentId = departmentIdByCode.get(department)
      if (departmentId === undefined)
        throw new Error(
          `Seed item ${collection}/${item.slug} names unknown department ${department}`,
        )
      await payload.create({
        collection,
        locale: 'da',
        draft: !publish,
        // Seeding is not an editor publishing: translation starts when an admin asks for it
        // ("translate all published material"), so a DeepL key is never billed by surprise.
        context: { skipTranslationSubmit: true },
        // Seed data is typed by seed/content.ts; Payload's generated create types are per collection.
        data: {
          ...fields,
          department: departmentId,
          _status: publish ? 'published' : 'draft',
        } as never,
      })
      report.created++
    }
  }
  await (await import('./plain-language')).seedPlainLanguage(payload)
  await (await import('./follow-up')).seedFollowUp(payload)
  return report
}

function seedReflectionGroups(): SeedItem[] {
  return content.reflectionQuestions.map(
    (group, index) => ({ order: index + 1, ...group }) as SeedItem,
  )
}
