import { startAppServer } from '../support/appServer'
import { runLoad } from './load'

const QUERY = '{ Leaflets(locale: ar, where: { slug: { equals: "saadan-klager-du" } }) { docs { title summary html lang dir isFallback translationStatus } } }'
const CONNECTIONS = 32
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)

async function publishArabic(url: string, password: string): Promise<void> {
  const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.kk.invalid', password }) })
  const token = ((await login.json()) as { token: string }).token
  const found = await fetch(`${url}/api/leaflets?where[slug][equals]=saadan-klager-du&depth=0`, { headers: { authorization: `JWT ${token}` } })
  const id = ((await found.json()) as { docs: Array<{ id: number }> }).docs[0].id
  const r = await fetch(`${url}/api/leaflets/${id}?locale=ar&publishSpecificLocale=ar`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title: 'كيف تقدم شكوى', summary: 'يمكنك تقديم شكوى إذا كنت غير موافق على قرار.', _status: 'published' }),
  })
  if (r.status !== 200) throw new Error(`could not publish Arabic: ${r.status}`)
}

/**
 * Published-leaflet GraphQL reads in Arabic at 32 connections against `next start`, beside the
 * same server returning the same JSON from memory (the ceiling), in one run.
 */
export async function runPublishingBench(): Promise<Record<string, number>> {
  process.env.CMS_BENCH_ROUTES = '1'
  const server = await startAppServer()
  try {
    await publishArabic(server.url, server.demoPassword('admin@demo.kk.invalid'))
    const graphqlUrl = `${server.url}/api/graphql?query=${encodeURIComponent(QUERY)}`
    const answer = await (await fetch(graphqlUrl)).text()
    if (!answer.includes('كيف تقدم شكوى')) throw new Error(`unexpected answer: ${answer.slice(0, 200)}`)
    await fetch(`${server.url}/bench/memory`, { method: 'PUT', body: answer })
    await runLoad(graphqlUrl, CONNECTIONS, 2) // warm up both paths
    await runLoad(`${server.url}/bench/memory`, CONNECTIONS, 2)
    const cached = await runLoad(graphqlUrl, CONNECTIONS, SECONDS)
    const limit = await runLoad(`${server.url}/bench/memory`, CONNECTIONS, SECONDS)
    const uncached = await runLoad(`${server.url}/api/graphql`, CONNECTIONS, SECONDS, { method: 'POST', body: JSON.stringify({ query: QUERY }), headers: { 'content-type': 'application/json' } })
    const figures = {
      'graphql_get_ar_rps': cached.rps,
      'graphql_get_ar_p50_ms': cached.p50,
      'graphql_get_ar_p99_ms': cached.p99,
      'graphql_get_ar_errors': cached.errors,
      'memory_limit_rps': limit.rps,
      'memory_limit_p50_ms': limit.p50,
      'memory_limit_p99_ms': limit.p99,
      'ratio_graphql_to_limit': cached.rps / limit.rps,
      'graphql_post_uncached_rps': uncached.rps,
      'graphql_post_uncached_p99_ms': uncached.p99,
    }
    return figures
  } finally {
    await server.stop()
  }
}
