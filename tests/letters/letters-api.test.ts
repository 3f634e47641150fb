import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedContent } from '../../seed/run'
import { seedLetters } from '../../seed/letters'
import { closePdfBrowser } from '../../src/print/renderPdf'
import { type Actor, makeUser } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'
import { drainJobs } from '../support/jobs'
import { type FakeDeepl, startFakeDeepl, useFakeDeeplInCms } from '../support/fake-deepl-server'

const text = (t: string) => ({
  type: 'text',
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const para = (t: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'rtl',
  textFormat: 0,
  children: [text(t)],
})
const rtlDoc = (...lines: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'rtl',
    children: lines.map(para),
  },
})

const ARABIC_INVITATION = {
  title: 'دعوة إلى مقابلة',
  summary: 'رسالة تدعو المواطن إلى مقابلة.',
  body: rtlDoc(
    'عزيزي {{citizenName}}',
    'أنت مدعو إلى مقابلة مع البلدية يوم {{meetingDate}} الساعة {{meetingTime}} في {{meetingPlace}}.',
    'إذا لم تستطع الحضور، اتصل بـ {{caseworkerName}} على الرقم {{caseworkerPhone}}.',
  ),
  smsReminder:
    'تذكير: مقابلتك يوم {{meetingDate}} الساعة {{meetingTime}}، {{meetingPlace}}. للاعتذار اتصل على {{caseworkerPhone}}.',
}
const DRAFT_MARKER = 'مسودة غير معتمدة لا تطبع'

let t: TestPayload
let payload: Payload
let caseworker: Actor
let otherCaseworker: Actor
let translator: Actor
let templateId: number
let unpublishedTemplateId: number
const out = mkdtempSync(path.join(tmpdir(), 'letters-'))

async function idOf(collection: 'leaflets' | 'letter-templates', slug: string): Promise<number> {
  return (
    await payload.find({
      collection,
      where: { slug: { equals: slug } },
      depth: 0,
      limit: 1,
      draft: true,
    })
  ).docs[0].id
}

/** The REST route handler with a real Request; the raw Response, for PDFs and ZIPs. */
async function call(
  method: 'GET' | 'POST',
  route: string,
  options: { json?: unknown; form?: FormData; auth?: Actor } = {},
): Promise<Response> {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const url = new URL(`http://localhost/api/${route}`)
  const headers: Record<string, string> = options.auth?.token
    ? { authorization: `JWT ${options.auth.token}` }
    : {}
  if (options.json !== undefined) headers['content-type'] = 'application/json'
  const request = new Request(url, {
    method,
    headers,
    body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
  })
  const handler = method === 'GET' ? rest.GET : rest.POST
  return handler(request, {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
}

const VALUES = {
  citizenName: 'Amina Hassan',
  meetingDate: '2026-03-03',
  meetingTime: '09:30',
  meetingPlace: 'Jobcenter Nørrebro, lokale 2.14',
  caseworkerName: 'Mette Hansen',
  caseworkerPhone: '12 34 56 78',
}
const letter = (overrides: Record<string, unknown> = {}) => ({
  template: templateId,
  language: 'ar',
  unitCode: 'JC-NORREBRO',
  values: VALUES,
  ...overrides,
})

function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', file: string): string {
  return execFileSync(tool, tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file]).toString()
}

async function counts() {
  return (
    await payload.find({ collection: 'letter-counts', depth: 0, limit: 100, sort: 'id' })
  ).docs.map((d) => ({
    locale: d.locale,
    unitCode: d.unitCode,
    withTranslation: d.withTranslation,
    count: d.count,
  }))
}

let fake: FakeDeepl

