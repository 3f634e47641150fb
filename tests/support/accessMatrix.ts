import type { Payload } from 'payload'
import {
  type Actor,
  contentSlugs,
  type ContentSlug,
  createSource,
  prepareFixtureMedia,
  sourceData,
  type World,
} from './fixtures'
import type { httpApi } from './http'

export const OPERATIONS = [
  'read-published',
  'read-draft',
  'read-versions',
  'create',
  'update-da',
  'update-ar',
  'update-tr',
  'publish-da',
  'publish-ar',
  'delete',
] as const
export type Operation = (typeof OPERATIONS)[number]
export const CHANNELS = ['local', 'rest', 'graphql'] as const
export type Channel = (typeof CHANNELS)[number]
export type Outcome = 'allowed' | 'denied' | 'n/a'

type Http = Awaited<ReturnType<typeof httpApi>>

const GRAPHQL_NAMES: Record<ContentSlug, { single: string; plural: string; input: string }> = {
  leaflets: { single: 'Leaflet', plural: 'Leaflets', input: 'Leaflet' },
  'welcome-materials': {
    single: 'WelcomeMaterial',
    plural: 'WelcomeMaterials',
    input: 'WelcomeMaterial',
  },
  'letter-templates': {
    single: 'LetterTemplate',
    plural: 'LetterTemplates',
    input: 'LetterTemplate',
  },
  methods: { single: 'Method', plural: 'Methods', input: 'Method' },
  'reflection-questions': {
    single: 'ReflectionQuestion',
    plural: 'ReflectionQuestions',
    input: 'ReflectionQuestion',
  },
  'interface-texts': { single: 'InterfaceText', plural: 'InterfaceTexts', input: 'InterfaceText' },
  'help-points': { single: 'HelpPoint', plural: 'HelpPoints', input: 'HelpPoint' },
  events: { single: 'Event', plural: 'Events', input: 'Event' },
  films: { single: 'Film', plural: 'Films', input: 'Film' },
}

/** GraphQL enums cannot hold hyphens; Payload turns them into underscores. */
function graphqlData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data))
    out[key] =
      typeof value === 'string' && ['kind', 'category', 'district'].includes(key)
        ? value.replace(/-/g, '_')
        : value
  return out
}

function auth(actor: Actor) {
  return actor.apiKey ? { apiKey: actor.apiKey } : actor.token ? { token: actor.token } : undefined
}

async function attempt(run: () => Promise<boolean>): Promise<Outcome> {
  try {
    return (await run()) ? 'allowed' : 'denied'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'denied'
    throw error
  }
}

