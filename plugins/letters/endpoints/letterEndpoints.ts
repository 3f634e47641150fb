import { type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'
import { canSendLetters } from '../../../src/access/predicates'
import { currentUser, departmentIdsOf, hasRole } from '../../../src/access/roles'
import { ALL_LOCALES, languageOf, SOURCE_LOCALE } from '../../../src/languages'
import { parseBatchCsv } from '../../../src/letters/csvRows'
import { letterValueProblems } from '../../../src/letters/letterInput'
import { renderHtmlPdf } from '../../../src/print/renderPdf'
import { listPublishedTemplates } from '../../../src/print/publishedContent'
import { copenhagenDay, countLetter } from '../counts'
import { letterDocument } from '../compose/letterHtml'
import { LetterInputError, parseLetterHeader, parseValues } from '../compose/letterRequest'
import { loadLetter, translationApproved } from '../compose/loadLetter'
import { smsTexts } from '../compose/sms'
import { zipStream } from '../compose/zipStream'
import { badRequest, forbidden, unauthorized } from '../../../src/api/httpErrors'

function requireLetterRole(req: PayloadRequest): void {
  if (!currentUser(req)) throw unauthorized('Sign in first')
  if (!canSendLetters(req)) throw forbidden('Letters are for case workers and admins')
}

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    return body as Record<string, unknown>
  } catch {
    throw badRequest('The request body must be a JSON object')
  }
}

const guarded =
  (run: (req: PayloadRequest) => Promise<Response>): PayloadHandler =>
  async (req) => {
    requireLetterRole(req)
    try {
      return await run(req)
    } catch (error) {
      if (error instanceof LetterInputError)
        return Response.json(
          { errors: [{ message: error.message, data: { problems: error.problems } }] },
          { status: 400 },
        )
      throw error
    }
  }

/** The published templates this user may send, with what each needs (for the composer and API clients). */
const listTemplates: PayloadHandler = guarded(async (req) => {
  const user = currentUser(req)
  const departments = hasRole(user, 'admin') ? null : departmentIdsOf(user).map(Number)
  return Response.json({
    templates: await listPublishedTemplates(req.payload, departments),
    languages: ALL_LOCALES.map((code) => ({
      code,
      label: languageOf(code).label,
      nativeName: languageOf(code).nativeName,
      dir: languageOf(code).dir,
    })),
  })
})

/**
 * What the letter will contain, before anything is made: both versions filled, each part's
 * translation status (approved / outdated / missing), the SMS texts with their length, and the
 * problems with the values so far. Stores nothing.
 */
const preview: PayloadHandler = guarded(async (req) => {
  const body = await jsonBody(req)
  const header = parseLetterHeader(body)
  const values = parseValues(body.values)
  const letter = await loadLetter(req, header.templateId, header.locale)
  const doc = letterDocument(letter, values, header.missing)
  const parts = [
    {
      kind: 'letter',
      title: letter.danish.title,
      status:
        header.locale === SOURCE_LOCALE
          ? 'approved'
          : translationApproved(letter)
            ? 'approved'
            : (letter.translation?.status ?? 'missing') === 'outdated'
              ? 'outdated'
              : 'missing',
    },
    ...letter.inserts.map((i) => ({ kind: 'insert', title: i.title, status: i.status })),
  ]
  return Response.json({
    title: doc.title,
    placeholders: letter.specs,
    parts,
    omitted: doc.omitted,
    withTranslation: doc.withTranslation,
    html: doc.html,
    letter: doc.letter,
    sms: smsTexts(letter, values),
    problems: letterValueProblems(letter.specs, values),
  })
})

/** One letter as one tagged PDF; counted once made. Refused with every problem named when a value is wrong. */
const pdf: PayloadHandler = guarded(async (req) => {
  const body = await jsonBody(req)
  const header = parseLetterHeader(body)
  const values = parseValues(body.values)
  const letter = await loadLetter(req, header.templateId, header.locale)
  const problems = letterValueProblems(letter.specs, values)
  if (problems.length) throw new LetterInputError(problems)
  const doc = letterDocument(letter, values, header.missing)
  const bytes = await renderHtmlPdf(doc.html)
  await countLetter(req.payload, {
    templateId: header.templateId,
    locale: header.locale,
    unitCode: header.unitCode,
    day: copenhagenDay(),
    withTranslation: doc.withTranslation,
  })
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${letter.danish.slug}-${header.locale}.pdf"`,
      'cache-control': 'no-store',
    },
  })
})

/**
 * A CSV of letters (one row each: `language` plus the template's placeholders) → a ZIP of PDFs,
 * streamed. The whole file is checked first; any problem answers 400 listing every line and
 * column, and nothing is made. Multipart fields: file, template, unitCode, missing.
 */
const batch: PayloadHandler = guarded(async (req) => {
  let form: FormData
  try {
    if (!req.formData) throw new Error('no form')
    form = await req.formData()
  } catch {
    throw badRequest('Send the batch as multipart/form-data with a "file" field')
  }
  const header = parseLetterHeader({
    template: form.get('template'),
    language: SOURCE_LOCALE,
    unitCode: form.get('unitCode'),
    missing: form.get('missing') ?? undefined,
  })
  const file = form.get('file')
  if (!file || typeof file === 'string')
    throw new LetterInputError([{ field: 'file', message: 'file: attach the CSV file' }])
  const danishLetter = await loadLetter(req, header.templateId, SOURCE_LOCALE)
  const parsed = parseBatchCsv(
    new Uint8Array(await file.arrayBuffer()),
    danishLetter.specs,
    ALL_LOCALES,
  )
  if (!parsed.ok) throw new LetterInputError(parsed.problems)
  const rows = parsed.rows
  // One load per language, not per row.
  const byLanguage = new Map<string, Awaited<ReturnType<typeof loadLetter>>>()
  for (const language of new Set(rows.map((r) => r.language)))
    byLanguage.set(
      language,
      await loadLetter(req, header.templateId, language as (typeof ALL_LOCALES)[number]),
    )
  const day = copenhagenDay()
  const width = String(rows.length).length
  const stream = zipStream(
    rows.length,
    async (index) => {
      const row = rows[index]
      const letter = byLanguage.get(row.language)!
      const doc = letterDocument(letter, row.values, header.missing)
      const data = await renderHtmlPdf(doc.html)
      await countLetter(req.payload, {
        templateId: header.templateId,
        locale: letter.locale,
        unitCode: header.unitCode,
        day,
        withTranslation: doc.withTranslation,
      })
      // File names carry the line number only: no names from the CSV end up in the archive listing.
      return {
        name: `${String(index + 1).padStart(width, '0')}-line${row.line}-${row.language}.pdf`,
        data,
      }
    },
    (error) => {
      if (error) req.payload.logger.error({ err: error }, 'Letter batch stopped')
    },
  )
  return new Response(stream, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${danishLetter.danish.slug}-${rows.length}-letters.zip"`,
      'cache-control': 'no-store',
      'x-letter-count': String(rows.length),
    },
  })
})

export const letterEndpoints: Endpoint[] = [
  { path: '/letters/templates', method: 'get', handler: listTemplates },
  { path: '/letters/preview', method: 'post', handler: preview },
  { path: '/letters/pdf', method: 'post', handler: pdf },
  { path: '/letters/batch', method: 'post', handler: batch },
]
