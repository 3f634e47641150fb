import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LiveDocument, LiveList } from '../../src/delivery/contract'
import { startDelivery } from '../support/delivery'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

/**
 * The reproductions of issue 10, as an attacker would try them. Each failed on the old design
 * (anonymous reads through Payload's query layer); the public now reads only the delivery API.
 */
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let delivery: Awaited<ReturnType<typeof startDelivery>>

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
  delivery = await startDelivery(t.databaseUrl)
})
afterAll(async () => {
  await delivery?.close()
  await t?.close()
})

const ARABIC_DRAFT = 'مسودة عربية سرية لم تراجع'
const ENGLISH_WITHDRAWN = 'Withdrawn English summary text'

/** Every way a public reader can ask the delivery API for the document, with every knob. */
async function everythingPublic(collection: string, slug: string): Promise<string> {
  const answers: unknown[] = []
  for (const locale of ['da', 'en', 'ar', 'tr']) {
    answers.push((await delivery.get(`v1/${collection}/${slug}?locale=${locale}`)).body)
    answers.push((await delivery.get(`v1/${collection}?locale=${locale}`)).body)
    answers.push(
      (
        await delivery.graphql(
          `{ Leaflet(slug: "${slug}", locale: ${locale}) { title summary html fields } Leaflets(locale: ${locale}) { docs { title summary } } }`,
        )
      ).body,
    )
  }
  for (const knob of [
    'fallback-locale=ar',
    'fallback-locale=en',
    'draft=true',
    'publishAllLocales=true',
    'locale=all',
    'where[title][like]=x',
    'select[title]=true',
  ]) {
    answers.push((await delivery.get(`v1/${collection}/${slug}?locale=da&${knob}`)).body)
  }
  return JSON.stringify(answers)
}

