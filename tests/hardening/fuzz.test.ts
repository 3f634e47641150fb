import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { EXTRA_ROUTES, type FuzzEndpoint, type Method, restEndpoints } from '../support/fuzzTable'
import { startTestPayload, type TestPayload } from '../support/payload'

/**
 * Issue 12 item 7: malformed ids, `where` operators, locales, bodies, headers and method
 * overrides against every REST, GraphQL and custom endpoint, anonymous and as each role. No answer
 * may be a 5xx, and a refused write must leave the database exactly as it was. Deterministic (a
 * seeded generator), so a failure names a request that fails again.
 */
const MIN_REQUESTS = 5_000
const SEED = Number(process.env.FUZZ_SEED ?? 12)

let t: TestPayload
let world: World
let db: pg.Client
let leafletId: number
let sacrificialUserId: number
type Handler = (
  request: Request,
  args: { params: Promise<Record<string, unknown>> },
) => Promise<Response>
let rest: Record<Method, Handler>
let graphql: { GET: (r: Request) => Promise<Response>; POST: (r: Request) => Promise<Response> }

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}
const random = prng(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]

const BAD_IDS = [
  'abc',
  '-1',
  '0',
  '1.5',
  '99999999999999999999',
  '%00',
  '..%2F..%2Fetc',
  "1'%20OR%201%3D1",
  '%E2%80%AE1',
  'null',
  '[]',
  '999999',
]
const LOCALES = ['da', 'ar', 'xx', 'all', '*', 'DA', '', 'ar%00', 'null', 'so-SO', '%D8%B9']
const QUERIES = [
  '',
  'where[_status][equals]=bogus',
  'where[title][near]=1,2',
  'where[title][within]=1',
  'where[publishedLocales][in]=xx',
  'where[id][equals]=abc',
  'where[id][in]=1,abc,-3',
  'where[department][equals]=abc',
  'where[kind][equals]=nonsense',
  'where[createdAt][greater_than]=yesterday',
  'where[updatedAt][less_than]=9999999999999999',
  'where[title][bogus]=1',
  'where[no_such_field][equals]=1',
  'where[or][0][title][like]=%25&where[or][1][id][exists]=maybe',
  'where[and][0][and][0][and][0][title][equals]=x',
  'where=notanobject',
  'where[title][equals][nested]=1',
  'where[locale][equals]=xx',
  'where[state][equals]=nope',
  'where[roles][contains]=root',
  'limit=abc&page=-3',
  'limit=100000',
  'depth=999',
  'depth=-1',
  'sort=no_such_field',
  'sort=-title,,,',
  'draft=maybe',
  'fallback-locale=klingon',
  'select[title]=true&select[nope]=1',
  'populate[departments][name]=nonsense',
  'joins=bogus',
  'trash=true',
]
const BODIES: Array<{ text: string; type: string }> = [
  { text: '{}', type: 'application/json' },
  { text: 'not json', type: 'application/json' },
  { text: '{"title":', type: 'application/json' },
  { text: '[]', type: 'application/json' },
  { text: 'null', type: 'application/json' },
  { text: '"string"', type: 'application/json' },
  {
    text: JSON.stringify({ title: 5, body: 'text', department: 'abc', _status: 'published' }),
    type: 'application/json',
  },
  {
    text: JSON.stringify({
      title: 'a\u202Eb',
      slug: 'Not A Slug!',
      body: { root: { type: 'nope' } },
    }),
    type: 'application/json',
  },
  {
    text: JSON.stringify({
      title: 'x'.repeat(5000),
      summary: { nested: [1, 2] },
      kind: 'nonsense',
    }),
    type: 'application/json',
  },
  {
    text: JSON.stringify({ segments: [{ key: 'title', text: '<script>x</script>' }] }),
    type: 'application/json',
  },
  { text: JSON.stringify({ segments: 'all' }), type: 'application/json' },
  {
    text: JSON.stringify({ segments: [{ key: 'body.0', text: '<b>open' }, { key: 7 }] }),
    type: 'application/json',
  },
  { text: JSON.stringify({ collection: 'users', id: 'abc' }), type: 'application/json' },
  { text: JSON.stringify({ collection: 'leaflets', id: 999999 }), type: 'application/json' },
  { text: JSON.stringify({ comment: '' }), type: 'application/json' },
  {
    text: JSON.stringify({ email: 'fuzz@test.invalid', password: 'wrong' }),
    type: 'application/json',
  },
  { text: JSON.stringify({ email: 12, password: null }), type: 'application/json' },
  {
    text: JSON.stringify({ roles: ['root'], departments: ['abc'], languages: ['xx'] }),
    type: 'application/json',
  },
  { text: JSON.stringify({ term: 'a\tb', translations: 'x' }), type: 'application/json' },
  {
    text: JSON.stringify({ url: 'javascript:alert(1)', events: ['nope'] }),
    type: 'application/json',
  },
  { text: JSON.stringify({ locale: 'xx', depth: 'deep' }), type: 'application/json' },
  {
    text: JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
    type: 'application/json',
  },
  {
    text: '<?xml version="1.0"?><xliff version="1.2"><file original="nonsense/1" source-language="da" target-language="ar"><body/></file></xliff>',
    type: 'application/x-xliff+xml',
  },
  {
    text: '<xliff><file original=""><body><trans-unit id="x"><source>a</source><target><g id="i.1">b</g></target></trans-unit></body></file></xliff>',
    type: 'application/xml',
  },
  { text: '<<<>>>', type: 'application/xml' },
  { text: 'locale=xx&where[_status][equals]=bogus', type: 'application/x-www-form-urlencoded' },
  {
    text: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":1}\r\n--x--',
    type: 'multipart/form-data; boundary=x',
  },
  { text: '\u0000\u0001\u0002', type: 'text/plain' },
]
const GRAPHQL_QUERIES = [
  'query { ...A } fragment A on Query { ...A }',
  'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  '{ Leaflets(locale: xx) { docs { title } } }',
  '{ Leaflets(where: { _status: { equals: bogus } }) { docs { title } } }',
  '{ Leaflets(where: { id: { equals: "abc" } }) { docs { id } } }',
  '{ Leaflet(id: "abc") { title } }',
  '{ Leaflet(id: 999999) { title } }',
  '{ Leaflets(limit: -5, page: 0) { docs { id } } }',
  '{ Leaflets(locale: all) { docs { title } } }',
  '{ Users { docs { email roles apiKey } } }',
  '{ TranslationTasks { docs { id segments { text } } } }',
  'mutation { createLeaflet(data: { title: "x" }) { id } }',
  'mutation { updateLeaflet(id: 999999, data: { title: "\u202E" }) { id } }',
  'mutation { deleteLeaflet(id: "abc") { id } }',
  'mutation { loginUser(email: "fuzz@test.invalid", password: "x") { token } }',
  '{ __schema { types { name } } }',
  '{ a: __typename b: __typename c: __typename }',
  '{ Leaflets { docs { department { name department { name } } } } }',
  'query ($x: Int!) { Leaflet(id: $x) { title } }',
  '{',
  '',
  '{ Leaflets { docs { title(locale: xx) } } }',
]
const HEADERS: Array<Record<string, string>> = [
  {},
  { authorization: 'JWT garbage' },
  { authorization: 'users API-Key garbage' },
  { authorization: 'Bearer a.b.c' },
  { cookie: 'payload-token=garbage' },
  { 'x-http-method-override': 'GET' },
  { 'x-payload-http-method-override': 'GET' },
  { 'x-http-method-override': 'DELETE' },
  { 'accept-language': 'xx,ar;q=abc' },
  { origin: 'https://evil.invalid', 'x-forwarded-for': '::1, 999.1.1.1' },
]

