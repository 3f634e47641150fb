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
    const deep = await http.graphql('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }')
    expect(deep.status).toBe(400)
    expect(messages(deep.body)).toContain('the limit is 10')
    const ok = await http.graphql('{ Leaflets(locale: da) { docs { title department { name } } } }')
    expect(ok.status).toBe(200)
  })

  it('keeps locale=all for signed-in callers only', async () => {
    expect((await http.rest('GET', 'leaflets?locale=all')).status).toBe(401)
    expect((await http.rest('GET', 'leaflets?locale=all', { auth: { token: world.actors.admin.token } })).status).toBe(200)
  })

  it('refuses a letter template that uses an undeclared placeholder, in any language', async () => {
    const admin = { token: world.actors.admin.token }
    const data = sourceData('letter-templates', world.departments.BIF, 'Mødeindkaldelse test')
    const body = JSON.parse(JSON.stringify(data.body).replace('{{citizenName}}', '{{citizenName}} den {{meetingDate}}'))
    const created = await http.rest('POST', 'letter-templates?locale=da', { body: { ...data, body }, auth: admin })
    expect(created.status).toBe(400)
    expect(messages(created.body)).toContain('placeholder {{meetingDate}} is not declared')

    const ok = await http.rest<{ doc: { id: number } }>('POST', 'letter-templates?locale=da', { body: data, auth: admin })
    expect(ok.status).toBe(201)
    const translated = await http.rest('PATCH', `letter-templates/${ok.body.doc.id}?locale=ar&draft=true`, {
      body: { title: 'دعوة {{caseNumber}}' },
      auth: admin,
    })
    expect(translated.status).toBe(400)
    expect(messages(translated.body)).toContain('{{caseNumber}}')
    const stored = await t.payload.findByID({ collection: 'letter-templates', id: ok.body.doc.id, locale: 'da' })
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
    const r = await http.rest('PATCH', `leaflets/${doc.id}?locale=da`, { body: { slug: 'Not A Slug!' }, auth: { token: world.actors.admin.token } })
    expect(r.status).toBe(400)
    expect(messages(r.body)).toContain('Slug may contain only')
    const stored = await t.payload.findByID({ collection: 'leaflets', id: doc.id })
    expect(stored.slug).toBe(doc.slug)
  })
})
