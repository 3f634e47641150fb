import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, computeMatrix, type MatrixRow, OPERATIONS, type Operation } from '../support/accessMatrix'
import { buildWorld, contentSlugs, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

/**
 * The policy, written out by hand (not derived from the code): who may do what to a document of
 * the BIF department. Same for every content collection and every channel.
 */
const MAY: Record<Operation, string[]> = {
  // Management (Payload's Local API with a user, REST, GraphQL) is for staff and API keys; the
  // public reads published content from the delivery API only (tests/delivery/).
  'read-published': ['admin', 'editorBIF', 'editorBUF', 'translatorAr', 'consumer'],
  'read-draft': ['admin', 'editorBIF', 'editorBUF', 'translatorAr', 'consumer'],
  'read-versions': ['admin', 'editorBIF', 'editorBUF', 'translatorAr', 'consumer'],
  create: ['admin', 'editorBIF'],
  'update-da': ['admin', 'editorBIF'],
  'update-ar': ['admin', 'translatorAr'],
  'update-tr': ['admin'],
  'publish-da': ['admin', 'editorBIF'],
  'publish-ar': ['admin'],
  delete: ['admin', 'editorBIF'],
}

let t: TestPayload
let rows: MatrixRow[]
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  rows = await computeMatrix(t.payload, await httpApi(), world)
}, 900_000)
afterAll(async () => t?.close())

describe('permission matrix: role × collection × operation × channel', () => {
  it('covers every actor, collection, operation and channel', () => {
    expect(rows).toHaveLength(Object.keys(world.actors).length * contentSlugs(t.payload).length * OPERATIONS.length)
  })

  for (const operation of OPERATIONS) {
    it(`${operation}: only ${MAY[operation].join(', ')}`, () => {
      const wrong = rows
        .filter((row) => row.operation === operation)
        .flatMap((row) =>
          CHANNELS.filter((channel) => row.outcomes[channel] !== 'n/a')
            .filter((channel) => (row.outcomes[channel] === 'allowed') !== MAY[operation].includes(row.actor))
            .map((channel) => `${row.actor} ${row.collection} via ${channel}: ${row.outcomes[channel]}`),
        )
      expect(wrong).toEqual([])
    })
  }
})
