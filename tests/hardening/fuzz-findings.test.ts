import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildWorld, type World } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'

/** Requests the fuzz test found answering 500 after the features were merged; each is a 400 now. */
let t: TestPayload
let world: World

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
}, 180_000)
afterAll(async () => {
  await t?.close()
})

async function post(path: string, headers: Record<string, string>, body: string) {
  return send(path, { authorization: `JWT ${world.actors.admin.token}`, ...headers }, body)
}

async function send(path: string, headers: Record<string, string>, body: string) {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const url = new URL(`http://localhost/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const request = new Request(url, {
    method: 'POST',
    headers,
    body,
  })
  const response = await rest.POST(request, { params: Promise.resolve({ slug }) })
  return {
    status: response.status,
    body: (await response.json()) as { errors: Array<{ message: string }> },
  }
}

it('a multipart body that ends early is a 400 naming the problem', async () => {
  const r = await post(
    '/reflection-questions?trash=true',
    { 'content-type': 'multipart/form-data; boundary=x' },
    '--x',
  )
  expect(r.status).toBe(400)
  expect(r.body.errors[0].message).toMatch(/multipart\/form-data body is malformed/)
})

it('a multipart body that ends early is a 400 also when sent with a cookie and forwarded headers', async () => {
  const r = await send(
    '/reflection-questions?where[createdAt][greater_than]=yesterday',
    {
      cookie: `payload-token=${world.actors.admin.token}`,
      origin: 'https://evil.invalid',
      'x-forwarded-for': '::1, 999.1.1.1',
      'content-type': 'multipart/form-data; boundary=x',
    },
    '--x',
  )
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(500)
  expect(r.status).toBeGreaterThanOrEqual(400)
})

it('a title that is not text is a 400 naming the field, as JSON and as multipart form data', async () => {
  const before = await t.payload.count({ collection: 'reflection-questions' })
  const json = await post(
    '/reflection-questions?locale=da',
    { 'content-type': 'application/json' },
    '{"title":1}',
  )
  expect(json.status, JSON.stringify(json.body)).toBe(400)
  const form = await post(
    '/reflection-questions',
    { 'content-type': 'multipart/form-data; boundary=x' },
    '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":1}\r\n--x--\r\n',
  )
  expect(form.status, JSON.stringify(form.body)).toBe(400)
  expect(JSON.stringify(form.body)).toMatch(/title/)
  expect((await t.payload.count({ collection: 'reflection-questions' })).totalDocs).toBe(
    before.totalDocs,
  )
})

it('a readability override without a collection is a 400, and nothing is stored', async () => {
  const before = await t.payload.count({ collection: 'readability-overrides' })
  const r = await post(
    '/readability-overrides?depth=-1&locale=ar',
    { 'x-http-method-override': 'DELETE', 'content-type': 'application/json' },
    '{"url":"javascript:alert(1)","events":["nope"]}',
  )
  expect(r.status).toBe(400)
  expect(r.body.errors[0].message).toMatch(/^collection: must be one of/)
  expect((await t.payload.count({ collection: 'readability-overrides' })).totalDocs).toBe(
    before.totalDocs,
  )
})
