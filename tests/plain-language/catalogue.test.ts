import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Booklet } from '../../plugins/plain-language/catalogue/Booklet'
import { BOOKLET_CSS } from '../../plugins/plain-language/catalogue/bookletCss'
import {
  type Catalogue,
  catalogueLanguages,
  loadCatalogue,
} from '../../plugins/plain-language/catalogue/loadCatalogue'
import { numberContents } from '../../plugins/plain-language/catalogue/paginate'
import { seedContent } from '../../seed/run'
import { LETTER_PRACTICE_EXAMPLES, seedPlainLanguage } from '../../seed/plain-language'
import { languageOf } from '../../src/languages'
import { readFont } from '../../src/print/fonts'
import { renderPdf } from '../../src/print/renderPdf'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
let server: Server
let base: string
const pages = new Map<string, string>()
const outDir = mkdtempSync(path.join(tmpdir(), 'catalogue-'))

/** What the Next layout and page render for a booklet, served over HTTP with the print fonts. */
function serve(name: string, catalogue: Catalogue): string {
  const language = languageOf(catalogue.locale)
  pages.set(
    `/${name}`,
    `<!doctype html><html lang="${language.bcp47}" dir="${language.dir}"><head><meta charset="utf-8"><style>${BOOKLET_CSS}</style></head><body>${renderToStaticMarkup(createElement(Booklet, { catalogue }))}</body></html>`,
  )
  return `${base}/${name}`
}

