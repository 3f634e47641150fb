import type { Payload } from 'payload'
import {
  createBlockCache,
  documentBlocks,
  gateDecision,
  type GateDecision,
  type Readability,
  scoreDocument,
} from '../../src/readability'
import { collectionRules, type PlainLanguageOptions } from './options'
import { readableFieldsOf } from './readableFields'
import { plainWordList } from './wordListCache'

const cache = createBlockCache(5_000)

function optionsOf(payload: Payload): PlainLanguageOptions {
  return payload.config.custom?.plainLanguage as PlainLanguageOptions
}

/** What is stored with each version: the document's score and hints, each field's score, the gate. */
export interface StoredReadability {
  document: Readability
  fields: Record<
    string,
    {
      status: Readability['status']
      score: number | null
      label: string | null
      message: string | null
    }
  >
  limit: number | null
  gate: GateDecision
  computedAt: string
}

export async function readabilityOfStored(
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
): Promise<{
  readability: Readability
  limit: number | null
  fields: ReturnType<typeof scoreDocument>['fields']
}> {
  const config = payload.collections[collection as 'leaflets']?.config
  const blocks = documentBlocks(doc, readableFieldsOf(config?.fields ?? []))
  const scored = scoreDocument(blocks, { wordList: await plainWordList(payload), cache })
  return {
    readability: scored.document,
    limit: collectionRules(optionsOf(payload), collection).lixLimit,
    fields: scored.fields,
  }
}

export async function storedReadability(
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
  override?: { score: number; reason: string } | null,
): Promise<StoredReadability> {
  const { readability, limit, fields } = await readabilityOfStored(payload, collection, doc)
  return {
    document: readability,
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, r]) => [
        name,
        {
          status: r.status,
          score: r.status === 'scored' ? r.score : null,
          label: r.status === 'scored' ? r.label : null,
          message: r.status === 'too-short' ? r.message : null,
        },
      ]),
    ),
    limit,
    gate: gateDecision(readability, limit, override),
    computedAt: new Date().toISOString(),
  }
}

/** The newest override for a document, if any. */
/**
 * The collections an override can be recorded for (the overrides collection's select options).
 * Other translated collections (the citizen site's interface texts, places, events, films) have no
 * readability gate, and querying the enum column with their names would fail in Postgres.
 */
export function gatedCollections(payload: Payload): string[] {
  const field = payload.collections['readability-overrides'].config.fields.find(
    (f) => 'name' in f && f.name === 'collection',
  )
  return field && field.type === 'select'
    ? field.options.map((o) => (typeof o === 'string' ? o : o.value))
    : []
}

export async function latestOverride(
  payload: Payload,
  collection: string,
  documentId: number,
): Promise<{ score: number; reason: string } | null> {
  if (!gatedCollections(payload).includes(collection)) return null
  const found = await payload.find({
    collection: 'readability-overrides',
    where: {
      and: [{ collection: { equals: collection } }, { documentId: { equals: documentId } }],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = found.docs[0]
  return doc && typeof doc.score === 'number' ? { score: doc.score, reason: doc.reason } : null
}
