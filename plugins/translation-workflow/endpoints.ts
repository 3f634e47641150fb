import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { Forbidden } from 'payload'
import { currentUser, editsDepartment, hasRole } from '../../src/access/roles'
import {
  isTranslatedCollection,
  type TranslatedCollection,
  translatedCollections,
} from './translatedCollections'
import {
  approveTranslation,
  retryTask,
  saveTranslation,
  type SegmentEdit,
  sendBack,
} from './review'
import { submitSource } from './submitSource'
import { SubmissionRefused } from './submissionPolicy'
import { taskDashboard, documentLanguagePanel, documentLanguageStatus } from './progress'
import { engineFor } from './engine/engineFor'
import { exportLanguage, exportTask, importXliff } from './xliffExchange'
import { concordance, taskSuggestions } from './suggestions'
import { badRequest, notFound, unauthorized } from '../../src/api/httpErrors'

function xliffResponse({ xml, filename }: { xml: string; filename: string }): Response {
  return new Response(xml, {
    headers: {
      'content-type': 'application/x-xliff+xml; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  })
}

const xliffDownload =
  (run: (req: PayloadRequest) => Promise<{ xml: string; filename: string }>): PayloadHandler =>
  async (req) => {
    requireUser(req)
    return xliffResponse(await run(req))
  }

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    // An empty body is an empty object (approve takes an optional one).
    const text = req.text ? await req.text() : ''
    const parsed: unknown = text.trim() ? JSON.parse(text) : {}
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object')
    return parsed as Record<string, unknown>
  } catch {
    throw badRequest('The request body is not valid JSON')
  }
}

function taskId(req: PayloadRequest): number {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0) throw badRequest('Task id must be a positive integer')
  return id
}

function requireUser(req: PayloadRequest): void {
  if (!currentUser(req)) throw unauthorized('Sign in first')
}

const handler =
  (run: (req: PayloadRequest) => Promise<unknown>): PayloadHandler =>
  async (req) => {
    requireUser(req)
    return Response.json(await run(req))
  }

/** A save's edits: `[{ key, text, base? }]` with strings, or a 400 that says so (never a 500 deep in QA). */
function segmentEdits(value: unknown): SegmentEdit[] {
  if (value === undefined) return []
  const valid =
    Array.isArray(value) &&
    value.every(
      (e) =>
        e &&
        typeof e === 'object' &&
        typeof (e as { key?: unknown }).key === 'string' &&
        typeof (e as { text?: unknown }).text === 'string' &&
        ['undefined', 'string'].includes(typeof (e as { base?: unknown }).base) &&
        ['undefined', 'string'].includes(typeof (e as { note?: unknown }).note),
    )
  if (!valid)
    throw badRequest(
      '"segments" must be a list of { "key": string, "text": string, "base"?: string, "note"?: string }',
    )
  return (value as SegmentEdit[]).map((e) => ({
    key: e.key,
    text: e.text,
    ...(e.base !== undefined ? { base: e.base } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
  }))
}

/** Segment keys whose changed Danish the translator confirms the translation still fits. */
function confirmedKeys(value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((k) => typeof k === 'string'))
    throw badRequest('"confirm" must be a list of segment keys')
  return value as string[]
}

function contentCollection(req: PayloadRequest, value: unknown): TranslatedCollection {
  if (isTranslatedCollection(req.payload.config, value)) return value
  throw badRequest(
    `"collection" must be one of ${translatedCollections(req.payload.config).join(', ')}`,
  )
}

