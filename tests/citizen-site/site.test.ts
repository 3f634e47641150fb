import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { postgresOf } from '../../src/db/adapter'
import { launchChromium } from '../support/browser'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainJobs } from '../support/jobs'
import { startWorkflowWorld, type WorkflowWorld } from '../support/workflowWorld'

const mediaDir = mkdtempSync(path.join(tmpdir(), 'site-media-'))
process.env.MEDIA_DIR = mediaDir
process.env.OFFLINE_PACK_DIR = mkdtempSync(path.join(tmpdir(), 'site-offline-'))
// Small enough to test the limit with a real upload.
process.env.UPLOAD_MAX_BYTES = String(1024 * 1024)
process.env.OFFLINE_PACK_REBUILD = 'on'
// Queued on publish but run only when a test asks (drainJobs would otherwise build packs mid-test).
process.env.OFFLINE_PACK_SETTLE_MS = String(60 * 60 * 1000)

let w: WorkflowWorld
let site: (path: string) => Promise<Response>
let restPost: (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

type Task = {
  id: number
  locale: string
  state: string
  segments: Array<{
    key: string
    text: string
    source: string
    qa: Array<{ code: string; severity: string }>
  }>
}

beforeAll(async () => {
  w = await startWorkflowWorld()
  const { seedContent } = await import('../../seed/run')
  const { seedCitizenSite } = await import('../../seed/citizen-site')
  await seedContent(w.t.payload)
  await seedCitizenSite(w.t.payload)
  const route = await import('../../src/app/(site)/[locale]/[[...path]]/route')
  site = (p: string) => {
    const url = new URL(`http://localhost${p}`)
    const [locale, ...rest] = url.pathname.split('/').filter(Boolean)
    return route.GET(new Request(url), {
      params: Promise.resolve({ locale, path: rest.map(decodeURIComponent) }),
    })
  }
  restPost = (await import('../../src/app/(payload)/api/[...slug]/route')).POST as typeof restPost
})

afterAll(async () => {
  await w?.stop()
})

const admin = () => ({ auth: { token: w.world.actors.admin.token } })
const asTranslator = () => ({ auth: { token: w.world.actors.translatorAr.token } })

async function text(p: string): Promise<{ status: number; body: string; type: string }> {
  const response = await site(p)
  return {
    status: response.status,
    body: await response.text(),
    type: response.headers.get('content-type') ?? '',
  }
}

function upload(
  collectionPath: string,
  file: { name: string; type: string; data: Uint8Array | string },
  data: Record<string, unknown> = {},
): Promise<Response> {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], {
      type: file.type,
    }),
    file.name,
  )
  form.append('_payload', JSON.stringify(data))
  const request = new Request(`http://localhost/api/${collectionPath}`, {
    method: 'POST',
    headers: { authorization: `JWT ${w.world.actors.admin.token}` },
    body: form,
  })
  return restPost(request, { params: Promise.resolve({ slug: [collectionPath] }) })
}

async function tasksOf(collection: string, id: number): Promise<Task[]> {
  const found = await w.t.payload.find({
    collection: 'translation-tasks',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    depth: 0,
    pagination: false,
  })
  return found.docs as unknown as Task[]
}

