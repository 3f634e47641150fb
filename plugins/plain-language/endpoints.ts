import type { Endpoint, PayloadRequest } from 'payload'
import type { ReadabilityOverride } from '../../payload-types'
import {
  isTranslatedCollection,
  type TranslatedCollection,
  translatedCollections,
} from '../translation-workflow/translatedCollections'
import { currentUser, departmentIdsOf, hasRole } from '../../src/access/roles'
import { submitSource } from '../translation-workflow/submitSource'
import { engineFor } from '../translation-workflow/engine/engineFor'
import { departmentBudget } from './budgets'
import { mayEditDepartment } from './access'
import { gatedCollections, latestOverride, storedReadability } from './scoring'
import { badRequest, forbidden, notFound, unauthorized } from '../../src/api/httpErrors'

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {}
  } catch {
    throw badRequest('The request body is not valid JSON')
  }
}

function contentCollection(req: PayloadRequest, value: unknown): TranslatedCollection {
  if (isTranslatedCollection(req.payload.config, value)) return value
  throw badRequest(
    `"collection" must be one of ${translatedCollections(req.payload.config).join(', ')}`,
  )
}

/** Only collections with a readability gate take an override (the citizen site's interface texts, places, events and films have none). */
function gatedCollection(
  req: PayloadRequest,
  collection: TranslatedCollection,
): ReadabilityOverride['collection'] {
  const gated = gatedCollections(req.payload)
  const isGated = (value: string): value is ReadabilityOverride['collection'] =>
    gated.includes(value)
  if (isGated(collection)) return collection
  throw badRequest(`"collection": ${collection} has no readability gate; nothing to override`)
}

function documentId(value: unknown): number {
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0) throw badRequest('"id" must be a document id')
  return id
}

async function danishDraft(
  req: PayloadRequest,
  collection: TranslatedCollection,
  id: number,
): Promise<Record<string, unknown>> {
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
  return doc
}

function requireEditorOf(req: PayloadRequest, doc: Record<string, unknown>): void {
  if (!currentUser(req)) throw unauthorized('Sign in first')
  if (!mayEditDepartment(req, doc.department))
    throw forbidden("Only the owning department's editors may do this.")
}

/** GET /api/plain-language/gate?collection=leaflets&id=1: the Danish draft's score, hints and gate decision. */
const gate: Endpoint = {
  path: '/plain-language/gate',
  method: 'get',
  handler: async (req) => {
    if (!currentUser(req)) throw unauthorized('Sign in first')
    const collection = contentCollection(req, req.searchParams.get('collection'))
    const id = documentId(req.searchParams.get('id'))
    const doc = await danishDraft(req, collection, id)
    return Response.json(
      await storedReadability(
        req.payload,
        collection,
        doc,
        await latestOverride(req.payload, collection, id),
      ),
    )
  },
}

/**
 * POST /api/plain-language/override {collection, id, reason}: records the override (audited)
 * and submits the document for translation in one step.
 */
const overrideAndSubmit: Endpoint = {
  path: '/plain-language/override',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    const collection = contentCollection(req, body.collection)
    const gated = gatedCollection(req, collection)
    const id = documentId(body.id)
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    if (!reason)
      throw badRequest(
        '"reason": say why this text is translated although it is above the readability limit',
      )
    const doc = await danishDraft(req, collection, id)
    requireEditorOf(req, doc)
    const override = await req.payload.create({
      collection: 'readability-overrides',
      data: { collection: gated, documentId: id, reason },
      overrideAccess: true,
      req,
    })
    const report = await submitSource(req.payload, await engineFor(req.payload), {
      collection,
      sourceDoc: doc,
      req,
    })
    return Response.json({
      override: { id: override.id, score: override.score, limit: override.limit },
      ...report,
    })
  },
}

/** GET /api/plain-language/budgets: this year's budget and use per department (editors: their own). */
const budgets: Endpoint = {
  path: '/plain-language/budgets',
  method: 'get',
  handler: async (req) => {
    const user = currentUser(req)
    if (!user) throw unauthorized('Sign in first')
    if (!hasRole(user, 'admin') && !hasRole(user, 'editor'))
      throw forbidden('Budgets are for editors and admins')
    const yearParam = req.searchParams.get('year')
    const year = yearParam ? Number(yearParam) : new Date().getUTCFullYear()
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw badRequest('"year" must be a year, e.g. 2026')
    const departments = await req.payload.find({
      collection: 'departments',
      depth: 0,
      pagination: false,
      sort: 'code',
      overrideAccess: true,
      req,
    })
    const mine = hasRole(user, 'admin')
      ? departments.docs
      : departments.docs.filter((d) => departmentIdsOf(user).map(String).includes(String(d.id)))
    const rows = []
    for (const d of mine)
      rows.push({ code: d.code, ...(await departmentBudget(req.payload, d.id, year, req)) })
    return Response.json({ year, departments: rows })
  },
}

export const plainLanguageEndpoints: Endpoint[] = [gate, overrideAndSubmit, budgets]
