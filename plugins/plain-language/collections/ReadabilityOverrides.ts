import type { CollectionConfig } from 'payload'
import { writeAudit } from '../../publishing/auditPublishing'
import { currentUser } from '../../../src/access/roles'
import type { TranslatedCollection } from '../../translation-workflow/translatedCollections'
import { gateDecision } from '../../../src/readability'
import { isAdminOrEditor, mayEditDepartment, nobody } from '../access'
import { readabilityOfStored } from '../scoring'
import { badRequest, forbidden, notFound } from '../../../src/api/httpErrors'

export const MIN_REASON_LENGTH = 10

/**
 * An editor's decision to translate Danish that is above its collection's readability limit,
 * with the reason. It covers the text at the score it was given for (a harder text needs a new
 * one) and goes into the audit log. Append-only.
 */
export const readabilityOverridesCollection = (collections: string[]): CollectionConfig => ({
  slug: 'readability-overrides',
  labels: { singular: 'Readability override', plural: 'Readability overrides' },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['createdAt', 'collection', 'documentId', 'score', 'reason', 'user'],
    group: 'Plain language',
  },
  access: { read: isAdminOrEditor, create: isAdminOrEditor, update: nobody, delete: nobody },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: collections.map((c) => ({ label: c, value: c })),
    },
    { name: 'documentId', type: 'number', required: true, index: true },
    {
      name: 'reason',
      type: 'textarea',
      required: true,
      validate: (value: string | null | undefined) =>
        value && value.trim().length >= MIN_REASON_LENGTH
          ? true
          : `A reason of at least ${MIN_REASON_LENGTH} characters is required to override the readability limit`,
    },
    {
      name: 'score',
      type: 'number',
      admin: { readOnly: true, description: 'The LIX the override was given for.' },
    },
    { name: 'limit', type: 'number', admin: { readOnly: true } },
    { name: 'user', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
  hooks: {
    beforeChange: [
      async ({ data, req, operation }) => {
        if (operation !== 'create') return data
        // Field validation has not run yet: look nothing up for a collection or id that is not one.
        if (typeof data.collection !== 'string' || !collections.includes(data.collection))
          throw badRequest(`collection: must be one of ${collections.join(', ')}`)
        if (!Number.isInteger(data.documentId))
          throw badRequest('documentId: must be a document id')
        const collection = data.collection as TranslatedCollection
        const doc = (await req.payload.findByID({
          collection,
          id: data.documentId as number,
          locale: 'da',
          depth: 0,
          draft: true,
          overrideAccess: true,
          req,
          disableErrors: true,
        })) as Record<string, unknown> | null
        if (!doc) throw notFound(`documentId: no ${collection} document ${String(data.documentId)}`)
        if (!mayEditDepartment(req, doc.department))
          throw forbidden(
            "Only the owning department's editors may override its readability limit.",
          )
        const { readability, limit } = await readabilityOfStored(req.payload, collection, doc)
        const decision = gateDecision(readability, limit)
        if (decision.pass) throw badRequest(`Nothing to override: ${decision.message}`)
        if (readability.status !== 'scored')
          throw badRequest('Nothing to override: the text has no score.')
        return {
          ...data,
          reason: String(data.reason).trim(),
          score: readability.score,
          limit,
          user: currentUser(req)?.id as number | undefined,
        }
      },
    ],
    afterChange: [
      async ({ doc, req, operation }) => {
        if (operation !== 'create') return doc
        await writeAudit(req, {
          action: 'readability-override',
          collection: doc.collection,
          documentId: doc.documentId,
          locale: 'da',
          summary: `readability override ${doc.collection} ${doc.documentId}: LIX ${doc.score} above ${doc.limit} — "${doc.reason}"`,
        })
        return doc
      },
    ],
  },
})