beforeAll(async () => {
  // A DeepL-compatible backend: the pseudo provider's ⟦ar⟧ drafts could never be published.
  fake = await startFakeDeepl()
  useFakeDeeplInCms(fake)
  t = await startTestPayload()
  payload = t.payload
  await seedContent(payload)
  await seedLetters(payload)
  await drainJobs(payload, 120_000)
  const bif = (
    await payload.find({ collection: 'departments', where: { code: { equals: 'BIF' } }, limit: 1 })
  ).docs[0].id
  const sof = (
    await payload.find({ collection: 'departments', where: { code: { equals: 'SOF' } }, limit: 1 })
  ).docs[0].id
  caseworker = await makeUser(payload, 'caseworker.bif@test.invalid', ['caseworker'], {
    departments: [bif],
  })
  otherCaseworker = await makeUser(payload, 'caseworker.sof@test.invalid', ['caseworker'], {
    departments: [sof],
  })
  translator = await makeUser(payload, 'translator@test.invalid', ['translator'], {
    languages: ['ar'],
  })
  templateId = await idOf('letter-templates', 'indkaldelse-til-samtale')
  // The Arabic letter and one insert approved (published in Arabic); another insert only has an unapproved draft.
  await payload.update({
    collection: 'letter-templates',
    id: templateId,
    locale: 'ar',
    data: { ...ARABIC_INVITATION, _status: 'published' } as never,
    publishSpecificLocale: 'ar',
    context: { skipTranslationSubmit: true },
  })
  await payload.update({
    collection: 'leaflets',
    id: await idOf('leaflets', 'dette-brev-er-vigtigt'),
    locale: 'ar',
    data: {
      title: 'هذه الرسالة مهمة',
      body: rtlDoc('هذه الرسالة من بلدية كوبنهاغن. من المهم أن تقرأها.'),
      _status: 'published',
    } as never,
    publishSpecificLocale: 'ar',
    context: { skipTranslationSubmit: true },
  })
  await payload.update({
    collection: 'leaflets',
    id: await idOf('leaflets', 'har-du-spoergsmaal'),
    locale: 'ar',
    draft: true,
    data: { title: DRAFT_MARKER, body: rtlDoc(DRAFT_MARKER) } as never,
    context: { skipTranslationSubmit: true },
  })
  const unpublished = await payload.create({
    collection: 'letter-templates',
    locale: 'da',
    draft: true,
    data: { title: 'Kladde til brev', department: bif, kind: 'other', _status: 'draft' } as never,
    context: { skipTranslationSubmit: true },
  })
  unpublishedTemplateId = unpublished.id
}, 600_000)
afterAll(async () => {
  await closePdfBrowser()
  await t?.close()
  await fake?.close()
})

describe('seed for letters', () => {
  it('leaves machine drafts of the invitation and the three inserts in the queues of all six languages, unpublished', async () => {
    const tasks = await payload.find({
      collection: 'translation-tasks',
      depth: 0,
      pagination: false,
      where: {
        documentTitle: {
          in: [
            'Indkaldelse til samtale',
            'Dette brev er vigtigt',
            'Sådan klager du',
            'Har du spørgsmål?',
          ],
        },
      },
    })
    expect(tasks.docs).toHaveLength(4 * 6)
    const states = new Set(tasks.docs.map((d) => d.state))
    expect(
      [...states].every((s) =>
        ['machine_translated', 'needs_human', 'published'].includes(String(s)),
      ),
    ).toBe(true)
    expect(
      tasks.docs.filter((d) => d.locale === 'so').every((d) => d.state === 'needs_human'),
    ).toBe(true)
    const complaint = await payload.find({
      collection: 'leaflets',
      where: { slug: { equals: 'saadan-klager-du' } },
      depth: 0,
      limit: 1,
    })
    expect(complaint.docs[0].publishedLocales).toEqual(['da'])
  })
})

describe('composer preview', () => {
  it('shows which parts are approved in Arabic and which would come in Danish, with SMS lengths', async () => {
    const r = await call('POST', 'letters/preview', { json: letter(), auth: caseworker })
    expect(r.status).toBe(200)
    const body = (await r.json()) as {
      parts: Array<{ kind: string; title: string; status: string }>
      sms: Array<{ locale: string; text: string; length: { encoding: string; segments: number } }>
      problems: unknown[]
    }
    expect(body.parts).toEqual([
      { kind: 'letter', title: 'Indkaldelse til samtale', status: 'approved' },
      { kind: 'insert', title: 'هذه الرسالة مهمة', status: 'approved' },
      { kind: 'insert', title: 'Har du spørgsmål?', status: 'missing' },
    ])
    expect(body.problems).toEqual([])
    const [da, ar] = body.sms
    expect(da).toMatchObject({ locale: 'da', length: { encoding: 'GSM-7' } })
    expect(da.text).toContain('tirsdag den 3. marts 2026 kl. 09.30')
    expect(ar).toMatchObject({ locale: 'ar', length: { encoding: 'UCS-2', segments: 2 } })
    expect(ar.text).toContain('مارس')
  })
})

