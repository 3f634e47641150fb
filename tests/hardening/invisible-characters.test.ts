import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, sourceData, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
})
afterAll(async () => t?.close())

const admin = () => ({ token: world.actors.admin.token })
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E]/

describe('invisible characters, decided per field (item 5)', () => {
  it('removes zero-width space and BOM from a title, and the slug made from it has nothing invisible', async () => {
    const data = sourceData('leaflets', world.departments.BIF, '\uFEFFSådan\u200Bklager du\u2060')
    const r = await http.rest<{ doc: { id: number; title: string; slug: string } }>(
      'POST',
      'leaflets?locale=da',
      { body: data, auth: admin() },
    )
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.doc.title).toBe('Sådanklager du')
    expect(r.body.doc.slug).toBe('saadanklager-du')
    const stored = await t.payload.findByID({
      collection: 'leaflets',
      id: r.body.doc.id,
      locale: 'da',
    })
    expect(stored.title).not.toMatch(INVISIBLE)
  })

  it('keeps ZWNJ, which is correct Persian and Urdu spelling, in titles and rich text', async () => {
    const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
      body: sourceData('leaflets', world.departments.BIF, 'Persisk test'),
      auth: admin(),
    })
    expect(created.status).toBe(201)
    const persian = 'می\u200Cخواهم شکایت کنم'
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'rtl',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'rtl',
            textFormat: 0,
            children: [
              {
                type: 'text',
                text: `\u200B${persian}`,
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
            ],
          },
        ],
      },
    }
    const r = await http.rest('PATCH', `leaflets/${created.body.doc.id}?locale=fa&draft=true`, {
      body: { title: persian, body },
      auth: admin(),
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    const stored = await t.payload.findByID({
      collection: 'leaflets',
      id: created.body.doc.id,
      locale: 'fa',
      draft: true,
    })
    expect(stored.title).toBe(persian)
    expect(JSON.stringify(stored.body)).toContain(persian)
    expect(JSON.stringify(stored.body)).not.toMatch(INVISIBLE)
  })

  it('refuses a typed slug with an invisible character it cannot remove, and a department slug with any', async () => {
    const r = await http.rest('POST', 'leaflets?locale=da', {
      body: {
        ...sourceData('leaflets', world.departments.BIF, 'Slug test'),
        slug: 'slug\u200Dtest',
      },
      auth: admin(),
    })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toContain('Slug may contain only')
    const dept = await http.rest('POST', 'departments?locale=da', {
      body: { code: 'KFF', name: 'Kultur', slug: 'kultur\u200Cfritid' },
      auth: admin(),
    })
    expect(dept.status).toBe(400)
    const zwsp = await http.rest<{ doc: { slug: string; name: string } }>(
      'POST',
      'departments?locale=da',
      { body: { code: 'TMF', name: 'Teknik\u200B', slug: 'teknik\u200B' }, auth: admin() },
    )
    expect(zwsp.status, JSON.stringify(zwsp.body)).toBe(201)
    expect(zwsp.body.doc).toMatchObject({ slug: 'teknik', name: 'Teknik' })
  })
})
