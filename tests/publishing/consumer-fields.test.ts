import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { startDelivery } from '../support/delivery'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

/** The consumer contract, as the delivery API (the only public read path) serves it. */
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let delivery: Awaited<ReturnType<typeof startDelivery>>
let id: number
let slug: string

const FIELDS = 'title lang dir isFallback availableLocales translationStatus html'
type Served = {
  title: string
  lang: string
  dir: string
  isFallback: boolean
  availableLocales: string[]
  translationStatus: string
  html: string
}

async function leaflet(locale: string): Promise<Served | undefined> {
  const r = await delivery.graphql<{ Leaflet: Served | null }>(
    `{ Leaflet(locale: ${locale}, slug: "${slug}") { ${FIELDS} } }`,
  )
  expect(r.body.errors).toBeUndefined()
  return r.body.data!.Leaflet ?? undefined
}

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
  delivery = await startDelivery(t.databaseUrl)
  ;({ id, slug } = await createSource(t.payload, 'leaflets', world.departments.BIF))
  await t.payload.update({
    collection: 'leaflets',
    id,
    locale: 'da',
    data: { title: 'Sådan klager du' } as never,
  })
  await t.payload.update({
    collection: 'leaflets',
    id,
    locale: 'ar',
    data: { title: 'كيف تقدم شكوى', _status: 'published' } as never,
    publishSpecificLocale: 'ar',
  } as never)
  await t.payload.update({
    collection: 'leaflets',
    id,
    locale: 'tr',
    draft: true,
    data: { title: 'GİZLİ TASLAK' } as never,
  })
  await t.payload.update({
    collection: 'leaflets',
    id,
    locale: 'da',
    draft: true,
    data: { title: 'HEMMELIG KLADDE' } as never,
  })
})
afterAll(async () => {
  await delivery?.close()
  await t?.close()
})

describe('what consumers get per language', () => {
  it('serves a published translation with its language, direction and status', async () => {
    expect(await leaflet('ar')).toMatchObject({
      title: 'كيف تقدم شكوى',
      lang: 'ar',
      dir: 'rtl',
      isFallback: false,
      translationStatus: 'published',
    })
    expect((await leaflet('ar'))!.availableLocales.sort()).toEqual(['ar', 'da'])
  })

  it('serves published Danish, marked as fallback, where the translation is not live', async () => {
    expect(await leaflet('tr')).toMatchObject({
      title: 'Sådan klager du',
      lang: 'da-DK',
      dir: 'ltr',
      isFallback: true,
      translationStatus: 'missing',
    })
  })

  it("never leaks a draft: the delivery API refuses Payload's knobs, and management refuses anonymous readers", async () => {
    const knobs = await Promise.all(
      [
        `v1/leaflets/${slug}?locale=tr&draft=true`,
        `v1/leaflets/${slug}?locale=tr&fallback-locale=tr`,
        `v1/leaflets?locale=da&draft=true`,
        `v1/leaflets/${slug}?locale=all`,
      ].map((p) => delivery.get(p)),
    )
    expect(knobs.map((r) => r.status)).toEqual([400, 400, 400, 400])
    const served = [
      await leaflet('tr'),
      await leaflet('da'),
      (await delivery.get(`v1/leaflets?locale=tr`)).body,
    ]
    const management = await Promise.all(
      [
        'leaflets?locale=tr&draft=true',
        `leaflets/${id}?locale=tr&draft=true&fallback-locale=none`,
      ].map((p) => http.rest('GET', p)),
    )
    expect(management.map((r) => r.status)).toEqual([403, 403])
    const everything = JSON.stringify([
      served,
      knobs.map((r) => r.body),
      management.map((r) => r.body),
    ])
    expect(everything).not.toContain('GİZLİ TASLAK')
    expect(everything).not.toContain('HEMMELIG KLADDE')
    expect(everything).toContain('Sådan klager du')
  })

  it('renders the body as sanitized HTML', async () => {
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            children: [
              {
                type: 'text',
                text: '<script>alert(1)</script> Ring ',
                format: 1,
                detail: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
              {
                type: 'link',
                fields: { url: 'javascript:alert(2)', newTab: false, linkType: 'custom' },
                format: '',
                indent: 0,
                version: 3,
                direction: 'ltr',
                children: [
                  {
                    type: 'text',
                    text: 'klik',
                    format: 0,
                    detail: 0,
                    mode: 'normal',
                    style: '',
                    version: 1,
                  },
                ],
              },
              {
                type: 'link',
                fields: { url: 'https://www.kk.dk/klage', newTab: true, linkType: 'custom' },
                format: '',
                indent: 0,
                version: 3,
                direction: 'ltr',
                children: [
                  {
                    type: 'text',
                    text: 'kk.dk',
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
        ],
      },
    }
    await delivery.afterCommit(() =>
      t.payload.update({
        collection: 'leaflets',
        id,
        locale: 'da',
        data: { body, _status: 'published' } as never,
      }),
    )
    const html = (await leaflet('da'))!.html
    expect(html).toBe(
      '<p><strong>&lt;script&gt;alert(1)&lt;/script&gt; Ring </strong>klik<a href="https://www.kk.dk/klage" target="_blank" rel="noopener noreferrer">kk.dk</a></p>',
    )
  })

  it('withdraws a language: the public gets Danish again, webhook consumers and the audit log hear of it', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'tr',
      data: { title: 'Nasıl şikayet edilir', _status: 'published' } as never,
      publishSpecificLocale: 'tr',
    } as never)
    const live = await delivery.get<{ title: string; isFallback: boolean }>(
      `v1/leaflets/${doc.slug}?locale=tr`,
    )
    expect(live.body).toMatchObject({ title: 'Nasıl şikayet edilir', isFallback: false })
    const withdrawn = await delivery.afterCommit(() =>
      http.rest('PATCH', `leaflets/${doc.id}?locale=tr`, {
        body: { _status: 'draft' },
        auth: { token: world.actors.admin.token },
      }),
    )
    expect(withdrawn.status).toBe(200)
    const after = await delivery.get<{
      title: string
      isFallback: boolean
      availableLocales: string[]
      html: string
    }>(`v1/leaflets/${doc.slug}?locale=tr`)
    expect(after.body).toMatchObject({
      isFallback: true,
      title: expect.stringContaining('Dokument'),
    })
    expect(after.body.availableLocales).not.toContain('tr')
    expect(after.body.html).toContain('Brødtekst')
    const gql = await delivery.graphql<{ Leaflet: { title: string } }>(
      `{ Leaflet(slug: "${doc.slug}", locale: tr) { title } }`,
    )
    expect(gql.body.data!.Leaflet.title).not.toBe('Nasıl şikayet edilir')
    const audit = await t.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: doc.id } }, { action: { equals: 'unpublish' } }] },
    })
    expect(audit.docs.map((d) => d.locale)).toEqual(['tr'])
    // A translator's ordinary draft save withdraws nothing.
    await t.payload.update({
      collection: 'leaflets',
      id: id,
      locale: 'ar',
      draft: true,
      data: { title: 'مسودة جديدة' } as never,
    })
    expect((await leaflet('ar'))!.title).toBe('كيف تقدم شكوى')
  })
})