async function translateAndApproveArabic(
  collection: string,
  id: number,
  edits?: (task: Task) => Array<{ key: string; text: string }>,
): Promise<Task> {
  const submitted = await w.http.rest('POST', 'translation-tasks/submit', {
    body: { collection, id },
    ...admin(),
  })
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
  await drainJobs(w.t.payload)
  const ar = (await tasksOf(collection, id)).find((t) => t.locale === 'ar')!
  if (edits) {
    const saved = await w.http.rest('POST', `translation-tasks/${ar.id}/save`, {
      body: { segments: edits(ar) },
      ...asTranslator(),
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  }
  const approved = await w.http.rest<Task>(
    'POST',
    `translation-tasks/${ar.id}/approve`,
    asTranslator(),
  )
  expect(approved.status, JSON.stringify(approved.body)).toBe(200)
  return approved.body
}

async function idBySlug(
  collection: 'films' | 'leaflets' | 'events' | 'help-points',
  slug: string,
): Promise<number> {
  const found = await w.t.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  return found.docs[0].id as number
}

const ARABIC_CUES = [
  'مرحبا بكم في بلدية كوبنهاغن.',
  'هنا يمكنك الحصول على المساعدة بلغتك.',
  'اسألنا.',
]

/** The sample film's Arabic subtitles, translated and approved through the workflow (once). */
async function approveArabicFilm(): Promise<Task> {
  const id = await idBySlug('films', 'velkommen-til-kommunen')
  const done = (await tasksOf('films', id)).find(
    (t) => t.locale === 'ar' && t.state === 'published',
  )
  if (done) return done
  return translateAndApproveArabic('films', id, (task) =>
    task.segments
      .filter((s) => /^cues\.\d+\.text$/.test(s.key))
      .map((s, i) => ({ key: s.key, text: ARABIC_CUES[i] })),
  )
}

describe('the citizen site in every language', () => {
  it('seeds idempotently: a second run creates nothing', async () => {
    const { seedCitizenSite } = await import('../../seed/citizen-site')
    expect(await seedCitizenSite(w.t.payload)).toEqual({ created: 0 })
    expect((await w.t.payload.count({ collection: 'interface-texts' })).totalDocs).toBeGreaterThan(
      60,
    )
  })

  it('renders Arabic right to left, with interface texts not yet approved shown in Danish and marked', async () => {
    const home = await text('/ar')
    expect(home.status).toBe(200)
    expect(home.type).toContain('text/html')
    expect(home.body).toMatch(/<html lang="ar" dir="rtl">/)
    expect(home.body).toContain('<span lang="da-DK" dir="ltr">Kommende arrangementer</span>')
    expect(home.body).toContain('href="/ar/leaflets/saadan-klager-du"')
    expect(home.body).toContain('href="/ar/help-points/bydelsmoedre-noerrebro"')
    expect(home.body).toContain('href="/ar/films/velkommen-til-kommunen"')
    expect(home.body).not.toMatch(/<script/i)
    // A leaflet links its printable PDF in the reader's language (the print route).
    const leaflet = await text('/ar/leaflets/saadan-klager-du')
    expect(leaflet.body).toContain('href="/print/leaflets/saadan-klager-du/ar/pdf"')
    expect((await text('/ar/help-points/bydelsmoedre-noerrebro')).body).not.toContain('/pdf"')
  })

  it('shows an interface text in Arabic only once its translation is approved through the workflow', async () => {
    const id = (
      await w.t.payload.find({
        collection: 'interface-texts',
        where: { key: { equals: 'section.events' } },
        limit: 1,
      })
    ).docs[0].id as number
    await w.http.rest('POST', 'translation-tasks/submit', {
      body: { collection: 'interface-texts', id },
      ...admin(),
    })
    await drainJobs(w.t.payload)
    const draft = (await tasksOf('interface-texts', id)).find((t) => t.locale === 'ar')!
    expect(draft.state).toBe('machine_translated')
    // A machine draft exists but is not approved: the site still shows the Danish.
    expect((await text('/ar')).body).toContain(
      '<span lang="da-DK" dir="ltr">Kommende arrangementer</span>',
    )
    await translateAndApproveArabic('interface-texts', id, (task) =>
      task.segments.map((s) => ({ key: s.key, text: 'الفعاليات القادمة' })),
    )
    const home = (await text('/ar')).body
    expect(home).toContain('<h2>الفعاليات القادمة</h2>')
    expect(home).not.toContain('Kommende arrangementer')
  })

  it('never shows staff material: methods are not a site page, and a leaflet flagged for staff disappears', async () => {
    expect((await text('/da/methods/skriv-enkelt-og-forstaaeligt')).status).toBe(404)
    expect((await text('/da/reflection-questions/x')).status).toBe(404)
    const id = await idBySlug('leaflets', 'har-du-spoergsmaal')
    expect((await text('/da/leaflets/har-du-spoergsmaal')).status).toBe(200)
    await w.t.payload.update({
      collection: 'leaflets',
      id,
      locale: 'da',
      data: { audience: 'staff', _status: 'published' } as never,
    })
    expect((await text('/da/leaflets/har-du-spoergsmaal')).status).toBe(404)
    expect((await text('/da')).body).not.toContain('har-du-spoergsmaal')
    expect((await text('/da/search?q=sp%C3%B8rgsm%C3%A5l')).body).not.toContain(
      'har-du-spoergsmaal',
    )
  })

  it('renders films and images embedded in rich text (they used to be dropped)', async () => {
    const video = (
      await w.t.payload.find({
        collection: 'media',
        where: { filename: { equals: 'velkommen.webm' } },
        limit: 1,
      })
    ).docs[0]
    const id = await idBySlug('leaflets', 'dette-brev-er-vigtigt')
    const paragraph = {
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [
        {
          type: 'text',
          text: 'Se filmen:',
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
          version: 1,
        },
      ],
    }
    const upload = {
      type: 'upload',
      version: 3,
      format: '',
      id: 'embedded-film',
      fields: null,
      relationTo: 'media',
      value: video.id,
    }
    await w.t.payload.update({
      collection: 'leaflets',
      id,
      locale: 'da',
      context: { skipTranslationSubmit: true },
      data: {
        body: {
          root: {
            type: 'root',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [paragraph, upload],
          },
        },
        _status: 'published',
      } as never,
    })
    const page = (await text('/da/leaflets/dette-brev-er-vigtigt')).body
    expect(page).toContain(
      '<p>Se filmen:</p><figure><video controls preload="metadata" src="/api/media/file/velkommen.webm"></video></figure>',
    )
  })

  it('filters help points by language spoken and district', async () => {
    const somali = (await text('/da/places?language=so')).body
    expect(somali).toContain('bydelsmoedre-noerrebro')
    expect(somali).not.toContain('hovedbiblioteket')
    const indreBy = (await text('/da/places?district=indre-by')).body
    expect(indreBy).toContain('hovedbiblioteket')
    expect(indreBy).toContain('borgerraadgiveren')
    expect(indreBy).not.toContain('sundhedshus-noerrebro')
    expect((await text('/da/places?district=nowhere')).status).toBe(200)
  })

  it('lists upcoming events soonest first, without past ones, and serves an iCalendar feed per language', async () => {
    const bif = w.world.departments.BIF
    await w.t.payload.create({
      collection: 'events',
      locale: 'da',
      context: { skipTranslationSubmit: true },
      data: {
        title: 'Et møde der var',
        slug: 'et-moede-der-var',
        department: bif,
        kind: 'information-meeting',
        startsAt: '2020-01-01T10:00:00.000Z',
        endsAt: '2020-01-01T11:00:00.000Z',
        _status: 'published',
      } as never,
    })
    const page = (await text('/da/events')).body
    const order = [
      'informationsmoede-om-kommunen',
      'markedsdag-paa-blaagaards-plads',
      'informationsmoede-om-breve',
    ].map((slug) => page.indexOf(slug))
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(page).not.toContain('et-moede-der-var')
    const ics = await text('/ar/events.ics')
    expect(ics.type).toContain('text/calendar')
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(3)
    expect(ics.body).toContain('UID:informationsmoede-om-kommunen-ar@kend-din-kommune')
    expect(ics.body).not.toContain('et-moede-der-var')
  })

  it('searches in the reader’s language with stemming, only in published text', async () => {
    // Danish stemming: "klager" finds the leaflet about "klage".
    const danish = (await text('/da/search?q=klager')).body
    expect(danish).toContain('href="/da/leaflets/saadan-klager-du"')
    // Somali has nothing published: the Danish it would be shown is searched.
    expect((await text('/so/search?q=klage')).body).toContain(
      'href="/so/leaflets/saadan-klager-du"',
    )
    // A draft translation is never searched.
    const id = await idBySlug('help-points', 'hovedbiblioteket')
    await w.http.rest('POST', 'translation-tasks/submit', {
      body: { collection: 'help-points', id },
      ...admin(),
    })
    await drainJobs(w.t.payload)
    const ar = (await tasksOf('help-points', id)).find((t) => t.locale === 'ar')!
    const saved = await w.http.rest('POST', `translation-tasks/${ar.id}/save`, {
      body: { segments: [{ key: 'title', text: 'مكتبةزرقاء' }] },
      ...asTranslator(),
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect((await text('/ar/search?q=مكتبةزرقاء')).body).not.toContain('hovedbiblioteket')
    const approved = await w.http.rest('POST', `translation-tasks/${ar.id}/approve`, asTranslator())
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect((await text('/ar/search?q=مكتبةزرقاء')).body).toContain(
      'href="/ar/help-points/hovedbiblioteket"',
    )
  })
})

describe('films with subtitles in every language', () => {
  it('translates the subtitles cue by cue, keeps the timings exactly, and offers a track per published language', async () => {
    const before = await text('/ar/films/velkommen-til-kommunen')
    expect(before.body).toContain('src="/ar/films/velkommen-til-kommunen/da.vtt"')
    expect(before.body).not.toContain('ar.vtt')
    expect((await site('/ar/films/velkommen-til-kommunen/ar.vtt')).status).toBe(404)
    const approved = await approveArabicFilm()
    expect(approved.segments.filter((s) => s.key.startsWith('cues.')).map((s) => s.key)).toEqual([
      'cues.0.text',
      'cues.1.text',
      'cues.2.text',
    ])
    const track = await text('/ar/films/velkommen-til-kommunen/ar.vtt')
    expect(track.type).toContain('text/vtt')
    expect(track.body).toBe(
      'WEBVTT\n\n00:00.000 --> 00:01.500\nمرحبا بكم في بلدية كوبنهاغن.\n\n00:01.500 --> 00:03.000\nهنا يمكنك الحصول على المساعدة بلغتك.\n\n00:03.000 --> 00:04.000\nاسألنا.\n\n',
    )
    const page = (await text('/ar/films/velkommen-til-kommunen')).body
    expect(page).toContain(
      '<track kind="subtitles" src="/ar/films/velkommen-til-kommunen/ar.vtt" srclang="ar" label="العربية" default>',
    )
    expect((await site('/tr/films/velkommen-til-kommunen/tr.vtt')).status).toBe(404)
  })

  it('warns in QA when a translated cue is too fast to read', async () => {
    const id = await idBySlug('films', 'velkommen-til-kommunen')
    const tr = (await tasksOf('films', id)).find((t) => t.locale === 'tr')!
    const long = 'Bu çok uzun bir altyazı, bir buçuk saniyede okunamaz, kimse bunu okuyamaz.'
    const saved = await w.http.rest<Task>('POST', `translation-tasks/${tr.id}/save`, {
      body: { segments: [{ key: 'cues.0.text', text: long }] },
      auth: { token: w.world.actors.admin.token },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const cue = saved.body.segments.find((s) => s.key === 'cues.0.text')!
    expect(cue.qa).toContainEqual(
      expect.objectContaining({ code: 'reading-speed', severity: 'warning' }),
    )
    expect(
      saved.body.segments
        .find((s) => s.key === 'cues.2.text')!
        .qa.some((q) => q.code === 'reading-speed'),
    ).toBe(false)
  })
})

describe('bad input: a clear message, nothing stored', () => {
  const mediaCount = async () => (await w.t.payload.count({ collection: 'media' })).totalDocs
  const files = () => readdirSync(mediaDir).length

  it('refuses a subtitle file that is not WebVTT', async () => {
    const [count, stored] = [await mediaCount(), files()]
    const response = await upload('media', {
      name: 'film.vtt',
      type: 'text/vtt',
      data: '1\n00:00:01,000 --> 00:00:02,000\nSRT, not WebVTT\n',
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('not a WebVTT file')
    expect([await mediaCount(), files()]).toEqual([count, stored])
  })

  it('refuses overlapping cues', async () => {
    const [count, stored] = [await mediaCount(), files()]
    const response = await upload('media', {
      name: 'overlap.vtt',
      type: 'text/vtt',
      data: 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nA\n\n00:00:02.000 --> 00:00:04.000\nB\n',
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(
      'Cue 2 starts at 00:00:02.000, before cue 1 ends at 00:00:03.000',
    )
    expect([await mediaCount(), files()]).toEqual([count, stored])
  })

  it('refuses an upload over the size limit with 413', async () => {
    const [count, stored] = [await mediaCount(), files()]
    const response = await upload('media', {
      name: 'big.webm',
      type: 'video/webm',
      data: new Uint8Array(1024 * 1024 + 10),
    })
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toContain('larger than the upload limit of 1 MB')
    expect([await mediaCount(), files()]).toEqual([count, stored])
  })

  it('refuses a film without a Danish track', async () => {
    const video = (
      await w.t.payload.find({
        collection: 'media',
        where: { mimeType: { like: 'video/' } },
        limit: 1,
      })
    ).docs[0]
    const films = (await w.t.payload.count({ collection: 'films' })).totalDocs
    const response = await w.http.rest('POST', 'films?locale=da', {
      body: {
        title: 'Film uden tekster',
        department: w.world.departments.BIF,
        video: video.id,
        _status: 'published',
      },
      ...admin(),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('A film needs Danish subtitles')
    expect((await w.t.payload.count({ collection: 'films' })).totalDocs).toBe(films)
  })

  it('refuses an event that ends before it starts', async () => {
    const events = (await w.t.payload.count({ collection: 'events' })).totalDocs
    const response = await w.http.rest('POST', 'events?locale=da', {
      body: {
        title: 'Baglæns',
        department: w.world.departments.BIF,
        kind: 'market-day',
        startsAt: '2027-05-01T12:00:00.000Z',
        endsAt: '2027-05-01T10:00:00.000Z',
        _status: 'published',
      },
      ...admin(),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('the end must be after the start')
    expect((await w.t.payload.count({ collection: 'events' })).totalDocs).toBe(events)
  })
})

describe('use counted without cookies or personal data', () => {
  it('counts page views per page, language and day, and stores nothing else', async () => {
    const before = await w.t.payload.find({
      collection: 'page-views',
      where: { and: [{ path: { equals: 'events' } }, { locale: { equals: 'tr' } }] },
    })
    expect(before.docs).toHaveLength(0)
    for (let i = 0; i < 3; i++) {
      const response = await site('/tr/events')
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
    const after = await w.t.payload.find({
      collection: 'page-views',
      where: { and: [{ path: { equals: 'events' } }, { locale: { equals: 'tr' } }] },
    })
    expect(after.docs.map((d) => d.count)).toEqual([3])
    expect(after.docs[0].day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const { rows } = await postgresOf(w.t.payload).pool.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'page_views' order by column_name",
    )
    expect(rows.map((r) => r.column_name)).toEqual([
      'count',
      'created_at',
      'day',
      'id',
      'locale',
      'path',
      'updated_at',
    ])
    // Misses and feeds are not page views.
    await site('/tr/leaflets/does-not-exist')
    await site('/tr/events.ics')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(
      (
        await w.t.payload.count({
          collection: 'page-views',
          where: { path: { in: ['leaflets/does-not-exist', 'events.ics'] } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('the offline pack', () => {
  it('is queued on publish, and the Arabic pack works from file:// with no server or network: links, a film with its Arabic track, right to left', async () => {
    await approveArabicFilm()
    const queued = await w.t.payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'build-offline-packs' } }, { completedAt: { exists: false } }],
      },
    })
    expect(queued.docs).toHaveLength(1)
    const started = Date.now()
    await w.t.payload.jobs.runByID({ id: queued.docs[0].id })
    const failed = await w.t.payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'build-offline-packs' } }, { hasError: { equals: true } }],
      },
    })
    expect(failed.docs.map((j) => j.log)).toEqual([])

    const zip = path.join(process.env.OFFLINE_PACK_DIR!, 'kend-din-kommune-ar.zip')
    expect(existsSync(zip)).toBe(true)
    expect(statSync(zip).mtimeMs).toBeGreaterThanOrEqual(started - 1000)
    const served = await site('/ar/offline.zip')
    expect(served.headers.get('content-type')).toBe('application/zip')
    expect(Buffer.from(await served.arrayBuffer()).equals(readFileSync(zip))).toBe(true)

    const dir = mkdtempSync(path.join(tmpdir(), 'offline-ar-'))
    execFileSync('unzip', ['-q', zip, '-d', dir])
    const listing = execFileSync('unzip', ['-Z1', zip]).toString().split('\n')
    expect(listing).toEqual(
      expect.arrayContaining([
        'index.html',
        'events.html',
        'events.ics',
        'films/velkommen-til-kommunen.html',
        'films/velkommen-til-kommunen.ar.vtt',
        'films/velkommen-til-kommunen.da.vtt',
        'media/velkommen.webm',
        'fonts/noto-naskh-arabic-400.woff2',
        'leaflets/saadan-klager-du.html',
        'pdf/leaflets/saadan-klager-du.pdf',
      ]),
    )
    // Every leaflet and welcome material page in the pack has its PDF, and only those.
    const pages = listing.filter((n) => /^(leaflets|welcome-materials)\/.+\.html$/.test(n))
    expect(pages.length).toBeGreaterThan(1)
    expect(listing.filter((n) => n.endsWith('.pdf')).sort()).toEqual(
      pages.map((n) => `pdf/${n.replace(/\.html$/, '.pdf')}`).sort(),
    )
    // The leaflet's PDF holds its text (poppler reads it back), without the site's navigation.
    const leafletPage = readFileSync(path.join(dir, 'leaflets/saadan-klager-du.html'), 'utf8')
    const leafletTitle = /<h1>([^<]+)<\/h1>/.exec(leafletPage)![1]
    const pdfText = execFileSync('pdftotext', [
      '-enc',
      'UTF-8',
      path.join(dir, 'pdf/leaflets/saadan-klager-du.pdf'),
      '-',
    ]).toString()
    expect(pdfText.replace(/\s+/g, ' ')).toContain(
      leafletTitle
        .replace(/&[^;]+;/g, '')
        .trim()
        .split(' ')[0],
    )
    expect(pdfText).not.toContain('offline.zip')
    // A rebuild with nothing changed prints nothing again: the same PDF bytes (a new print would
    // carry a new creation date).
    const { writeOfflinePack } = await import('../../plugins/citizen-site/offline/buildPack')
    await writeOfflinePack(w.t.payload, 'ar')
    const again = mkdtempSync(path.join(tmpdir(), 'offline-ar-again-'))
    execFileSync('unzip', ['-q', zip, '-d', again])
    const pdfPath = 'pdf/leaflets/saadan-klager-du.pdf'
    expect(
      readFileSync(path.join(again, pdfPath)).equals(readFileSync(path.join(dir, pdfPath))),
    ).toBe(true)
    expect(listing.some((name) => name.startsWith('methods/'))).toBe(false)

    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const outside: string[] = []
      page.on('request', (request) => {
        if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
          outside.push(request.url())
      })
      await page.goto(pathToFileURL(path.join(dir, 'index.html')).href)
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
      expect(await page.locator('html').getAttribute('lang')).toBe('ar')
      expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
      await page.click('a[href="films/velkommen-til-kommunen.html"]')
      await page.waitForURL(/films\/velkommen-til-kommunen\.html$/)
      // The Arabic track is the default: Chromium loads it and its cues carry the approved text and the Danish timings.
      const cues = await page.waitForFunction(
        () => {
          const video = document.querySelector('video')
          const track = video && [...video.textTracks].find((t) => t.language === 'ar')
          return track?.cues?.length
            ? [...track.cues].map((c) => [c.startTime, c.endTime, (c as VTTCue).text])
            : null
        },
        undefined,
        { timeout: 15_000 },
      )
      expect(await cues.jsonValue()).toEqual([
        [0, 1.5, ARABIC_CUES[0]],
        [1.5, 3, ARABIC_CUES[1]],
        [3, 4, ARABIC_CUES[2]],
      ])
      const duration = await page.waitForFunction(
        () => {
          const video = document.querySelector('video')
          return video && video.readyState >= 1 ? video.duration : null
        },
        undefined,
        { timeout: 15_000 },
      )
      expect(await duration.jsonValue()).toBeGreaterThan(0)
      // Follow links back home and on to a leaflet: relative links work from any folder.
      await page.click('header .site-name a')
      await page.waitForURL(/index\.html$/)
      await page.click('a[href="leaflets/saadan-klager-du.html"]')
      expect(await page.locator('article h1').count()).toBe(1)
      // Its PDF link points at the file in the pack, relative to the page's folder.
      const pdfHref = await page.locator('article .pdf a').getAttribute('href')
      expect(pdfHref).toBe('../pdf/leaflets/saadan-klager-du.pdf')
      expect(existsSync(path.join(dir, 'leaflets', pdfHref!))).toBe(true)
      expect(outside).toEqual([])
    } finally {
      await browser.close()
    }
    // Chromium prints a PDF per leaflet and welcome material while the pack is built.
  }, 240_000)
})