describe('one letter as one PDF', () => {
  let pdfFile: string
  beforeAll(async () => {
    const r = await call('POST', 'letters/pdf', { json: letter(), auth: caseworker })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/pdf')
    pdfFile = path.join(out, 'letter-ar.pdf')
    writeFileSync(pdfFile, Buffer.from(await r.arrayBuffer()))
  })

  it('holds the Danish letter, the Arabic letter with the same values written the Arabic way, then the inserts', () => {
    const textOut = poppler('pdftotext', pdfFile)
    const order = [
      'Indkaldelse til samtale',
      'Amina Hassan',
      'tirsdag den 3. marts 2026',
      'دعوة إلى مقابلة',
      'مارس',
      'هذه الرسالة مهمة',
      'Har du spørgsmål til brevet?',
    ]
    const positions = order.map((s) => textOut.indexOf(s))
    expect(
      positions.every((p) => p >= 0),
      `missing one of ${order.join(' | ')} in:\n${textOut}`,
    ).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // Arabic words come out whole (Amiri: one glyph per letter; see src/print/fonts.ts).
    expect(textOut).toContain('البلدية')
    expect(textOut).toContain('مقابلة')
  })

  it('never contains an unapproved translation, and marks the Danish insert in Arabic', () => {
    const textOut = poppler('pdftotext', pdfFile)
    expect(textOut).not.toContain(DRAFT_MARKER)
    expect(textOut).toContain('هذا النص غير متوفر بالعربية بعد')
  })

  it('is a tagged PDF with a real title, a language, and every font embedded', () => {
    const info = poppler('pdfinfo', pdfFile)
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(/Title:\s+Indkaldelse til samtale \(Dansk · العربية\)/)
    const raw = readFileSync(pdfFile).toString('latin1')
    expect(raw).toMatch(/\/Lang \(da-DK\)/)
    expect(raw).toMatch(/\/Lang \(ar\)/)
    const fonts = poppler('pdffonts', pdfFile).trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThan(1)
    expect(
      fonts.every(
        (line) =>
          /\s+yes\s+yes\s+yes\s+/.test(line) || /\s+yes\s+(yes|no)\s+(yes|no)\s+\d+/.test(line),
      ),
    ).toBe(true)
    expect(fonts.some((line) => /Amiri/.test(line))).toBe(true)
    expect(fonts.some((line) => /NotoSans/.test(line))).toBe(true)
  })

  it('counts the letter (template, language, unit, day, with translation) and nothing personal', async () => {
    const rows = await counts()
    expect(rows).toEqual([
      { locale: 'ar', unitCode: 'JC-NORREBRO', withTranslation: true, count: 1 },
    ])
    const stored = JSON.stringify(await payload.find({ collection: 'letter-counts', depth: 0 }))
    expect(stored).not.toContain('Amina')
    expect(stored).not.toContain('Nørrebro, lokale')
  })

  it('counts a second letter on the same row, atomically, also when two are made at once', async () => {
    const [a, b] = await Promise.all([
      call('POST', 'letters/pdf', { json: letter(), auth: caseworker }),
      call('POST', 'letters/pdf', { json: letter(), auth: caseworker }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(await counts()).toEqual([
      { locale: 'ar', unitCode: 'JC-NORREBRO', withTranslation: true, count: 3 },
    ])
  })

  it('prints Danish with a note, never as a translation, for a language whose letter is not approved', async () => {
    const r = await call('POST', 'letters/pdf', {
      json: letter({ language: 'tr' }),
      auth: caseworker,
    })
    expect(r.status).toBe(200)
    const file = path.join(out, 'letter-tr.pdf')
    writeFileSync(file, Buffer.from(await r.arrayBuffer()))
    const textOut = poppler('pdftotext', file)
    expect(textOut).toContain('Bu metin henüz Türkçe olarak mevcut değil')
    expect((await counts()).find((c) => c.locale === 'tr')).toEqual({
      locale: 'tr',
      unitCode: 'JC-NORREBRO',
      withTranslation: false,
      count: 1,
    })
  })
})

describe('bad input: 4xx naming the field, nothing made, nothing counted', () => {
  it('refuses missing, mistyped and CPR-like values, unknown languages and unit codes', async () => {
    const before = await counts()
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [letter({ values: { ...VALUES, meetingDate: '3. marts' } }), /meetingDate/],
      [letter({ values: { ...VALUES, citizenName: undefined } }), /citizenName is missing/],
      [letter({ values: { ...VALUES, citizenName: 'Amina 010190-1234' } }), /citizenName.*CPR/],
      [letter({ values: { ...VALUES, shoeSize: '42' } }), /shoeSize/],
      [letter({ language: 'xx' }), /language/],
      [letter({ unitCode: 'nørrebro' }), /unitCode/],
      [letter({ template: 'abc' }), /template/],
    ]
    for (const [body, message] of cases) {
      const r = await call('POST', 'letters/pdf', { json: body, auth: caseworker })
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(
        ((await r.json()) as { errors: Array<{ message: string }> }).errors[0].message,
      ).toMatch(message)
    }
    expect(await counts()).toEqual(before)
  })

  it('refuses a template that is not published (404), of another department (403), to other roles (403) and anonymous (401)', async () => {
    expect(
      (
        await call('POST', 'letters/pdf', {
          json: letter({ template: unpublishedTemplateId }),
          auth: caseworker,
        })
      ).status,
    ).toBe(404)
    expect(
      (await call('POST', 'letters/pdf', { json: letter(), auth: otherCaseworker })).status,
    ).toBe(403)
    expect((await call('POST', 'letters/pdf', { json: letter(), auth: translator })).status).toBe(
      403,
    )
    expect((await call('POST', 'letters/pdf', { json: letter() })).status).toBe(401)
  })

  it('lets a case worker read only what citizens read: no drafts', async () => {
    const rest = await import('../../src/app/(payload)/api/[...slug]/route')
    const id = await idOf('leaflets', 'har-du-spoergsmaal')
    const r = await rest.GET(
      new Request(`http://localhost/api/leaflets/${id}?locale=ar&draft=true`, {
        headers: { authorization: `JWT ${caseworker.token}` },
      }),
      { params: Promise.resolve({ slug: ['leaflets', String(id)] }) },
    )
    expect(JSON.stringify(await r.json())).not.toContain(DRAFT_MARKER)
  })
})

describe('batch: a CSV in, a ZIP of PDFs streamed out', () => {
  const header =
    'language,citizenName,meetingDate,meetingTime,meetingPlace,caseworkerName,caseworkerPhone'
  const row = (lang: string, name: string) =>
    `${lang},${name},2026-03-03,09:30,"Jobcenter Nørrebro, lokale 2.14",Mette Hansen,12 34 56 78`
  const form = (csv: string | Uint8Array<ArrayBuffer>) => {
    const f = new FormData()
    f.set('template', String(templateId))
    f.set('unitCode', 'JC-NORREBRO')
    f.set('file', new Blob([csv], { type: 'text/csv' }), 'letters.csv')
    return f
  }

  it('makes one PDF per row and counts each', async () => {
    const before = (await counts()).find((c) => c.locale === 'ar')!.count
    const r = await call('POST', 'letters/batch', {
      form: form([header, row('ar', 'Amina'), row('da', 'Ole'), row('ar', 'Sara')].join('\n')),
      auth: caseworker,
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/zip')
    const zip = path.join(out, 'batch.zip')
    writeFileSync(zip, Buffer.from(await r.arrayBuffer()))
    const dir = path.join(out, 'batch')
    execFileSync('unzip', ['-q', '-o', zip, '-d', dir])
    const files = readdirSync(dir).sort()
    expect(files).toEqual(['1-line2-ar.pdf', '2-line3-da.pdf', '3-line4-ar.pdf'])
    expect(poppler('pdftotext', path.join(dir, files[2]))).toContain('Sara')
    expect(poppler('pdftotext', path.join(dir, files[1]))).not.toContain('دعوة')
    expect((await counts()).find((c) => c.locale === 'ar')!.count).toBe(before + 2)
    expect((await counts()).find((c) => c.locale === 'da')).toMatchObject({
      withTranslation: false,
      count: 1,
    })
  })

  it('lists every bad row by line and column and makes nothing', async () => {
    const before = await counts()
    const r = await call('POST', 'letters/batch', {
      form: form(
        [header, row('ar', 'Amina'), row('xx', 'Ole'), row('fa', 'Sara 010190-1234')].join('\n'),
      ),
      auth: caseworker,
    })
    expect(r.status).toBe(400)
    const problems = (
      (await r.json()) as {
        errors: Array<{ data: { problems: Array<{ line: number; field: string }> } }>
      }
    ).errors[0].data.problems
    expect(problems.map((p) => `${p.line}:${p.field}`)).toEqual(['3:language', '4:citizenName'])
    expect(await counts()).toEqual(before)
  })

  it('refuses unknown columns, a non-UTF-8 file and a file without a CSV', async () => {
    expect(
      (
        await call('POST', 'letters/batch', {
          form: form(`${header},cpr\n${row('ar', 'A')},x`),
          auth: caseworker,
        })
      ).status,
    ).toBe(400)
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode(`${header}\nda,`),
      0xd8,
      ...new TextEncoder().encode('le,2026-03-03,09:30,X,Y,12345678'),
    ])
    const bad = await call('POST', 'letters/batch', { form: form(latin1), auth: caseworker })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/UTF-8/)
    const noFile = new FormData()
    noFile.set('template', String(templateId))
    noFile.set('unitCode', 'JC-NORREBRO')
    expect((await call('POST', 'letters/batch', { form: noFile, auth: caseworker })).status).toBe(
      400,
    )
  })
})
