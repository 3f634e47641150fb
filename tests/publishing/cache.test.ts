import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDelivery } from '../support/delivery'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'

/** The delivery API's answer cache: ETags, 304s, and emptied by Postgres NOTIFY when a publish commits. */
let t: TestPayload
let world: World
let delivery: Awaited<ReturnType<typeof startDelivery>>

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  delivery = await startDelivery(t.databaseUrl)
})
afterAll(async () => {
  await delivery?.close()
  await t?.close()
})

const gql = (query: string) => `graphql?query=${encodeURIComponent(query)}`

describe('delivery answer cache', () => {
  it('answers GraphQL GET from cache with an ETag, 304 on revalidation, and never stale after publish', async () => {
    const doc = await delivery.afterCommit(() =>
      createSource(t.payload, 'leaflets', world.departments.BIF),
    )
    const path = gql(`{ Leaflet(slug: "${doc.slug}", locale: da) { title } }`)
    const first = await delivery.get(path)
    expect(first.headers['x-cache']).toBe('miss')
    const second = await delivery.get(path)
    expect(second.headers['x-cache']).toBe('hit')
    expect(second.body).toEqual(first.body)
    expect(second.headers['cache-control']).toContain('must-revalidate')
    expect(second.headers['surrogate-key']).toContain(`doc:leaflets:${doc.id}`)
    const etag = second.headers.etag!
    expect((await delivery.get(path, { 'if-none-match': etag })).status).toBe(304)

    await delivery.afterCommit(() =>
      t.payload.update({
        collection: 'leaflets',
        id: doc.id,
        locale: 'da',
        data: { title: 'Ny titel efter udgivelse', _status: 'published' } as never,
      }),
    )
    const after = await delivery.get<{ data: { Leaflet: { title: string } } }>(path, {
      'if-none-match': etag,
    })
    expect(after.status).toBe(200)
    expect(after.headers['x-cache']).toBe('miss')
    expect(after.body.data.Leaflet.title).toBe('Ny titel efter udgivelse')
  })

  it('shows a newly published translation over REST once the commit is announced; a draft save empties nothing', async () => {
    const doc = await delivery.afterCommit(() =>
      createSource(t.payload, 'leaflets', world.departments.BIF),
    )
    const path = `v1/leaflets/${doc.slug}?locale=ar`
    expect((await delivery.get<{ isFallback: boolean }>(path)).body.isFallback).toBe(true)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'ar',
      draft: true,
      data: { title: 'مسودة' } as never,
    })
    await new Promise((r) => setTimeout(r, 100))
    expect((await delivery.get(path)).headers['x-cache']).toBe('hit')
    await delivery.afterCommit(() =>
      t.payload.update({
        collection: 'leaflets',
        id: doc.id,
        locale: 'ar',
        data: { title: 'عنوان', _status: 'published' } as never,
        publishSpecificLocale: 'ar',
      } as never),
    )
    expect((await delivery.get(path)).body).toMatchObject({
      title: 'عنوان',
      isFallback: false,
      lang: 'ar',
      dir: 'rtl',
    })
  })

  it('refuses mutations, and anything that is not a query', async () => {
    expect((await delivery.get(gql('mutation { deleteLeaflet(id: 1) { id } }'))).status).toBe(400)
    expect((await delivery.request('DELETE', 'v1/leaflets/x')).status).toBe(405)
    expect((await delivery.request('POST', 'v1/leaflets')).status).toBe(405)
  })
})