/** Submit a document's current Danish for translation (the button on the document). */
const submit = handler(async (req) => {
  const input = await body(req)
  const collection = contentCollection(req, input.collection)
  const id = Number(input.id)
  if (!Number.isInteger(id)) throw badRequest('"id" must be a document id')
  const doc = (await req.payload.findByID({
    collection,
    id,
    locale: 'da',
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!doc) throw notFound(`No ${collection} document ${id}`)
  const user = currentUser(req)
  if (!hasRole(user, 'admin') && !editsDepartment(user, doc.department)) throw new Forbidden(req.t)
  // The machine pass translates the live Danish (the draft only before the first publish): submit exactly that.
  const live = ((doc.publishedLocales as string[] | undefined) ?? []).includes('da')
    ? {
        ...((await req.payload.findByID({
          collection,
          id,
          locale: 'da',
          depth: 0,
          draft: false,
          overrideAccess: true,
          req,
          disableErrors: true,
        })) ?? doc),
      }
    : doc
  return submitSource(req.payload, await engineFor(req.payload), {
    collection,
    sourceDoc: live,
    req,
  })
})

/** Every document whose Danish is published, submitted at once; progress is the task dashboard. */
const translateAll = handler(async (req) => {
  if (!hasRole(currentUser(req), 'admin')) throw new Forbidden(req.t)
  const engine = await engineFor(req.payload)
  const totals = { documents: 0, created: 0, outdated: 0, unchanged: 0, held: 0 }
  for (const collection of translatedCollections(req.payload.config)) {
    const docs = await req.payload.find({
      collection,
      where: { publishedLocales: { in: ['da'] } },
      locale: 'da',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs.docs) {
      const r = await submitSource(req.payload, engine, {
        collection,
        sourceDoc: { ...doc },
        req,
      }).catch((error: unknown) => {
        if (error instanceof SubmissionRefused) return null
        throw error
      })
      totals.documents++
      if (!r) {
        totals.held++
        continue
      }
      totals.created += r.created
      totals.outdated += r.outdated
      totals.unchanged += r.unchanged
    }
  }
  return totals
})

export const workflowEndpoints: Endpoint[] = [
  { path: '/submit', method: 'post', handler: submit },
  { path: '/translate-all', method: 'post', handler: translateAll },
  { path: '/dashboard', method: 'get', handler: handler(async (req) => taskDashboard(req)) },
  {
    path: '/language-status',
    method: 'get',
    handler: handler(async (req) =>
      documentLanguageStatus(
        req,
        contentCollection(req, req.searchParams.get('collection')),
        Number(req.searchParams.get('id')),
      ),
    ),
  },
  {
    path: '/language-panel',
    method: 'get',
    handler: handler(async (req) => {
      const user = currentUser(req)
      if (!user?.roles?.some((r) => r !== 'api-consumer')) throw new Forbidden(req.t)
      return documentLanguagePanel(
        req,
        contentCollection(req, req.searchParams.get('collection')),
        Number(req.searchParams.get('id')),
      )
    }),
  },
  {
    path: '/:id/save',
    method: 'post',
    handler: handler(async (req) => {
      const input = await body(req)
      return saveTranslation(
        req.payload,
        await engineFor(req.payload),
        req,
        taskId(req),
        segmentEdits(input.segments),
        confirmedKeys(input.confirm),
      )
    }),
  },
  {
    path: '/:id/approve',
    method: 'post',
    handler: handler(async (req) =>
      approveTranslation(
        req.payload,
        await engineFor(req.payload),
        req,
        taskId(req),
        confirmedKeys((await body(req)).confirm),
      ),
    ),
  },
  {
    path: '/:id/send-back',
    method: 'post',
    handler: handler(async (req) => {
      const comment = (await body(req)).comment
      if (typeof comment !== 'string' || !comment.trim())
        throw badRequest('A comment saying what to fix is required')
      return sendBack(req.payload, req, taskId(req), comment)
    }),
  },
  {
    path: '/xliff',
    method: 'get',
    handler: xliffDownload((req) =>
      exportLanguage(req.payload, req, req.searchParams.get('locale')),
    ),
  },
  {
    path: '/xliff',
    method: 'post',
    handler: handler(async (req) =>
      importXliff(req.payload, await engineFor(req.payload), req, (await req.text?.()) ?? ''),
    ),
  },
  {
    path: '/concordance',
    method: 'get',
    handler: handler(async (req) =>
      concordance(req, req.searchParams.get('locale'), req.searchParams.get('q')),
    ),
  },
  {
    path: '/:id/suggestions',
    method: 'get',
    handler: handler(async (req) => taskSuggestions(req.payload, req, taskId(req))),
  },
  {
    path: '/:id/xliff',
    method: 'get',
    handler: xliffDownload((req) => exportTask(req.payload, req, taskId(req))),
  },
  {
    path: '/:id/retry',
    method: 'post',
    handler: handler(async (req) => retryTask(req.payload, req, taskId(req))),
  },
]