function pdfText(pdf: Uint8Array, name: string, page?: number): string {
  const file = path.join(outDir, `${name}.pdf`)
  writeFileSync(file, pdf)
  return execFileSync(
    'pdftotext',
    [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'],
    { encoding: 'utf8' },
  )
}

function pdfPages(pdf: Uint8Array, name: string): number {
  const file = path.join(outDir, `${name}.pdf`)
  writeFileSync(file, pdf)
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
}

beforeAll(async () => {
  t = await startTestPayload()
  await seedContent(t.payload)
  server = createServer(async (req, res) => {
    const url = req.url ?? '/'
    if (url.startsWith('/print/fonts/')) {
      const font = await readFont(url.slice('/print/fonts/'.length))
      if (font) return res.writeHead(200, { 'content-type': 'font/woff2' }).end(font)
    }
    const html = pages.get(url)
    if (!html) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}, 180_000)
afterAll(async () => {
  server?.close()
  await t?.close()
})

describe('the seed', () => {
  it('brings the word list, letter practice examples with the LIX of each passage, and budgets', async () => {
    expect((await t.payload.count({ collection: 'plain-words' })).totalDocs).toBeGreaterThan(30)
    const practice = await t.payload.find({
      collection: 'letter-practice',
      depth: 0,
      pagination: false,
    })
    expect(practice.docs).toHaveLength(LETTER_PRACTICE_EXAMPLES.length)
    for (const doc of practice.docs) {
      const before = doc.beforeLix as { status: string; score: number }
      const after = doc.afterLix as { status: string; score: number }
      expect(before.status, doc.title).toBe('scored')
      expect(after.status, doc.title).toBe('scored')
      // Every example shows a real improvement, and the rewrite is at most medium.
      expect(after.score, doc.title).toBeLessThan(before.score)
      expect(after.score, doc.title).toBeLessThanOrEqual(34)
    }
    expect((await t.payload.count({ collection: 'translation-budgets' })).totalDocs).toBe(7)
    // Seeding again creates nothing new.
    expect(await seedPlainLanguage(t.payload)).toEqual({ created: 0, skipped: expect.any(Number) })
  })
})

describe('the letter practice catalogue', () => {
  it('any editor submits a draft; only an admin publishes; drafts never reach the booklet', async () => {
    const departments = await t.payload.find({
      collection: 'departments',
      where: { code: { equals: 'BIF' } },
      depth: 0,
    })
    const bif = departments.docs[0].id
    const editor = await t.payload.create({
      collection: 'users',
      data: {
        email: 'editor@plain.invalid',
        password: 'x-correct-horse',
        roles: ['editor'],
        departments: [bif],
      },
    })
    const user = { ...editor, collection: 'users' as const }
    const draft = await t.payload.create({
      collection: 'letter-practice',
      user,
      overrideAccess: false,
      draft: true,
      data: {
        title: 'Udkast fra en redaktør',
        department: bif,
        letterType: 'other',
        before: 'Før.',
        after: 'Efter.',
        whatChanged: 'Kortere.',
        _status: 'draft',
      },
    })
    expect(draft.submittedBy).toBeTruthy()
    await expect(
      t.payload.update({
        collection: 'letter-practice',
        id: draft.id,
        user,
        overrideAccess: false,
        data: { _status: 'published' },
      }),
    ).rejects.toThrow(/admin publishes/)
    const booklet = await loadCatalogue(t.payload, 'letter-practice', 'da')
    expect(booklet!.sections.flatMap((s) => s.entries).map((e) => e.title)).not.toContain(
      'Udkast fra en redaktør',
    )
    expect(booklet!.sections.flatMap((s) => s.entries)).toHaveLength(
      LETTER_PRACTICE_EXAMPLES.length,
    )
    // Danish examples of Danish letters: there is no other language edition.
    expect(await loadCatalogue(t.payload, 'letter-practice', 'ar')).toBeNull()
  })

  it('prints as a PDF with a table of contents whose page numbers are right', async () => {
    const catalogue = (await loadCatalogue(t.payload, 'letter-practice', 'da'))!
    const pdf = await renderPdf(serve('letter-practice-da', catalogue), null, {
      beforePrint: numberContents,
      pageNumbers: true,
    })
    const entries = catalogue.sections.flatMap((s) => s.entries)
    // Cover, contents, one page per example (none runs over a page).
    expect(pdfPages(pdf, 'lp')).toBe(2 + entries.length)
    const contents = pdfText(pdf, 'lp', 2)
    expect(contents).toContain('Indhold')
    for (const entry of entries) {
      const line = contents.split('\n').find((l) => l.includes(entry.title))
      expect(line, entry.title).toBeDefined()
      const page = Number(/(\d+)\s*$/.exec(line!)![1])
      const text = pdfText(pdf, 'lp', page)
      expect(text, `${entry.title} on page ${page}`).toContain(entry.title)
      expect(text).toMatch(/Før\s+LIX \d+/)
      expect(text).toMatch(/Efter\s+LIX \d+/)
    }
  })
})

describe('the method catalogue', () => {
  it('Danish: citizen involvement, good letter practice and reflection questions, with contents', async () => {
    const catalogue = (await loadCatalogue(t.payload, 'methods', 'da'))!
    expect(catalogue.sections.map((s) => s.id)).toEqual([
      'citizen-involvement',
      'good-letter-practice',
      'reflection-questions',
    ])
    expect(catalogue.sections[2].entries[0].questions!.length).toBeGreaterThan(0)
    const pdf = await renderPdf(serve('methods-da', catalogue), null, {
      beforePrint: numberContents,
      pageNumbers: true,
    })
    const text = pdfText(pdf, 'methods-da')
    expect(text).toContain('Metodekatalog')
    expect(text).toContain('Refleksionsspørgsmål')
    const contents = pdfText(pdf, 'methods-da', 2) + pdfText(pdf, 'methods-da', 3)
    const entries = catalogue.sections.flatMap((s) => s.entries)
    for (const entry of entries) {
      const line = contents
        .split('\n')
        .find((l) => l.includes(entry.title.slice(0, 30)) && /\d\s*$/.test(l))
      const page = Number(/(\d+)\s*$/.exec(line ?? '')?.[1])
      expect(
        pdfText(pdf, 'methods-da', page).replace(/\s+/g, ' '),
        `${entry.title} on page ${page}`,
      ).toContain(entry.title.slice(0, 30))
    }
  })

  it('in Arabic: only approved, published Arabic texts, right to left; drafts and unpublished languages never', async () => {
    expect(await loadCatalogue(t.payload, 'methods', 'ar')).toBeNull()
    expect(await catalogueLanguages(t.payload, 'methods')).toEqual(['da'])
    const methods = await t.payload.find({
      collection: 'methods',
      depth: 0,
      limit: 2,
      sort: 'title',
      locale: 'da',
    })
    const [published, drafted] = methods.docs
    await t.payload.update({
      collection: 'methods',
      id: published.id,
      locale: 'ar',
      data: {
        title: 'اجتماعات الحوار في الحي',
        summary: 'قابل المواطنين حيث هم.',
        _status: 'published',
      },
    })
    await t.payload.update({
      collection: 'methods',
      id: drafted.id,
      locale: 'ar',
      draft: true,
      data: { title: 'مسودة لم تتم الموافقة عليها', _status: 'draft' },
    })
    const catalogue = (await loadCatalogue(t.payload, 'methods', 'ar'))!
    const titles = catalogue.sections.flatMap((s) => s.entries.map((e) => e.title))
    expect(titles).toEqual(['اجتماعات الحوار في الحي'])
    expect(catalogue.untranslated).toBeGreaterThan(0)
    expect(await catalogueLanguages(t.payload, 'methods')).toEqual(['da', 'ar'])
    const url = serve('methods-ar', catalogue)
    const pdf = await renderPdf(url, null, { beforePrint: numberContents, pageNumbers: true })
    // pdftotext breaks Arabic words where glyphs join; compare without spaces and direction marks.
    const squeeze = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '')
    const text = squeeze(pdfText(pdf, 'methods-ar'))
    expect(text).toContain(squeeze('دليل الأساليب'))
    expect(text).toContain(squeeze('المحتويات'))
    expect(text).not.toContain(squeeze('مسودة'))
    // Cover, contents, the one approved method on page 3 (the contents says so).
    expect(pdfPages(pdf, 'methods-ar')).toBe(3)
    expect(squeeze(pdfText(pdf, 'methods-ar', 3))).toContain(squeeze('اجتماعات الحوار في الحي'))
    expect(squeeze(pdfText(pdf, 'methods-ar', 2))).toMatch(/3.*1\.1|1\.1.*3/)
    const fonts = execFileSync('pdffonts', [path.join(outDir, 'methods-ar.pdf')], {
      encoding: 'utf8',
    })
    expect(fonts).toMatch(/NotoNaskhArabic/)
    expect(pages.get('/methods-ar')).toMatch(/<html lang="ar" dir="rtl">/)
  })
})
