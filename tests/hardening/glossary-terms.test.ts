import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainJobs } from '../support/jobs'
import { startWorkflowWorld, type WorkflowWorld } from '../support/workflowWorld'

let w: WorkflowWorld
let leafletId: number
let syncedId: string
const admin = () => ({ token: w.world.actors.admin.token })
const syncState = () =>
  w.t.payload.findGlobal({ slug: 'deepl-glossary-sync', depth: 0, overrideAccess: true })
const waitingSyncJobs = async () =>
  (
    await w.t.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'sync-deepl-glossary' } }, { completedAt: { exists: false } }],
      },
    })
  ).totalDocs

beforeAll(async () => {
  w = await startWorkflowWorld()
  const created = await w.http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title: 'Ordliste test',
      kind: 'general',
      department: w.world.departments.BIF,
      body: {
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
                  text: 'Kontakt Borgerservice.',
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
      },
      _status: 'published',
    },
    auth: { token: w.world.actors.editorBIF.token },
  })
  expect(created.status).toBe(201)
  leafletId = created.body.doc.id
  await drainJobs(w.t.payload)
}, 600_000)
afterAll(async () => w?.stop())

describe('one bad glossary term or a failing DeepL does not stop the workflow (issue 18 item 2)', () => {
  it.each([
    [{ term: 'Borger\tservice' }, /term contains a tab at position 7/],
    [{ term: 'Jobcenter\n' }, /term contains a line break/],
    [{ term: ' Jobcenter' }, /starts or ends with a space/],
    [
      { term: 'Ydelseskontoret', translations: { en: 'Benefits\toffice' } },
      /English translation contains a tab/,
    ],
  ])("refuses %o on save with DeepL's rule, and stores nothing", async (data, reason) => {
    const before = await w.t.payload.count({ collection: 'glossary-terms' })
    const r = await w.http.rest('POST', 'glossary-terms', { body: data, auth: admin() })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toMatch(reason)
    expect((await w.t.payload.count({ collection: 'glossary-terms' })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('a term change queues one background sync (not one per change), which records `synced`', async () => {
    const before = w.fake.requests.filter((r) => r.path.startsWith('/v3/glossaries')).length
    const created = await w.http.rest<{ doc: { id: number } }>('POST', 'glossary-terms', {
      body: {
        term: 'Borgerservice',
        translations: { ar: 'خدمة المواطنين', en: 'Citizen Service' },
      },
      auth: admin(),
    })
    expect(created.status).toBe(201)
    // The save did not wait for DeepL: nothing was sent yet, a job waits and the state says so.
    expect(w.fake.requests.filter((r) => r.path.startsWith('/v3/glossaries')).length).toBe(before)
    expect((await syncState()).state).toBe('pending')
    const edited = await w.http.rest('PATCH', `glossary-terms/${created.body.doc.id}`, {
      body: { note: 'Always with a capital B.' },
      auth: admin(),
    })
    expect(edited.status).toBe(200)
    expect(await waitingSyncJobs()).toBe(1)

    await drainJobs(w.t.payload)
    const state = await syncState()
    expect(state).toMatchObject({ state: 'synced', lastError: null })
    expect(state.glossaryId).toBeTruthy()
    const glossary = w.fake.glossaries.get(state.glossaryId!)
    expect(glossary?.dictionaries.find((d) => d.target_lang === 'ar')?.entries).toEqual({
      Borgerservice: 'خدمة المواطنين',
    })
    // Urdu and Persian take no glossary (DeepL's list says so): no dictionary is made for them.
    expect(glossary?.dictionaries.map((d) => d.target_lang).sort()).toEqual(['ar', 'en'])
    expect(state.languages).toEqual(
      expect.arrayContaining([
        { locale: 'ar', entries: 1 },
        { locale: 'en', entries: 1 },
      ]),
    )
    syncedId = state.glossaryId!
  })

  it('translations send the last synced glossary', async () => {
    w.fake.calls.length = 0
    const r = await w.http.rest('PATCH', `leaflets/${leafletId}?locale=da`, {
      body: { title: 'Ordliste test to', _status: 'published' },
      auth: { token: w.world.actors.editorBIF.token },
    })
    expect(r.status).toBe(200)
    await drainJobs(w.t.payload)
    const ar = w.fake.calls.filter((c) => c.target === 'AR')
    expect(ar.length).toBeGreaterThan(0)
    expect(ar.every((c) => c.glossaryId === syncedId)).toBe(true)
    expect(w.fake.calls.filter((c) => c.target === 'UR').every((c) => !c.glossaryId)).toBe(true)
  })

  it("a failing DeepL glossary sync records `failed` with DeepL's error, and never blocks a translator's save or approval", async () => {
    // DeepL refuses every glossary call from here on.
    w.fake.failGlossaries(403)
    const created = await w.http.rest('POST', 'glossary-terms', {
      body: { term: 'Jobcenter', translations: { ar: 'مركز العمل' } },
      auth: admin(),
    })
    expect(created.status).toBe(201)
    await drainJobs(w.t.payload)
    const failed = await syncState()
    expect(failed.state).toBe('failed')
    expect(failed.lastError).toMatch(/Glossary service failure \(403\)/)
    // Translation goes on with the glossary as last synced.
    expect(failed.glossaryId).toBe(syncedId)
    const shown = await w.http.rest<{ state: string; lastError: string }>(
      'GET',
      'glossary-terms/deepl-sync',
      { auth: { token: w.world.actors.translatorAr.token } },
    )
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({ state: 'failed', lastError: failed.lastError })

    const task = (
      await w.t.payload.find({
        collection: 'translation-tasks',
        where: { and: [{ documentId: { equals: leafletId } }, { locale: { equals: 'ar' } }] },
        depth: 0,
      })
    ).docs[0] as unknown as { id: number }
    const saved = await w.http.rest<{ state: string }>(
      'POST',
      `translation-tasks/${task.id}/save`,
      {
        body: {
          segments: [
            { key: 'title', text: 'اختبار المسرد' },
            { key: 'body.0', text: 'اتصل بـ خدمة المواطنين.' },
          ],
        },
        auth: { token: w.world.actors.translatorAr.token },
      },
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const approved = await w.http.rest<{ state: string }>(
      'POST',
      `translation-tasks/${task.id}/approve`,
      { auth: { token: w.world.actors.translatorAr.token } },
    )
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.state).toBe('published')
  })

  it('an admin retries the sync; once DeepL answers again it is `synced`', async () => {
    const translator = await w.http.rest('POST', 'glossary-terms/deepl-sync', {
      auth: { token: w.world.actors.translatorAr.token },
    })
    expect(translator.status).toBe(403)
    w.fake.failGlossaries(null)
    const retried = await w.http.rest<{ queued: boolean }>('POST', 'glossary-terms/deepl-sync', {
      auth: admin(),
    })
    expect(retried.status).toBe(200)
    expect(retried.body.queued).toBe(true)
    await drainJobs(w.t.payload)
    const state = await syncState()
    expect(state).toMatchObject({ state: 'synced', lastError: null, glossaryId: syncedId })
    expect(
      w.fake.glossaries.get(syncedId)?.dictionaries.find((d) => d.target_lang === 'ar')?.entries,
    ).toEqual({ Borgerservice: 'خدمة المواطنين', Jobcenter: 'مركز العمل' })
  })
})
