import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainJobs } from '../support/jobs'
import { startWorkflowWorld, type WorkflowWorld } from '../support/workflowWorld'

let w: WorkflowWorld
let leafletId: number
const admin = () => ({ token: w.world.actors.admin.token })

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

describe('one bad glossary term does not stop the workflow (issue 18 item 2)', () => {
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

  it("a failing DeepL glossary sync never blocks a translator's save or approval", async () => {
    const created = await w.http.rest('POST', 'glossary-terms', {
      body: { term: 'Borgerservice', translations: { ar: 'خدمة المواطنين' } },
      auth: admin(),
    })
    expect(created.status).toBe(201)
    // DeepL refuses every glossary call from here on (403 is not retried).
    w.fake.injectFaults(403, 403, 403, 403, 403, 403)
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
    expect(
      w.fake.requests.some((r) => r.path.startsWith('/v3/glossaries') || r.status === 403),
    ).toBe(true)
    const approved = await w.http.rest<{ state: string }>(
      'POST',
      `translation-tasks/${task.id}/approve`,
      { auth: { token: w.world.actors.translatorAr.token } },
    )
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.state).toBe('published')
  })
})
