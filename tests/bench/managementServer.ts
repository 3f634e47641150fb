/**
 * The management process for the bench and the load test: Payload's own REST and GraphQL route
 * handlers (the ones src/app mounts) on a bare node:http server, so the figures need no
 * `next build`. Seeds the content, publishes the Arabic leaflet, and prints one line
 * `ready {"url","token"}` for the parent. Also serves the bench-only copy of the old cached
 * public read path (/bench/payload-cached, CMS_BENCH_ROUTES=1).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { seedContent } from '../../seed/run'

process.env.CMS_BENCH_ROUTES = '1'
const payload = await getPayload({ config })
await seedContent(payload)
const email = 'bench.admin@bench.invalid'
const password = 'bench-password-0123456789'
const existing = await payload.find({
  collection: 'users',
  where: { email: { equals: email } },
  limit: 1,
})
if (!existing.docs.length)
  await payload.create({ collection: 'users', data: { email, password, roles: ['admin'] } })
const { token } = await payload.login({ collection: 'users', data: { email, password } })
const editorEmail = 'bench.editor@bench.invalid'
const bif = (
  await payload.find({ collection: 'departments', where: { code: { equals: 'BIF' } }, limit: 1 })
).docs[0]!
if (
  !(
    await payload.find({ collection: 'users', where: { email: { equals: editorEmail } }, limit: 1 })
  ).docs.length
) {
  await payload.create({
    collection: 'users',
    data: { email: editorEmail, password, roles: ['editor'], departments: [bif.id] },
  })
}
const editorToken = (
  await payload.login({ collection: 'users', data: { email: editorEmail, password } })
).token

const leaflet = (
  await payload.find({
    collection: 'leaflets',
    where: { slug: { equals: 'saadan-klager-du' } },
    limit: 1,
    depth: 0,
  })
).docs[0]!
await payload.update({
  collection: 'leaflets',
  id: leaflet.id,
  locale: 'ar',
  data: {
    title: 'كيف تقدم شكوى',
    summary: 'يمكنك تقديم شكوى إذا كنت غير موافق على قرار.',
    _status: 'published',
  } as never,
  publishSpecificLocale: 'ar',
} as never)

const rest = await import('../../src/app/(payload)/api/[...slug]/route')
const graphql = await import('../../src/app/(payload)/api/graphql/route')
const cached = await import('../../src/app/(bench)/bench/payload-cached/route')
type Handler = (
  request: Request,
  args: { params: Promise<{ slug?: string[] }> },
) => Promise<Response>

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', async () => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const headers = new Headers()
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
      const method = req.method ?? 'GET'
      const request = new Request(url, {
        method,
        headers,
        body:
          chunks.length && method !== 'GET' && method !== 'HEAD'
            ? Buffer.concat(chunks)
            : undefined,
      })
      let response: Response
      if (url.pathname === '/bench/payload-cached') response = await cached.GET(request)
      else if (url.pathname === '/api/graphql')
        response = await (method === 'GET' ? graphql.GET(request) : graphql.POST(request))
      else if (url.pathname.startsWith('/api/')) {
        const handler = (rest as unknown as Record<string, Handler>)[method]
        const slug = url.pathname.slice(5).split('/').filter(Boolean)
        response = handler
          ? await handler(request, { params: Promise.resolve({ slug }) })
          : new Response(null, { status: 405 })
      } else response = new Response('not found', { status: 404 })
      const body = Buffer.from(await response.arrayBuffer())
      res.writeHead(response.status, Object.fromEntries(response.headers.entries())).end(body)
    } catch (error) {
      res.writeHead(500).end(String(error))
    }
  })
})
server.keepAliveTimeout = 65_000
server.listen(0, '127.0.0.1', () => {
  const port = (server.address() as AddressInfo).port
  process.stdout.write(
    `ready ${JSON.stringify({ url: `http://127.0.0.1:${port}`, token, editorToken, leafletId: leaflet.id })}\n`,
  )
})
