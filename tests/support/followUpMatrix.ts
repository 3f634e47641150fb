import type { Payload } from 'payload'
import type { Actor } from './fixtures'
import type { httpApi } from './http'

export const FOLLOW_UP_SLUGS = [
  'areas',
  'population-figures',
  'units',
  'meetings',
  'no-show-months',
  'inclusion-figures',
] as const
export type FollowUpSlug = (typeof FOLLOW_UP_SLUGS)[number]
export const FOLLOW_UP_OPERATIONS = ['read', 'create', 'update', 'delete'] as const
export type FollowUpOperation = (typeof FOLLOW_UP_OPERATIONS)[number]
export const FOLLOW_UP_CHANNELS = ['local', 'rest', 'graphql'] as const
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number]

type Http = Awaited<ReturnType<typeof httpApi>>

export interface FollowUpScope {
  /** The department organisers may record meetings for. */
  department: number
  /** The unit the centre manager may record no-shows for. */
  unit: number
  area: number
}

const GRAPHQL: Record<FollowUpSlug, string> = {
  areas: 'Areas',
  'population-figures': 'PopulationFigures',
  units: 'Units',
  meetings: 'Meetings',
  'no-show-months': 'NoShowMonths',
  'inclusion-figures': 'InclusionFigures',
}

let counter = 0

/** Valid data for a new document, inside the organiser's department and the manager's unit. */
function dataFor(slug: FollowUpSlug, scope: FollowUpScope): Record<string, unknown> {
  counter++
  const year = new Date().getUTCFullYear() - 1
  switch (slug) {
    case 'areas':
      return { name: `Matrix area ${counter}`, code: `M${counter}`, kind: 'district' }
    case 'population-figures':
      return {
        area: scope.area,
        year,
        group: 'immigrants',
        ageBand: '30-49',
        count: 100,
        sourceTable: 'matrix',
        extractedOn: `${year}-02-01T00:00:00.000Z`,
      }
    case 'units':
      return { name: `Matrix unit ${counter}`, code: `MU${counter}`, kind: 'other' }
    case 'meetings':
      return {
        title: `Matrix meeting ${counter}`,
        kind: 'event',
        date: `${year}-03-01T12:00:00.000Z`,
        area: scope.area,
        department: scope.department,
        attendance: { danish: 1, immigrants: 1, descendants: 0, notStated: 0, total: 2 },
      }
    case 'no-show-months':
      // A month of its own per probe: one row per unit and month.
      return {
        unit: scope.unit,
        month: `${1000 + counter}-01`,
        withTranslation: { invitations: 10, noShows: 1 },
        withoutTranslation: { invitations: 10, noShows: 2 },
      }
    case 'inclusion-figures':
      return { year, measure: 'trust', group: 'all', percent: 60, source: 'matrix' }
  }
}

function auth(actor: Actor) {
  return actor.apiKey ? { apiKey: actor.apiKey } : actor.token ? { token: actor.token } : undefined
}

async function attempt(run: () => Promise<boolean>): Promise<'allowed' | 'denied'> {
  try {
    return (await run()) ? 'allowed' : 'denied'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'denied'
    throw error
  }
}

/** One operation by one actor through one channel on a fresh document; 'n/a' where the channel is not probed. */
export async function probeFollowUp(
  payload: Payload,
  http: Http,
  scope: FollowUpScope,
  actor: Actor,
  slug: FollowUpSlug,
  operation: FollowUpOperation,
  channel: FollowUpChannel,
): Promise<'allowed' | 'denied' | 'n/a'> {
  const local = { overrideAccess: false, user: actor.user ?? undefined } as const
  if (operation === 'create') {
    const data = dataFor(slug, scope)
    if (channel === 'local')
      return attempt(async () =>
        Boolean((await payload.create({ collection: slug, data: data as never, ...local })).id),
      )
    if (channel === 'rest')
      return (await http.rest('POST', slug, { body: data, auth: auth(actor) })).status === 201
        ? 'allowed'
        : 'denied'
    return 'n/a'
  }
  const doc = await payload.create({ collection: slug, data: dataFor(slug, scope) as never })
  if (operation === 'read') {
    if (channel === 'local')
      return attempt(
        async () =>
          (await payload.find({ collection: slug, where: { id: { equals: doc.id } }, ...local }))
            .docs.length === 1,
      )
    if (channel === 'rest') {
      const r = await http.rest<{ docs?: unknown[] }>(
        'GET',
        `${slug}?where[id][equals]=${doc.id}`,
        { auth: auth(actor) },
      )
      return r.status === 200 && r.body.docs?.length === 1 ? 'allowed' : 'denied'
    }
    const r = await http.graphql<Record<string, { docs: unknown[] } | null>>(
      `{ ${GRAPHQL[slug]}(where: { id: { equals: ${doc.id} } }) { docs { id } } }`,
      {},
      auth(actor),
    )
    return r.body.data?.[GRAPHQL[slug]]?.docs.length === 1 ? 'allowed' : 'denied'
  }
  if (operation === 'delete') {
    if (channel === 'local')
      return attempt(async () =>
        Boolean(await payload.delete({ collection: slug, id: doc.id, ...local })),
      )
    if (channel === 'rest')
      return (await http.rest('DELETE', `${slug}/${doc.id}`, { auth: auth(actor) })).status === 200
        ? 'allowed'
        : 'denied'
    return 'n/a'
  }
  // update: a harmless field per collection, then check it was stored
  const patch: Record<FollowUpSlug, Record<string, unknown>> = {
    areas: { name: `Renamed ${counter++}` },
    'population-figures': { count: 101 },
    units: { name: `Renamed unit ${counter++}` },
    meetings: { learned: `Learned ${counter++}` },
    'no-show-months': { source: 'letters' },
    'inclusion-figures': { percent: 61 },
  }
  const [key, value] = Object.entries(patch[slug])[0]
  const stored = async () =>
    (
      (await payload.findByID({ collection: slug, id: doc.id, depth: 0 })) as unknown as Record<
        string,
        unknown
      >
    )[key] === value
  if (channel === 'local')
    return attempt(
      async () =>
        Boolean(
          await payload.update({
            collection: slug,
            id: doc.id,
            data: patch[slug] as never,
            ...local,
          }),
        ) && (await stored()),
    )
  if (channel === 'rest')
    return (await http.rest('PATCH', `${slug}/${doc.id}`, { body: patch[slug], auth: auth(actor) }))
      .status === 200 && (await stored())
      ? 'allowed'
      : 'denied'
  return 'n/a'
}
