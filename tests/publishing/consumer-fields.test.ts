import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let id: number

const FIELDS = 'title lang dir isFallback availableLocales translationStatus html'
type Served = { title: string; lang: string; dir: string; isFallback: boolean; availableLocales: string[]; translationStatus: string; html: string }

async function leaflet(locale: string, extra = ''): Promise<Served | undefined> {
  const r = await http.graphql<{ Leaflets: { docs: Served[] } }>(`{ Leaflets(locale: ${locale}${extra}, where: { id: { equals: ${id} } }) { docs { ${FIELDS} } } }`)
  expect(r.body.errors).toBeUndefined()
  return r.body.data!.Leaflets.docs[0]
}

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
  id = (await createSource(t.payload, 'leaflets', world.departments.BIF)).id
  await t.payload.update({ collection: 'leaflets', id, locale: 'da', data: { title: 'Sådan klager du' } as never })
  await t.payload.update({ collection: 'leaflets', id, locale: 'ar', data: { title: 'كيف تقدم شكوى', _status: 'published' } as never, publishSpecificLocale: 'ar' } as never)
  await t.payload.update({ collection: 'leaflets', id, locale: 'tr', draft: true, data: { title: 'GİZLİ TASLAK' } as never })
  await t.payload.update({ collection: 'leaflets', id, locale: 'da', draft: true, data: { title: 'HEMMELIG KLADDE' } as never })
})
afterAll(async () => t?.close())

describe('what consumers get per language', () => {
  it('serves a published translation with its language, direction and status', async () => {
    expect(await leaflet('ar')).toMatchObject({ title: 'كيف تقدم شكوى', lang: 'ar', dir: 'rtl', isFallback: false, translationStatus: 'published' })
    expect((await leaflet('ar'))!.availableLocales.sort()).toEqual(['ar', 'da'])
  })

  it('serves published Danish, marked as fallback, where the translation is not live', async () => {
    expect(await leaflet('tr')).toMatchObject({ title: 'Sådan klager du', lang: 'da-DK', dir: 'ltr', isFallback: true, translationStatus: 'missing' })
  })

  it('never leaks a draft: not with draft:true, not with fallbackLocale, not over REST', async () => {
    const attempts = [
      await leaflet('tr', ', draft: true'),
      await leaflet('tr', ', fallbackLocale: none, draft: true'),
      await leaflet('da', ', draft: true'),
      await leaflet('tr', ', fallbackLocale: tr'),
    ]
    const rest = await Promise.all(
      ['leaflets?locale=tr&draft=true', 'leaflets?locale=da&draft=true', `leaflets/${id}?locale=tr&draft=true&fallback-locale=none`, `leaflets/${id}?locale=all&draft=true`].map((p) => http.rest('GET', p)),
    )
    const everything = JSON.stringify([attempts, rest.map((r) => r.body)])
    expect(everything).not.toContain('GİZLİ TASLAK')
    expect(everything).not.toContain('HEMMELIG KLADDE')
    expect(everything).toContain('Sådan klager du')
  })

  it('renders the body as sanitized HTML', async () => {
    const body = {
      root: {
        type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
        children: [
          {
            type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0,
            children: [
              { type: 'text', text: '<script>alert(1)</script> Ring ', format: 1, detail: 0, mode: 'normal', style: '', version: 1 },
              { type: 'link', fields: { url: 'javascript:alert(2)', newTab: false, linkType: 'custom' }, format: '', indent: 0, version: 3, direction: 'ltr', children: [{ type: 'text', text: 'klik', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
              { type: 'link', fields: { url: 'https://www.kk.dk/klage', newTab: true, linkType: 'custom' }, format: '', indent: 0, version: 3, direction: 'ltr', children: [{ type: 'text', text: 'kk.dk', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
            ],
          },
        ],
      },
    }
    await t.payload.update({ collection: 'leaflets', id, locale: 'da', data: { body, _status: 'published' } as never })
    const html = (await leaflet('da'))!.html
    expect(html).toBe('<p><strong>&lt;script&gt;alert(1)&lt;/script&gt; Ring </strong>klik<a href="https://www.kk.dk/klage" target="_blank" rel="noopener noreferrer">kk.dk</a></p>')
  })

  it('withdraws a language: the public gets Danish again, webhook consumers and the audit log hear of it', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await t.payload.update({ collection: 'leaflets', id: doc.id, locale: 'tr', data: { title: 'Nasıl şikayet edilir', _status: 'published' } as never, publishSpecificLocale: 'tr' } as never)
    const live = await http.rest<{ title: string; isFallback: boolean }>('GET', `leaflets/${doc.id}?locale=tr`)
    expect(live.body).toMatchObject({ title: 'Nasıl şikayet edilir', isFallback: false })
    const withdrawn = await http.rest('PATCH', `leaflets/${doc.id}?locale=tr`, { body: { _status: 'draft' }, auth: { token: world.actors.admin.token } })
    expect(withdrawn.status).toBe(200)
    const after = await http.rest<{ title: string; isFallback: boolean; availableLocales: string[]; html: string }>('GET', `leaflets/${doc.id}?locale=tr`)
    expect(after.body).toMatchObject({ isFallback: true, title: expect.stringContaining('Dokument') })
    expect(after.body.availableLocales).not.toContain('tr')
    expect(after.body.html).toContain('Brødtekst')
    const gql = await http.graphql<{ Leaflet: { title: string } }>(`{ Leaflet(id: ${doc.id}, locale: tr) { title } }`)
    expect(gql.body.data!.Leaflet.title).not.toBe('Nasıl şikayet edilir')
    const audit = await t.payload.find({ collection: 'audit-log', where: { and: [{ documentId: { equals: doc.id } }, { action: { equals: 'unpublish' } }] } })
    expect(audit.docs.map((d) => d.locale)).toEqual(['tr'])
    // A translator's ordinary draft save withdraws nothing.
    await t.payload.update({ collection: 'leaflets', id: id, locale: 'ar', draft: true, data: { title: 'مسودة جديدة' } as never })
    expect((await leaflet('ar'))!.title).toBe('كيف تقدم شكوى')
  })
})
