import type { Payload } from 'payload'
import { seedContent } from '../../seed/run'
import { seedLetters } from '../../seed/letters'
import { closePdfBrowser } from '../../src/print/renderPdf'
import { makeUser } from '../support/fixtures'
import { startTestPayload } from '../support/payload'

const SINGLE = Number(process.env.LETTERS_BENCH_SINGLE ?? 20)
const ROWS = Number(process.env.LETTERS_BENCH_ROWS ?? 1000)
const VALUES = [
  'Amina Hassan',
  '2026-03-03',
  '09:30',
  '"Jobcenter Nørrebro, lokale 2.14"',
  'Mette Hansen',
  '12 34 56 78',
]

const para = (t: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'rtl',
  textFormat: 0,
  children: [
    { type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
  ],
})

async function route(
  method: 'POST',
  path: string,
  token: string,
  body: BodyInit,
  json: boolean,
): Promise<Response> {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const url = new URL(`http://localhost/api/${path}`)
  const request = new Request(url, {
    method,
    headers: {
      authorization: `JWT ${token}`,
      ...(json ? { 'content-type': 'application/json' } : {}),
    },
    body,
  })
  return rest.POST(request, {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
}

async function publishArabicInvitation(payload: Payload): Promise<number> {
  const template = (
    await payload.find({
      collection: 'letter-templates',
      where: { slug: { equals: 'indkaldelse-til-samtale' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  await payload.update({
    collection: 'letter-templates',
    id: template.id,
    locale: 'ar',
    publishSpecificLocale: 'ar',
    context: { skipTranslationSubmit: true },
    data: {
      title: 'دعوة إلى مقابلة',
      body: {
        root: {
          type: 'root',
          format: '',
          indent: 0,
          version: 1,
          direction: 'rtl',
          children: [
            para('عزيزي {{citizenName}}'),
            para(
              'أنت مدعو إلى مقابلة مع البلدية يوم {{meetingDate}} الساعة {{meetingTime}} في {{meetingPlace}}.',
            ),
            para('اتصل بـ {{caseworkerName}} على الرقم {{caseworkerPhone}}.'),
          ],
        },
      },
      _status: 'published',
    } as never,
  })
  return template.id
}

/**
 * Letters through the real endpoints (Payload, Postgres, one shared Chromium): single Arabic
 * packets one after another, then a CSV batch streamed as a ZIP and read as a client would, with
 * the process's resident memory sampled every 20 ms.
 */
export async function runLettersBench(): Promise<Record<string, number>> {
  process.env.CMS_SEED_LETTER_DRAFTS = 'false'
  const t = await startTestPayload()
  try {
    await seedContent(t.payload)
    await seedLetters(t.payload)
    const templateId = await publishArabicInvitation(t.payload)
    const bif = (
      await t.payload.find({
        collection: 'departments',
        where: { code: { equals: 'BIF' } },
        limit: 1,
      })
    ).docs[0].id
    const { token } = await makeUser(t.payload, 'bench.caseworker@test.invalid', ['caseworker'], {
      departments: [bif],
    })
    const single = JSON.stringify({
      template: templateId,
      language: 'ar',
      unitCode: 'JC-NORREBRO',
      values: {
        citizenName: 'Amina Hassan',
        meetingDate: '2026-03-03',
        meetingTime: '09:30',
        meetingPlace: 'Jobcenter Nørrebro',
        caseworkerName: 'Mette Hansen',
        caseworkerPhone: '12 34 56 78',
      },
    })
    await (await route('POST', 'letters/pdf', token!, single, true)).arrayBuffer() // browser start-up, not counted
    let start = performance.now()
    let singleBytes = 0
    for (let i = 0; i < SINGLE; i++)
      singleBytes += (
        await (await route('POST', 'letters/pdf', token!, single, true)).arrayBuffer()
      ).byteLength
    const singleSeconds = (performance.now() - start) / 1000

    const languages = ['ar', 'da', 'tr', 'ur', 'fa', 'so', 'en']
    const csv = [
      'language,citizenName,meetingDate,meetingTime,meetingPlace,caseworkerName,caseworkerPhone',
      ...Array.from({ length: ROWS }, (_, i) =>
        [languages[i % languages.length], ...VALUES].join(','),
      ),
    ].join('\n')
    const form = new FormData()
    form.set('template', String(templateId))
    form.set('unitCode', 'JC-NORREBRO')
    form.set('file', new Blob([csv], { type: 'text/csv' }), 'batch.csv')
    const baseline = process.memoryUsage().rss
    let peak = baseline
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
    start = performance.now()
    const response = await route('POST', 'letters/batch', token!, form, false)
    if (response.status !== 200)
      throw new Error(`batch answered ${response.status}: ${await response.text()}`)
    let zipBytes = 0
    const reader = response.body!.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      zipBytes += value.byteLength
    }
    const batchSeconds = (performance.now() - start) / 1000
    clearInterval(sampler)
    return {
      single_pdfs_per_s: SINGLE / singleSeconds,
      single_pdf_kb: singleBytes / SINGLE / 1024,
      batch_rows: ROWS,
      batch_seconds: batchSeconds,
      batch_pdfs_per_s: ROWS / batchSeconds,
      batch_zip_mb: zipBytes / 1024 / 1024,
      batch_peak_rss_mb: peak / 1024 / 1024,
      batch_rss_growth_mb: (peak - baseline) / 1024 / 1024,
    }
  } finally {
    await closePdfBrowser()
    await t.close()
  }
}