/** Runs one operation as one actor through one channel against fresh documents; reports what happened. */
export async function probe(
  payload: Payload,
  http: Http,
  world: World,
  actor: Actor,
  slug: ContentSlug,
  operation: Operation,
  channel: Channel,
): Promise<Outcome> {
  const dept = world.departments.BIF
  const names = GRAPHQL_NAMES[slug]
  const locale = operation.endsWith('-ar') ? 'ar' : operation.endsWith('-tr') ? 'tr' : 'da'
  const local = { overrideAccess: false, user: actor.user ?? undefined } as const
  const title = `Ændret ${operation} ${Date.now()}`

  if (operation === 'read-published' || operation === 'read-draft') {
    const doc = await createSource(payload, slug, dept, operation === 'read-published')
    const draft = operation === 'read-draft'
    if (channel === 'local') {
      return attempt(async () => {
        const found = await payload.find({
          collection: slug,
          where: { id: { equals: doc.id } },
          locale: 'da',
          draft,
          ...local,
        })
        return found.docs.length === 1
      })
    }
    if (channel === 'rest') {
      const r = await http.rest(
        'GET',
        `${slug}?where[id][equals]=${doc.id}&locale=da&draft=${draft}`,
        { auth: auth(actor) },
      )
      return r.status === 200 && (r.body as { docs: unknown[] }).docs.length === 1
        ? 'allowed'
        : 'denied'
    }
    const r = await http.graphql<Record<string, { docs: unknown[] }>>(
      `{ ${names.plural}(where: { id: { equals: ${doc.id} } }, locale: da, draft: ${draft}) { docs { id title } } }`,
      {},
      auth(actor),
    )
    return r.body.data?.[names.plural]?.docs.length === 1 ? 'allowed' : 'denied'
  }

  if (operation === 'read-versions') {
    await createSource(payload, slug, dept, true)
    if (channel === 'local')
      return attempt(
        async () => (await payload.findVersions({ collection: slug, ...local })).docs.length > 0,
      )
    if (channel === 'rest') {
      const r = await http.rest('GET', `${slug}/versions`, { auth: auth(actor) })
      return r.status === 200 && (r.body as { docs: unknown[] }).docs.length > 0
        ? 'allowed'
        : 'denied'
    }
    const r = await http.graphql<Record<string, { docs: unknown[] }>>(
      `{ versions${names.plural} { docs { id } } }`,
      {},
      auth(actor),
    )
    return (r.body.data?.[`versions${names.plural}`]?.docs.length ?? 0) > 0 ? 'allowed' : 'denied'
  }

  if (operation === 'create') {
    const data = { ...sourceData(slug, dept, `Ny ${slug} ${Date.now()}`), _status: 'draft' }
    if (channel === 'local')
      return attempt(async () =>
        Boolean(
          (
            await payload.create({
              collection: slug,
              locale: 'da',
              draft: true,
              data: data as never,
              ...local,
            })
          ).id,
        ),
      )
    if (channel === 'rest') {
      const r = await http.rest('POST', `${slug}?locale=da&draft=true`, {
        body: data,
        auth: auth(actor),
      })
      return r.status === 201 ? 'allowed' : 'denied'
    }
    const r = await http.graphql<Record<string, { id: number } | null>>(
      `mutation($data: mutation${names.input}Input!) { create${names.single}(data: $data, locale: da, draft: true) { id } }`,
      { data: graphqlData(data) },
      auth(actor),
    )
    return r.body.data?.[`create${names.single}`]?.id ? 'allowed' : 'denied'
  }

  const doc = await createSource(payload, slug, dept, true)
  if (operation === 'delete') {
    if (channel === 'local')
      return attempt(async () =>
        Boolean(await payload.delete({ collection: slug, id: doc.id, ...local })),
      )
    if (channel === 'rest')
      return (await http.rest('DELETE', `${slug}/${doc.id}`, { auth: auth(actor) })).status === 200
        ? 'allowed'
        : 'denied'
    const r = await http.graphql<Record<string, { id: number } | null>>(
      `mutation { delete${names.single}(id: ${doc.id}) { id } }`,
      {},
      auth(actor),
    )
    return r.body.data?.[`delete${names.single}`]?.id ? 'allowed' : 'denied'
  }

  const publish = operation.startsWith('publish')
  const data = publish ? { title, _status: 'published' } : { title }
  const stored = async () => {
    const check = await payload.findByID({ collection: slug, id: doc.id, locale, draft: !publish })
    return (check as { title?: string }).title === title
  }
  if (channel === 'local') {
    return attempt(async () => {
      await payload.update({
        collection: slug,
        id: doc.id,
        locale,
        draft: !publish,
        data: data as never,
        ...(publish ? { publishSpecificLocale: locale } : {}),
        ...local,
      })
      return stored()
    })
  }
  if (channel === 'rest') {
    const query = publish
      ? `locale=${locale}&publishSpecificLocale=${locale}`
      : `locale=${locale}&draft=true`
    const r = await http.rest('PATCH', `${slug}/${doc.id}?${query}`, {
      body: data,
      auth: auth(actor),
    })
    return r.status === 200 && (await stored()) ? 'allowed' : 'denied'
  }
  if (publish) return 'n/a' // GraphQL has no per-locale publish argument; consumers publish through the workflow
  const r = await http.graphql<Record<string, { id: number } | null>>(
    `mutation($data: mutation${names.input}UpdateInput!) { update${names.single}(id: ${doc.id}, data: $data, locale: ${locale}, draft: true) { id } }`,
    { data },
    auth(actor),
  )
  return r.body.data?.[`update${names.single}`]?.id && (await stored()) ? 'allowed' : 'denied'
}

export interface MatrixRow {
  actor: string
  collection: ContentSlug
  operation: Operation
  outcomes: Record<Channel, Outcome>
}

export async function computeMatrix(
  payload: Payload,
  http: Http,
  world: World,
  collections: ContentSlug[] = contentSlugs(payload),
): Promise<MatrixRow[]> {
  const rows: MatrixRow[] = []
  await prepareFixtureMedia(payload)
  for (const [actorName, actor] of Object.entries(world.actors)) {
    for (const collection of collections) {
      for (const operation of OPERATIONS) {
        const outcomes = {} as Record<Channel, Outcome>
        for (const channel of CHANNELS)
          outcomes[channel] = await probe(
            payload,
            http,
            world,
            actor,
            collection,
            operation,
            channel,
          )
        rows.push({ actor: actorName, collection, operation, outcomes })
      }
    }
  }
  return rows
}
