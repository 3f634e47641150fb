import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
let world: World
let graphqlGet: (request: Request) => Promise<Response>
let restGet: (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  graphqlGet = (await import('../../src/app/(payload)/api/graphql/route')).GET
  restGet = (await import('../../src/app/(payload)/api/[...slug]/route')).GET
})
afterAll(async () => t?.close())

const gqlUrl = (query: string) => `http://localhost/api/graphql?query=${encodeURIComponent(query)}`

describe('published read cache', () => {
  it('answers GraphQL GET from cache with an ETag, 304 on revalidation, and never stale after publish', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    const url = gqlUrl(`{ Leaflet(id: ${doc.id}, locale: da) { title } }`)
    const first = await graphqlGet(new Request(url))
    const firstBody = await first.json()
    expect(first.headers.get('x-cms-cache')).toBe('miss')
    const second = await graphqlGet(new Request(url))
    expect(second.headers.get('x-cms-cache')).toBe('hit')
    expect(await second.json()).toEqual(firstBody)
    const etag = second.headers.get('etag')!
    expect((await graphqlGet(new Request(url, { headers: { 'if-none-match': etag } }))).status).toBe(304)

    await t.payload.update({ collection: 'leaflets', id: doc.id, locale: 'da', data: { title: 'Ny titel efter udgivelse', _status: 'published' } as never })
    const after = await graphqlGet(new Request(url, { headers: { 'if-none-match': etag } }))
    expect(after.status).toBe(200)
    expect(after.headers.get('x-cms-cache')).toBe('miss')
    expect(((await after.json()) as { data: { Leaflet: { title: string } } }).data.Leaflet.title).toBe('Ny titel efter udgivelse')
  })

  it('shows a newly published translation at once over REST, and never caches signed-in reads', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    const url = `http://localhost/api/leaflets/${doc.id}?locale=ar`
    const get = (headers: Record<string, string> = {}) => restGet(new Request(url, { headers }), { params: Promise.resolve({ slug: ['leaflets', String(doc.id)] }) })
    expect(((await (await get()).json()) as { isFallback: boolean }).isFallback).toBe(true)
    await get()
    await t.payload.update({ collection: 'leaflets', id: doc.id, locale: 'ar', data: { title: 'عنوان', _status: 'published' } as never, publishSpecificLocale: 'ar' } as never)
    const fresh = (await (await get()).json()) as { title: string; isFallback: boolean }
    expect(fresh).toMatchObject({ title: 'عنوان', isFallback: false })
    const signedIn = await get({ authorization: `JWT ${world.actors.admin.token}` })
    expect(signedIn.headers.get('x-cms-cache')).toBeNull()
  })

  it('refuses mutations over GET', async () => {
    const r = await graphqlGet(new Request(gqlUrl('mutation { deleteLeaflet(id: 1) { id } }')))
    expect(r.status).toBe(405)
  })
})
