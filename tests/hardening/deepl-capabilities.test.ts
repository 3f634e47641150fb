import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeeplUsageReport } from '../../plugins/translation-workflow/deepl/endpoints'
import type { V3Language } from '../support/fake-deepl-server'
import { drainJobs } from '../support/jobs'
import { b, doc, p } from '../support/lexical'
import { startWorkflowWorld, type WorkflowWorld } from '../support/workflowWorld'

let w: WorkflowWorld
let leafletId: number
const admin = () => ({ token: w.world.actors.admin.token })

const usage = async () => {
  const r = await w.http.rest<DeeplUsageReport>('GET', 'translation-tasks/deepl-usage', {
    auth: admin(),
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return r.body
}
const routeOf = (report: DeeplUsageReport, locale: string) =>
  report.capabilities.languages.find((l) => l.locale === locale)?.route

/** Publishes new Danish, so every language is machine-translated again, and runs the jobs. */
async function publishDanish(sentence: string): Promise<void> {
  const r = await w.http.rest('PATCH', `leaflets/${leafletId}?locale=da`, {
    body: {
      title: `Åbningstider ${sentence.length}`,
      body: doc(p(sentence, ' Ring på ', b('33 66 33 66'), '.')),
      _status: 'published',
    },
    auth: { token: w.world.actors.editorBIF.token },
  })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  await drainJobs(w.t.payload)
}

const urduCalls = () => w.fake.calls.filter((c) => c.target === 'UR')

async function refreshNow(): Promise<void> {
  await w.t.payload.jobs.queue({ task: 'refresh-deepl-capabilities', input: {} })
  await drainJobs(w.t.payload)
}

beforeAll(async () => {
  // DeepL's language list is down when the CMS starts.
  w = await startWorkflowWorld({
    beforeStart: (fake) => fake.setLanguages('translate_text', { status: 500 }),
  })
  const created = await w.http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title: 'Åbningstider',
      kind: 'general',
      department: w.world.departments.BIF,
      body: doc(p('Borgerservice har åbent i dag. Ring på ', b('33 66 33 66'), '.')),
      _status: 'published',
    },
    auth: { token: w.world.actors.editorBIF.token },
  })
  expect(created.status).toBe(201)
  leafletId = created.body.doc.id
  await drainJobs(w.t.payload)
}, 600_000)
afterAll(async () => w?.stop())

describe("routing by DeepL's own language list (issue 12 item 9)", () => {
  it("with DeepL's list unreachable at start, routes by today's table: Urdu as text runs", async () => {
    const report = await usage()
    expect(report.capabilities.origin).toBe('fallback')
    expect(report.capabilities.lastError).toMatch(/Temporary failure|500/)
    expect(routeOf(report, 'ur')).toBe('runs')
    expect(routeOf(report, 'ar')).toBe('tags')
    expect(urduCalls().length).toBeGreaterThan(0)
    expect(urduCalls().every((c) => c.tagHandling === undefined)).toBe(true)
    expect(w.fake.calls.find((c) => c.target === 'AR')?.tagHandling).toBe('xml')
  })

  it('sends Urdu its tags once the daily refresh reads that DeepL takes them', async () => {
    const list: V3Language[] = w.fake
      .defaultLanguages('translate_text')
      .map((l) =>
        l.lang === 'ur' ? { ...l, features: { tag_handling: { status: 'stable' } } } : l,
      )
    w.fake.setLanguages('translate_text', list)
    await refreshNow()
    const report = await usage()
    expect(report.capabilities.origin).toBe('deepl')
    expect(report.capabilities.lastError).toBeNull()
    expect(routeOf(report, 'ur')).toBe('tags')
    expect(routeOf(report, 'fa')).toBe('runs')

    w.fake.calls.length = 0
    await publishDanish('Borgerservice har lukket i morgen.')
    expect(urduCalls().length).toBeGreaterThan(0)
    expect(urduCalls().every((c) => c.tagHandling === 'xml' && c.tagHandlingVersion === 'v2')).toBe(
      true,
    )
    // Persian still goes as runs; the Urdu task came back machine-translated, not failed.
    expect(w.fake.calls.filter((c) => c.target === 'FA').every((c) => !c.tagHandling)).toBe(true)
    const ur = await w.t.payload.find({
      collection: 'translation-tasks',
      where: { and: [{ documentId: { equals: leafletId } }, { locale: { equals: 'ur' } }] },
      depth: 0,
    })
    expect(ur.docs[0].state).toBe('machine_translated')
  })

  it.each([
    ['an HTTP 500', { status: 500 }, /Temporary failure|500/],
    ['garbage', { raw: '{"oops": true}' }, /not understood/],
  ] as const)(
    'keeps the last reading when DeepL answers %s, and says so',
    async (_, answer, error) => {
      w.fake.setLanguages('translate_text', answer)
      await refreshNow()
      const report = await usage()
      expect(report.capabilities.lastError).toMatch(error)
      expect(report.capabilities.origin).toBe('deepl')
      expect(routeOf(report, 'ur')).toBe('tags')
    },
  )
})

describe('DeepL usage on the dashboard (issue 12 item 9)', () => {
  it('shows characters used of the limit, and warns from 80 %', async () => {
    w.fake.setUsedCharacters(100_000)
    let report = await usage()
    expect(report.provider).toBe('deepl')
    expect(report.reachable).toBe(true)
    expect(report.limit).toBe(500_000)
    expect(report.used).toBe(100_000 + w.fake.totalCharacters())
    expect(report.percent).toBe(Math.floor((report.used! / 500_000) * 100))
    expect(report.warning).toBe(false)
    expect(report.text).toMatch(/of 500,000 characters used/)

    w.fake.setUsedCharacters(400_000 - w.fake.totalCharacters())
    report = await usage()
    expect(report.percent).toBe(80)
    expect(report.warning).toBe(true)
    expect(report.text).toMatch(/\(80 %\)\. Close to the limit/)
    w.fake.setUsedCharacters(0)
  })

  it('says so when DeepL cannot be reached, or when the pseudo provider is active', async () => {
    const url = process.env.DEEPL_SERVER_URL
    try {
      process.env.DEEPL_SERVER_URL = 'http://127.0.0.1:9'
      const unreachable = await usage()
      expect(unreachable).toMatchObject({ provider: 'deepl', reachable: false, warning: true })
      expect(unreachable.text).toMatch(/DeepL could not be reached/)

      const key = process.env.DEEPL_AUTH_KEY
      delete process.env.DEEPL_AUTH_KEY
      try {
        const pseudo = await usage()
        expect(pseudo).toMatchObject({ provider: 'pseudo', percent: null })
        expect(pseudo.text).toMatch(/Pseudo-translation is active/)
      } finally {
        process.env.DEEPL_AUTH_KEY = key
      }
    } finally {
      process.env.DEEPL_SERVER_URL = url
    }
  })

  it('is for signed-in staff only', async () => {
    const anonymous = await w.http.rest('GET', 'translation-tasks/deepl-usage')
    expect(anonymous.status).toBe(401)
    const consumer = await w.http.rest('GET', 'translation-tasks/deepl-usage', {
      auth: { token: w.world.actors.consumer.token },
    })
    expect(consumer.status).toBe(403)
  })
})
