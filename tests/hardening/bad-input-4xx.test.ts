import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainJobs } from '../support/jobs'
import { startWorkflowWorld, type WorkflowWorld } from '../support/workflowWorld'

let w: WorkflowWorld
let leafletId: number

const text = (t: string) => ({
  type: 'text',
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const para = (...children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})

beforeAll(async () => {
  w = await startWorkflowWorld()
  const created = await w.http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title: 'Sådan klager du',
      kind: 'complaint-guidance',
      department: w.world.departments.BIF,
      body: {
        root: {
          type: 'root',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          children: [para(text('Ring til os.'))],
        },
      },
      _status: 'published',
    },
    auth: { token: w.world.actors.editorBIF.token },
  })
  expect(created.status).toBe(201)
  leafletId = created.body.doc.id
  await drainJobs(w.t.payload)
}, 600_000)
afterAll(async () => w?.stop())

const show = (r: { status: number; body: unknown }) => `${r.status} ${JSON.stringify(r.body)}`

describe('item 1: malformed ids and where clauses answer 4xx', () => {
  it.each([
    'leaflets/abc',
    'leaflets/1.5',
    'leaflets/-1',
    'leaflets?where[_status][equals]=bogus',
    'leaflets?where[title][near]=1,2',
    'leaflets?where[publishedLocales][in]=xx',
    'leaflets?where[department][equals]=abc',
    'leaflets?where[kind][equals]=nonsense',
    'leaflets?where[title][bogus_operator]=1',
    'leaflets?where[no_such_field][equals]=1',
  ])('GET %s', async (path) => {
    // Management reads are for signed-in callers (issue 10); an API consumer reaches the query layer.
    const anonymous = await w.http.rest('GET', path)
    expect(anonymous.status, show(anonymous)).toBeGreaterThanOrEqual(400)
    expect(anonymous.status, show(anonymous)).toBeLessThan(500)
    const r = await w.http.rest('GET', path, { auth: { apiKey: w.world.actors.consumer.apiKey } })
    expect([400, 404], show(r)).toContain(r.status)
    const message = (r.body as { errors?: Array<{ message: string }> }).errors?.[0]?.message ?? ''
    expect(message, show(r)).not.toMatch(/something went wrong|unknown error/i)
    expect(message.length, show(r)).toBeGreaterThan(5)
  })
})

describe('queries Payload tolerates (ignores the bad part) are never a 5xx either', () => {
  it.each([
    'leaflets?where[id][equals]=abc',
    'leaflets?where[createdAt][greater_than]=yesterday',
    'leaflets?limit=abc&page=-3',
    'leaflets?sort=no_such_field',
    'leaflets?depth=999',
  ])('GET %s', async (path) => {
    const r = await w.http.rest('GET', path, { auth: { apiKey: w.world.actors.consumer.apiKey } })
    expect(r.status, show(r)).toBeLessThan(500)
  })
})

describe('item 2: locale=all with garbage credentials, method override', () => {
  it.each<Record<string, string>>([
    { authorization: 'JWT garbage' },
    { authorization: 'users API-Key garbage' },
    { authorization: 'Bearer x.y.z' },
    { cookie: 'payload-token=garbage' },
  ])('locale=all with %o', async (headers) => {
    const r = await fetchRest('GET', 'leaflets?locale=all', headers)
    expect(r.status, show(r)).toBe(401)
    expect(JSON.stringify(r.body)).toContain('locale=all')
  })
  it('POST with X-HTTP-Method-Override: GET and locale=xx in the body is refused like ?locale=xx', async () => {
    const r = await fetchRest(
      'POST',
      'leaflets',
      {
        'x-http-method-override': 'GET',
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `users API-Key ${w.world.actors.consumer.apiKey}`,
      },
      'locale=xx&depth=0',
    )
    expect(r.status, show(r)).toBe(400)
    expect(JSON.stringify(r.body)).toContain('Unknown locale')
    const all = await fetchRest(
      'POST',
      'leaflets',
      { 'x-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded' },
      'locale=all',
    )
    expect(all.status, show(all)).toBe(401)
  })
})

describe('item 3: GraphQL', () => {
  it('a fragment cycle is a 400 with a message', async () => {
    const r = await graphqlRaw(
      JSON.stringify({ query: 'query { ...A } fragment A on Query { ...A }' }),
    )
    expect(r.status, show(r)).toBe(400)
    expect(JSON.stringify(r.body)).toMatch(/cycle|itself|spread/i)
  })
  it('a body that is not JSON is a 400', async () => {
    for (const body of ['not json', '{"query":', '', '[1,2]', '"x"', 'null', '{"query": 5}']) {
      const r = await graphqlRaw(body)
      expect(r.status, `${body}: ${show(r)}`).toBeGreaterThanOrEqual(400)
      expect(r.status, `${body}: ${show(r)}`).toBeLessThan(500)
    }
  })
})

describe('item 4: a translator save with bad markup says why', () => {
  it.each([
    ['<script>alert(1)</script>', /script/],
    ['<b>unclosed', /b/],
    ['<a id="l99">x</a>', /l99|link/],
  ])('%s', async (bad, reason) => {
    const task = (
      await w.t.payload.find({
        collection: 'translation-tasks',
        where: { and: [{ documentId: { equals: leafletId } }, { locale: { equals: 'ar' } }] },
        depth: 0,
      })
    ).docs[0] as unknown as { id: number; segments: Array<{ key: string; text: string }> }
    const before = JSON.stringify(task.segments)
    const r = await w.http.rest('POST', `translation-tasks/${task.id}/save`, {
      body: { segments: [{ key: 'body.0', text: bad }] },
      auth: { token: w.world.actors.translatorAr.token },
    })
    expect(r.status, show(r)).toBe(400)
    expect(JSON.stringify(r.body)).not.toContain('unknown error')
    expect(JSON.stringify(r.body)).toMatch(reason)
    const after = await w.t.payload.findByID({
      collection: 'translation-tasks',
      id: task.id,
      depth: 0,
    })
    expect(JSON.stringify(after.segments)).toBe(before)
  })
})

async function fetchRest(
  method: 'GET' | 'POST',
  pathAndQuery: string,
  headers: Record<string, string>,
  body?: string,
) {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const url = new URL(`http://localhost/api/${pathAndQuery}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const handler = method === 'GET' ? rest.GET : rest.POST
  const response = await handler(new Request(url, { method, headers, body }), {
    params: Promise.resolve({ slug }),
  })
  const textBody = await response.text()
  let parsed: unknown = textBody
  try {
    parsed = JSON.parse(textBody)
  } catch {
    /* keep text */
  }
  return { status: response.status, body: parsed }
}

async function graphqlRaw(body: string) {
  const gql = await import('../../src/app/(payload)/api/graphql/route')
  const response = await gql.POST(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  )
  const textBody = await response.text()
  let parsed: unknown = textBody
  try {
    parsed = JSON.parse(textBody)
  } catch {
    /* keep text */
  }
  return { status: response.status, body: parsed }
}