type Actor = { name: string; headers: Record<string, string> }
let actors: Actor[]

/** Row counts and last change of every table: a refused write must leave this unchanged. */
let fingerprintSql: string | undefined
async function fingerprint(): Promise<string> {
  if (!fingerprintSql) {
    const tables = await db.query<{ table_name: string; has_updated: boolean }>(
      `select table_name, bool_or(column_name = 'updated_at') as has_updated from information_schema.columns where table_schema = 'public' group by table_name order by table_name`,
    )
    // The job scheduler writes these on its own clock, whatever the requests do.
    const background = ['payload_jobs', 'payload_jobs_stats', 'payload_jobs_log']
    fingerprintSql = tables.rows
      .filter((r) => !background.includes(r.table_name))
      .map(
        (r) =>
          `select '${r.table_name}' as t, count(*)::text as n, ${r.has_updated ? 'max(updated_at)::text' : "''"} as u from "${r.table_name}"`,
      )
      .join(' union all ')
  }
  const result = await db.query<{ t: string; n: string; u: string | null }>(fingerprintSql)
  // Sorted: a UNION ALL has no row order, and two orders of the same counts are no change.
  return result.rows
    .map((r) => `${r.t}:${r.n}:${r.u ?? ''}`)
    .sort()
    .join('|')
}

