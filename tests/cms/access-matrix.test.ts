import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CHANNELS,
  computeMatrix,
  type MatrixRow,
  OPERATIONS,
  type Operation,
} from '../support/accessMatrix'
import { type Actor, buildWorld, contentSlugs, makeUser, type World } from '../support/fixtures'
import {
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OPERATIONS,
  FOLLOW_UP_SLUGS,
  type FollowUpOperation,
  type FollowUpSlug,
  probeFollowUp,
} from '../support/followUpMatrix'
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
    expect(rows).toHaveLength(
      Object.keys(world.actors).length * contentSlugs(t.payload).length * OPERATIONS.length,
    )
  })

  for (const operation of OPERATIONS) {
    it(`${operation}: only ${MAY[operation].join(', ')}`, () => {
      const wrong = rows
        .filter((row) => row.operation === operation)
        .flatMap((row) =>
          CHANNELS.filter((channel) => row.outcomes[channel] !== 'n/a')
            .filter(
              (channel) =>
                (row.outcomes[channel] === 'allowed') !== MAY[operation].includes(row.actor),
            )
            .map(
              (channel) =>
                `${row.actor} ${row.collection} via ${channel}: ${row.outcomes[channel]}`,
            ),
        )
      expect(wrong).toEqual([])
    })
  }
})

/**
 * Follow-up collections (issue 14), written out by hand like the table above: who may do what
 * to a meeting of BIF, a no-show month of the manager's unit, and the admin-kept reference data.
 */
const FOLLOW_UP_READERS = [
  'admin',
  'editorBIF',
  'editorBUF',
  'translatorAr',
  'caseworkerBIF',
  'organiserBIF',
  'centreManager',
  'analyst',
]
const FOLLOW_UP_WRITERS: Record<FollowUpSlug, string[]> = {
  areas: ['admin'],
  'population-figures': ['admin'],
  units: ['admin'],
  meetings: ['admin', 'organiserBIF'],
  'no-show-months': ['admin', 'centreManager'],
  'inclusion-figures': ['admin'],
}

describe('follow-up collections: role × collection × operation × channel', () => {
  const outcomes: Array<{
    actor: string
    slug: FollowUpSlug
    operation: FollowUpOperation
    channel: string
    outcome: string
  }> = []
  beforeAll(async () => {
    const http = await httpApi()
    const area = await t.payload.create({
      collection: 'areas',
      data: { name: 'Matrix district', code: 'MD', kind: 'district' },
    })
    const unit = await t.payload.create({
      collection: 'units',
      data: { name: 'Matrix job centre', code: 'MJC', kind: 'job-centre' },
    })
    const centreManager = await makeUser(t.payload, 'manager.matrix@test.invalid', [
      'centre-manager',
    ])
    await t.payload.update({
      collection: 'users',
      id: centreManager.user!.id,
      data: { units: [unit.id] },
    })
    const relogin = await t.payload.login({
      collection: 'users',
      data: { email: 'manager.matrix@test.invalid', password: 'correct-horse-battery-staple' },
    })
    const actors: Record<string, Actor> = {
      ...world.actors,
      organiserBIF: await makeUser(t.payload, 'organiser.matrix@test.invalid', ['organiser'], {
        departments: [world.departments.BIF],
      }),
      centreManager: {
        ...centreManager,
        token: relogin.token,
        user: { ...centreManager.user!, units: [unit.id] },
      },
      analyst: await makeUser(t.payload, 'analyst.matrix@test.invalid', ['analyst']),
    }
    const scope = { department: world.departments.BIF, unit: unit.id, area: area.id }
    for (const [actor, who] of Object.entries(actors)) {
      for (const slug of FOLLOW_UP_SLUGS) {
        for (const operation of FOLLOW_UP_OPERATIONS) {
          for (const channel of FOLLOW_UP_CHANNELS)
            outcomes.push({
              actor,
              slug,
              operation,
              channel,
              outcome: await probeFollowUp(t.payload, http, scope, who, slug, operation, channel),
            })
        }
      }
    }
  }, 600_000)

  it('probes every actor, collection, operation and channel', () => {
    expect(outcomes).toHaveLength(
      (Object.keys(world.actors).length + 3) *
        FOLLOW_UP_SLUGS.length *
        FOLLOW_UP_OPERATIONS.length *
        FOLLOW_UP_CHANNELS.length,
    )
  })
  for (const operation of FOLLOW_UP_OPERATIONS) {
    it(`${operation}: ${operation === 'read' ? 'staff and analysts, never the public or API consumers' : 'admins, organisers (meetings of their department), centre managers (their units)'}`, () => {
      const wrong = outcomes
        .filter((o) => o.operation === operation && o.outcome !== 'n/a')
        .filter(
          (o) =>
            (o.outcome === 'allowed') !==
            (operation === 'read' ? FOLLOW_UP_READERS : FOLLOW_UP_WRITERS[o.slug]).includes(
              o.actor,
            ),
        )
        .map((o) => `${o.actor} ${o.operation} ${o.slug} via ${o.channel}: ${o.outcome}`)
      expect(wrong).toEqual([])
    })
  }
})