describe('issue 10 reproductions', () => {
  it("publishAllLocales by an editor does not publish a translator's Arabic draft of a field empty in Danish", async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'da',
      data: { summary: null, _status: 'published' } as never,
    })
    const draft = await http.rest('PATCH', `leaflets/${doc.id}?locale=ar&draft=true`, {
      body: { title: 'عنوان', summary: ARABIC_DRAFT },
      auth: { token: world.actors.translatorAr.token },
    })
    expect(draft.status).toBe(200)
    await delivery.afterCommit(() =>
      http.rest('PATCH', `leaflets/${doc.id}?locale=da&publishAllLocales=true`, {
        body: { _status: 'published' },
        auth: { token: world.actors.editorBIF.token },
      }),
    )

    // Management is closed to anonymous readers, with every knob.
    for (const path of [
      `leaflets/${doc.id}?locale=da&fallback-locale=ar`,
      `leaflets/${doc.id}?locale=ar`,
      'leaflets?locale=da',
    ]) {
      const r = await http.rest('GET', path)
      expect(r.status, path).toBe(403)
      expect(JSON.stringify(r.body)).not.toContain(ARABIC_DRAFT)
    }
    const gql = await http.graphql(
      `{ Leaflet(id: ${doc.id}, locale: da, fallbackLocale: ar) { title summary } }`,
    )
    expect(JSON.stringify(gql.body)).not.toContain(ARABIC_DRAFT)
    expect(gql.body.errors?.length).toBeGreaterThan(0)

    // The delivery API serves Danish, marked as fallback for Arabic, and nothing of the draft.
    const ar = await delivery.get<LiveDocument>(`v1/leaflets/${doc.slug}?locale=ar`)
    expect(ar.body).toMatchObject({
      lang: 'da-DK',
      isFallback: true,
      translationStatus: 'missing',
      summary: null,
    })
    const da = await delivery.get<LiveDocument>(`v1/leaflets/${doc.slug}?locale=da`)
    expect(da.body).toMatchObject({ lang: 'da-DK', isFallback: false, availableLocales: ['da'] })
    expect(await everythingPublic('leaflets', doc.slug)).not.toContain(ARABIC_DRAFT)
  })

  it('a withdrawn English text never comes back, also after the Danish field is emptied', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    const approve = await http.rest(
      'PATCH',
      `leaflets/${doc.id}?locale=en&publishSpecificLocale=en`,
      {
        body: { title: 'How to complain', summary: ENGLISH_WITHDRAWN, _status: 'published' },
        auth: { token: world.actors.admin.token },
      },
    )
    expect(approve.status).toBe(200)
    expect(
      (await delivery.get<LiveDocument>(`v1/leaflets/${doc.slug}?locale=en`)).body,
    ).toMatchObject({ summary: ENGLISH_WITHDRAWN, lang: 'en', isFallback: false })
    const withdraw = await delivery.afterCommit(() =>
      http.rest('PATCH', `leaflets/${doc.id}?locale=en`, {
        body: { _status: 'draft' },
        auth: { token: world.actors.admin.token },
      }),
    )
    expect(withdraw.status).toBe(200)
    const emptied = await delivery.afterCommit(() =>
      http.rest('PATCH', `leaflets/${doc.id}?locale=da`, {
        body: { summary: '', _status: 'published' },
        auth: { token: world.actors.editorBIF.token },
      }),
    )
    expect(emptied.status).toBe(200)

    expect((await http.rest('GET', `leaflets/${doc.id}?locale=da&fallback-locale=en`)).status).toBe(
      403,
    )
    const en = await delivery.get<LiveDocument>(`v1/leaflets/${doc.slug}?locale=en`)
    expect(en.body).toMatchObject({ isFallback: true, lang: 'da-DK', translationStatus: 'missing' })
    expect(en.body.availableLocales).toEqual(['da'])
    expect(await everythingPublic('leaflets', doc.slug)).not.toContain(ENGLISH_WITHDRAWN)
  })

  it('draft text cannot be guessed with a search: only live text is searched', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await http.rest('PATCH', `leaflets/${doc.id}?locale=ar&draft=true`, {
      body: { title: 'كلمةسرية في المسودة' },
      auth: { token: world.actors.translatorAr.token },
    })
    const where = await http.rest(
      'GET',
      `leaflets?locale=ar&where[title][like]=${encodeURIComponent('كلمةسرية')}`,
    )
    expect(where.status).toBe(403)
    const gql = await http.graphql(
      `{ Leaflets(locale: ar, where: { title: { like: "كلمةسرية" } }) { totalDocs } }`,
    )
    expect(gql.body.data?.Leaflets ?? null).toBeNull()
    const search = await delivery.get<LiveList>(
      `v1/leaflets?locale=ar&search=${encodeURIComponent('كلمةسرية')}`,
    )
    expect(search.status).toBe(200)
    expect(search.body.totalDocs).toBe(0)
    // The same search finds live text, so the check above can fail.
    const live = await delivery.get<LiveList>(
      `v1/leaflets?locale=ar&search=${encodeURIComponent(doc.slug.split('-')[1]!)}`,
    )
    expect(live.body.docs.map((d) => d.slug)).toContain(doc.slug)
  })

  it('an api-consumer previews drafts with its API key, not with a password login', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF, false)
    const byKey = await http.rest<{ docs: unknown[] }>(
      'GET',
      `leaflets?where[id][equals]=${doc.id}&draft=true`,
      { auth: { apiKey: world.actors.consumer.apiKey } },
    )
    expect(byKey.status).toBe(200)
    expect(byKey.body.docs).toHaveLength(1)
    const byPassword = await http.rest('GET', `leaflets?where[id][equals]=${doc.id}&draft=true`, {
      auth: { token: world.actors.consumer.token },
    })
    expect(byPassword.status).toBe(403)
  })

  it('a database from before the read model gets its live documents on start (backfill), drafts still out', async () => {
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'tr',
      data: { title: 'Yayında', _status: 'published' } as never,
      publishSpecificLocale: 'tr',
    } as never)
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'ar',
      draft: true,
      data: { title: 'مسودة البيانات القديمة' } as never,
    })
    const { Pool } = (await import('pg')).default
    const pool = new Pool({ connectionString: t.databaseUrl })
    await pool.query('delete from live_documents where document_id = $1', [doc.id])
    await pool.end()
    expect(await delivery.store.read('leaflets', doc.slug, 'tr')).toBeNull()
    const { backfillLiveDocuments } = await import('../../src/delivery/projection')
    const { createLocalReq } = await import('payload')
    expect(await backfillLiveDocuments(await createLocalReq({}, t.payload), ['leaflets'])).toBe(1)
    expect(await delivery.store.read('leaflets', doc.slug, 'tr')).toMatchObject({
      title: 'Yayında',
      isFallback: false,
      availableLocales: ['da', 'tr'],
    })
    expect(await delivery.store.read('leaflets', doc.slug, 'ar')).toMatchObject({
      isFallback: true,
      lang: 'da-DK',
    })
    expect(await backfillLiveDocuments(await createLocalReq({}, t.payload), ['leaflets'])).toBe(0)
  })
})