const changedTables = (before: string, after: string) => {
  const a = new Set(before.split('|'))
  return after
    .split('|')
    .filter((x) => !a.has(x))
    .map((x) => x.split(':')[0])
    .join(',')
}

function fill(path: string): string {
  return path.replace(/:(\w+)\??/g, (_m, name: string) => {
    if (name === 'name') return pick(['noto-sans.woff2', '..%2F..%2Fpackage.json', 'x', '%00'])
    if (name === 'token') return pick(['abc', ''])
    const r = random()
    if (r < 0.3) return String(path.startsWith('/users') ? sacrificialUserId : leafletId)
    return pick(BAD_IDS)
  })
}

async function send(
  endpoint: FuzzEndpoint,
  actor: Actor,
): Promise<{ status: number; label: string; write: boolean; recordsAttempts: boolean }> {
  const headers: Record<string, string> = { ...actor.headers, ...pick(HEADERS) }
  if (
    actor.headers.authorization &&
    headers.authorization !== actor.headers.authorization &&
    random() < 0.5
  )
    headers.authorization = actor.headers.authorization
  const method = endpoint.method
  const write = method !== 'GET' || Boolean(headers['x-http-method-override'] === 'DELETE')
  let body: string | undefined
  if (method !== 'GET') {
    const b = pick(BODIES)
    body = b.text
    headers['content-type'] = b.type
  }
  if (endpoint.via === 'graphql') {
    const query = pick(GRAPHQL_QUERIES)
    const isMutation = /^\s*mutation/.test(query)
    const label = `${method} /api/graphql ${query.slice(0, 60)} as ${actor.name}`
    if (method === 'GET') {
      const url = `http://localhost/api/graphql?query=${encodeURIComponent(query)}${random() < 0.2 ? '&variables=%7Bbad' : ''}`
      const r = await graphql.GET(new Request(url, { headers }))
      await r.arrayBuffer()
      return { status: r.status, label, write: false, recordsAttempts: false }
    }
    const raw =
      random() < 0.15
        ? pick(BODIES).text
        : JSON.stringify({ query, variables: random() < 0.2 ? { x: 'abc' } : undefined })
    const r = await graphql.POST(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: raw,
      }),
    )
    await r.arrayBuffer()
    return {
      status: r.status,
      label: `${label} body=${raw.slice(0, 60)}`,
      write: isMutation,
      recordsAttempts: query.includes('login'),
    }
  }
  const path = fill(endpoint.path)
  const query = [pick(QUERIES), random() < 0.5 ? `locale=${pick(LOCALES)}` : '']
    .filter(Boolean)
    .join('&')
  const shownHeaders = Object.fromEntries(
    Object.entries(headers).filter(([k, v]) => actor.headers[k] !== v),
  )
  const label = `${method} ${path}?${query} as ${actor.name} headers=${JSON.stringify(shownHeaders)} body=${(body ?? '').slice(0, 80)}`
  if (endpoint.via === 'route') {
    const mod = (await import(`../../${endpoint.module}`)) as Record<string, Handler>
    const segments = path.split('/').filter(Boolean)
    const r = await mod[method](
      new Request(`http://localhost${path}?${query}`, { method, headers, body }),
      { params: Promise.resolve({ name: decodeURIComponent(segments.at(-1) ?? '') }) },
    )
    await r.arrayBuffer()
    return { status: r.status, label, write, recordsAttempts: false }
  }
  const url = new URL(`http://localhost/api${path}?${query}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const r = await rest[method](new Request(url, { method, headers, body }), {
    params: Promise.resolve({ slug }),
  })
  const answer = await r.text()
  return {
    status: r.status,
    // What a 5xx said, so a failure can be diagnosed from the report alone.
    label: r.status >= 500 ? `${label} answered=${answer.slice(0, 300)}` : label,
    write,
    recordsAttempts: Boolean(endpoint.recordsAttempts),
  }
}

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  leafletId = (await createSource(t.payload, 'leaflets', world.departments.BIF)).id
  sacrificialUserId = (
    await t.payload.create({
      collection: 'users',
      data: {
        email: 'fuzz-target@test.invalid',
        password: 'fuzz-target-password-123',
        roles: ['translator'],
        languages: ['tr'],
      },
    })
  ).id
  db = new pg.Client({ connectionString: t.databaseUrl })
  await db.connect()
  const restModule = await import('../../src/app/(payload)/api/[...slug]/route')
  rest = {
    GET: restModule.GET,
    POST: restModule.POST,
    PATCH: restModule.PATCH,
    PUT: restModule.PUT,
    DELETE: restModule.DELETE,
  } as Record<Method, Handler>
  graphql = (await import('../../src/app/(payload)/api/graphql/route')) as typeof graphql
  const a = world.actors
  actors = [
    { name: 'anonymous', headers: {} },
    { name: 'admin', headers: { authorization: `JWT ${a.admin.token}` } },
    { name: 'editor', headers: { authorization: `JWT ${a.editorBIF.token}` } },
    { name: 'translator', headers: { authorization: `JWT ${a.translatorAr.token}` } },
    { name: 'api-consumer', headers: { authorization: `users API-Key ${a.consumer.apiKey}` } },
    { name: 'admin-cookie', headers: { cookie: `payload-token=${a.admin.token}` } },
  ]
}, 600_000)
afterAll(async () => {
  await db?.end()
  await t?.close()
})

describe('fuzzing every endpoint as every role', () => {
  it(`answers no request with a 5xx and stores nothing for a refused write (${MIN_REQUESTS}+ requests)`, async () => {
    const endpoints = [...restEndpoints(t.config), ...EXTRA_ROUTES]
    const counts = {
      requests: 0,
      byStatus: {} as Record<string, number>,
      refusedWrites: 0,
      refusedWritesChecked: 0,
      endpoints: endpoints.length,
      actors: actors.length,
    }
    const failures: string[] = []
    const started = Date.now()
    // Rounds over the whole table, so every endpoint meets every actor several times (at least
    // three with today's ~270 endpoints), each time with other ids, queries, bodies and headers.
    rounds: while (counts.requests < MIN_REQUESTS) {
      for (const endpoint of endpoints) {
        for (const actor of actors) {
          if (counts.requests >= MIN_REQUESTS) break rounds
          const before =
            endpoint.method !== 'GET' || endpoint.via === 'graphql'
              ? await fingerprint()
              : undefined
          const r = await send(endpoint, actor)
          counts.requests++
          const bucket = `${Math.floor(r.status / 100)}xx`
          counts.byStatus[bucket] = (counts.byStatus[bucket] ?? 0) + 1
          if (r.status >= 500) failures.push(`${r.status} ${r.label}`)
          if (before !== undefined && r.write && r.status >= 400) {
            counts.refusedWrites++
            if (!r.recordsAttempts) {
              counts.refusedWritesChecked++
              const after = await fingerprint()
              if (after !== before)
                failures.push(
                  `refused write ${r.status} changed ${changedTables(before, after)}: ${r.label}`,
                )
            }
          }
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(
      `fuzz (seed ${SEED}): ${counts.requests} requests over ${counts.endpoints} endpoints × ${counts.actors} actors in ${seconds} s; by status ${JSON.stringify(counts.byStatus)}; 5xx: ${failures.filter((f) => /^5/.test(f)).length}; refused writes ${counts.refusedWrites} (${counts.refusedWritesChecked} checked for stored changes)`,
    )
    expect(counts.requests).toBeGreaterThanOrEqual(MIN_REQUESTS)
    expect(counts.byStatus['2xx'] ?? 0).toBeGreaterThan(0)
    expect(counts.byStatus['4xx'] ?? 0).toBeGreaterThan(0)
    if (failures.length) console.log(failures.join('\n'))
    expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([])
  }, 900_000)
})
