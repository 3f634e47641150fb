import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, createSource, sourceData, type World } from '../support/fixtures'
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

const messages = (body: unknown) => JSON.stringify(body)

describe('bad input gets a clear 4xx and damages nothing', () => {
  it('rejects an unknown locale instead of silently serving Danish', async () => {
    const r = await http.rest('GET', 'leaflets?locale=xx')
    expect(r.status).toBe(400)
    expect(messages(r.body)).toContain('Unknown locale \\"xx\\"')
    const fb = await http.rest('GET', 'leaflets?locale=ar&fallback-locale=klingon')
    expect(fb.status).toBe(400)
    const gql = await http.graphql('{ Leaflets(locale: xx) { docs { title } } }')
    expect(gql.status).toBeGreaterThanOrEqual(400)
    expect(messages(gql.body)).toMatch(/xx/)
  })

  it('refuses GraphQL queries nested too deep or too complex, with a 400', async () => {
    const deep = await http.graphql(
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }',
    )
    expect(deep.status).toBe(400)
    expect(messages(deep.body)).toContain('the limit is 10')
    const ok = await http.graphql(
      '{ Leaflets(locale: da) { docs { title department { name } } } }',
      {},
      { token: world.actors.admin.token },
    )
    expect(ok.status).toBe(200)
  })

  it('keeps locale=all for signed-in callers only', async () => {
    expect((await http.rest('GET', 'leaflets?locale=all')).status).toBe(401)
    expect(
      (await http.rest('GET', 'leaflets?locale=all', { auth: { token: world.actors.admin.token } }))
        .status,
    ).toBe(200)
  })

  it('refuses a letter template that uses an undeclared placeholder, in any language', async () => {
    const admin = { token: world.actors.admin.token }
    const data = sourceData('letter-templates', world.departments.BIF, 'Mødeindkaldelse test')
    const body = JSON.parse(
      JSON.stringify(data.body).replace('{{citizenName}}', '{{citizenName}} den {{meetingDate}}'),
    )
    const created = await http.rest('POST', 'letter-templates?locale=da', {
      body: { ...data, body },
      auth: admin,
    })
    expect(created.status).toBe(400)
    expect(messages(created.body)).toContain('placeholder {{meetingDate}} is not declared')

    const ok = await http.rest<{ doc: { id: number } }>('POST', 'letter-templates?locale=da', {
      body: data,
      auth: admin,
    })
    expect(ok.status).toBe(201)
    const translated = await http.rest(
      'PATCH',
      `letter-templates/${ok.body.doc.id}?locale=ar&draft=true`,
      {
        body: { title: 'دعوة {{caseNumber}}' },
        auth: admin,
      },
    )
    expect(translated.status).toBe(400)
    expect(messages(translated.body)).toContain('{{caseNumber}}')
    const stored = await t.payload.findByID({
      collection: 'letter-templates',
      id: ok.body.doc.id,
      locale: 'da',
    })
    expect(stored.title).toBe('Mødeindkaldelse test')
  })

  it('names the missing required field', async () => {
    const r = await http.rest('POST', 'leaflets?locale=da', {
      body: { department: world.departments.BIF, kind: 'general', _status: 'published' },
      auth: { token: world.actors.admin.token },
    })
    expect(r.status).toBe(400)
    expect(messages(r.body)).toMatch(/title/i)
  })

  it('rejects a malformed slug and leaves the stored document as it was', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    const r = await http.rest('PATCH', `leaflets/${doc.id}?locale=da`, {
      body: { slug: 'Not A Slug!' },
      auth: { token: world.actors.admin.token },
    })
    expect(r.status).toBe(400)
    expect(messages(r.body)).toContain('Slug may contain only')
    const stored = await t.payload.findByID({ collection: 'leaflets', id: doc.id })
    expect(stored.slug).toBe(doc.slug)
  })

  it('refuses malformed Lexical JSON, on drafts too, and keeps the stored body', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    const before = await t.payload.findByID({ collection: 'leaflets', id: doc.id, locale: 'da' })
    const admin = { token: world.actors.admin.token }
    for (const body of [
      '<p>html</p>',
      { root: 5 },
      { root: { type: 'root', children: 'nope' } },
      { root: { type: 'root', children: [{ text: 'no type' }] } },
    ]) {
      const r = await http.rest('PATCH', `leaflets/${doc.id}?locale=da&draft=true`, {
        body: { body },
        auth: admin,
      })
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(messages(r.body)).toMatch(/Rich text|rich text/)
    }
    const after = await t.payload.findByID({
      collection: 'leaflets',
      id: doc.id,
      locale: 'da',
      draft: true,
    })
    expect(after.body).toEqual(before.body)
  })

  // Guards a denial of service found after the merge: a 1 MB one-word title made the passive-voice
  // regexes try every start position (minutes of CPU per save).
  it('refuses a 1 MB document with a clear message', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    const paragraph = (i: number) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'text',
          text: `Afsnit ${i} `.repeat(100),
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
          version: 1,
        },
      ],
    })
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: Array.from({ length: 1000 }, (_, i) => paragraph(i)),
      },
    }
    expect(JSON.stringify(body).length).toBeGreaterThan(1_000_000)
    const r = await http.rest('PATCH', `leaflets/${doc.id}?locale=da`, {
      body: { body },
      auth: { token: world.actors.admin.token },
    })
    expect(r.status).toBe(400)
    expect(messages(r.body)).toContain('the limit is 500000')
    const longTitle = await http.rest('POST', 'leaflets?locale=da', {
      body: {
        title: 'x'.repeat(1_000_000),
        department: world.departments.BIF,
        kind: 'general',
      },
      auth: { token: world.actors.admin.token },
    })
    expect(longTitle.status).toBe(400)
    expect(messages(longTitle.body)).toContain('the limit is 100000')
  })

  it('refuses control and bidi-override characters in titles and rich text, drafts included', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    const translator = { token: world.actors.translatorAr.token }
    const override = await http.rest('PATCH', `leaflets/${doc.id}?locale=ar&draft=true`, {
      body: { title: 'اتصل \u202E66 33 66 33' },
      auth: translator,
    })
    expect(override.status).toBe(400)
    expect(messages(override.body)).toContain('U+202E')
    const control = await http.rest('PATCH', `leaflets/${doc.id}?locale=da`, {
      body: { title: 'Klage\u0007vejledning' },
      auth: { token: world.actors.admin.token },
    })
    expect(control.status).toBe(400)
    expect(messages(control.body)).toContain('U+0007')
    const rlm = await http.rest('PATCH', `leaflets/${doc.id}?locale=ar&draft=true`, {
      body: { title: 'رقم \u200F33 66 33 66' },
      auth: translator,
    })
    expect(rlm.status).toBe(200)
  })

  it('stores script injection as text and never renders it as markup', async () => {
    const title = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
      body: { title, department: world.departments.BIF, kind: 'general', _status: 'published' },
      auth: { token: world.actors.admin.token },
    })
    expect(created.status).toBe(201)
    const read = await http.graphql<{ Leaflet: { title: string } }>(
      `{ Leaflet(id: ${created.body.doc.id}, locale: da) { title } }`,
      {},
      { token: world.actors.admin.token },
    )
    expect(read.body.data!.Leaflet.title).toBe(title)
  })
})
