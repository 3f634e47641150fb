import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runLoad } from './load'
import { benchDatabase, startDeliveryProcess, startScript } from './processes'

const CONNECTIONS = 32
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 30)
const SLUG = 'saadan-klager-du'
const GQL = `{ Leaflet(slug: "${SLUG}", locale: ar) { title summary html lang dir isFallback translationStatus availableLocales } }`
const OLD_GQL = `{ Leaflets(locale: ar, where: { slug: { equals: "${SLUG}" } }) { docs { title summary html lang dir isFallback translationStatus availableLocales } } }`

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/**
 * Side by side in one run, 32 connections each, a published Arabic leaflet:
 * the delivery process (REST and GraphQL GET), a bare node:http server returning the same bytes
 * from memory (this machine's ceiling), and the old public path (Payload's GraphQL behind the
 * in-memory published cache). Then publish-to-visible latency across two delivery processes.
 */
export async function runDeliveryBench(): Promise<Record<string, number>> {
  const db = await benchDatabase()
  const stops: Array<() => unknown> = []
  try {
    const management = await startScript<{ url: string; token: string; leafletId: number }>(
      'tests/bench/managementServer.ts',
      {
        DATABASE_URL: db.url,
        CMS_JOBS_AUTORUN: 'false',
        PAYLOAD_SECRET: 'bench-secret',
        CMS_ENV: 'local',
        NODE_ENV: 'development',
      },
    )
    stops.push(management.stop)
    const [one, two] = [await startDeliveryProcess(db.url), await startDeliveryProcess(db.url)]
    stops.push(one.stop, two.stop)
    const restUrl = `${one.info.url}/delivery/v1/leaflets/${SLUG}?locale=ar`
    const gqlUrl = `${one.info.url}/delivery/graphql?query=${encodeURIComponent(GQL)}`
    const restBody = await (await fetch(restUrl)).text()
    if (!restBody.includes('كيف تقدم شكوى'))
      throw new Error(`unexpected delivery answer: ${restBody.slice(0, 200)}`)
    const bodyFile = path.join(tmpdir(), `bench-body-${process.pid}.json`)
    writeFileSync(bodyFile, restBody)
    const bare = await startScript<{ url: string }>('tests/bench/bareServer.ts', {
      BENCH_BODY_FILE: bodyFile,
    })
    stops.push(bare.stop)
    const oldUrl = `${management.info.url}/bench/payload-cached?query=${encodeURIComponent(OLD_GQL)}`
    const oldHeaders = { 'x-bench-authorization': `JWT ${management.info.token}` }
    const oldAnswer = await (await fetch(oldUrl, { headers: oldHeaders })).text()
    if (!oldAnswer.includes('كيف تقدم شكوى'))
      throw new Error(`unexpected Payload answer: ${oldAnswer.slice(0, 200)}`)

    for (const [url, headers] of [
      [restUrl, {}],
      [gqlUrl, {}],
      [bare.info.url, {}],
      [oldUrl, oldHeaders],
    ] as const)
      await runLoad(url, CONNECTIONS, 2, { headers }) // warm up
    const rest = await runLoad(restUrl, CONNECTIONS, SECONDS)
    const graphql = await runLoad(gqlUrl, CONNECTIONS, SECONDS)
    const limit = await runLoad(bare.info.url, CONNECTIONS, SECONDS)
    const old = await runLoad(oldUrl, CONNECTIONS, SECONDS, { headers: oldHeaders })

    // Publish-to-visible: an admin publishes a new Arabic title; time until both processes serve it.
    const fromRequest: number[] = []
    const fromCommit: number[] = []
    for (let i = 0; i < PUBLISHES; i++) {
      const title = `كيف تقدم شكوى ${i}`
      for (const d of [one, two])
        await fetch(`${d.info.url}/delivery/v1/leaflets/${SLUG}?locale=ar`) // both caches hold the old answer
      const started = performance.now()
      const r = await fetch(
        `${management.info.url}/api/leaflets/${management.info.leafletId}?locale=ar&publishSpecificLocale=ar`,
        {
          method: 'PATCH',
          headers: {
            'content-type': 'application/json',
            authorization: `JWT ${management.info.token}`,
          },
          body: JSON.stringify({ title, _status: 'published' }),
        },
      )
      const committed = performance.now()
      if (r.status !== 200)
        throw new Error(`publish answered ${r.status}: ${(await r.text()).slice(0, 200)}`)
      const visible = await Promise.all(
        [one, two].map(async (d) => {
          for (;;) {
            const answer = (await (
              await fetch(`${d.info.url}/delivery/v1/leaflets/${SLUG}?locale=ar`)
            ).json()) as { title: string }
            if (answer.title === title) return performance.now()
          }
        }),
      )
      fromRequest.push(Math.max(...visible) - started)
      fromCommit.push(Math.max(...visible) - committed)
    }
    return {
      delivery_rest_ar_rps: rest.rps,
      delivery_rest_ar_p99_ms: rest.p99,
      delivery_graphql_ar_rps: graphql.rps,
      delivery_graphql_ar_p99_ms: graphql.p99,
      bare_node_http_rps: limit.rps,
      old_payload_cached_rps: old.rps,
      old_payload_cached_p99_ms: old.p99,
      ratio_rest_to_bare: rest.rps / limit.rps,
      ratio_graphql_to_bare: graphql.rps / limit.rps,
      ratio_rest_to_old: rest.rps / old.rps,
      ratio_graphql_to_old: graphql.rps / old.rps,
      errors: rest.errors + graphql.errors + limit.errors + old.errors,
      publish_to_visible_p50_ms: percentile(fromRequest, 50),
      publish_to_visible_p99_ms: percentile(fromRequest, 99),
      commit_to_visible_p99_ms: percentile(fromCommit, 99),
    }
  } finally {
    for (const stop of stops.reverse()) stop()
    await new Promise((r) => setTimeout(r, 1000))
    await db.drop().catch(() => undefined)
  }
}

if (process.argv[1]?.endsWith('delivery-bench.ts')) {
  const pathMod = await import('node:path')
  const { startEmbeddedPostgres } = await import('../../src/db/embedded')
  const server = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(pathMod.resolve('.data/bench-postgres'), 54332)
  process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL ?? server!.url
  try {
    console.log(await runDeliveryBench())
  } finally {
    await server?.stop()
  }
  process.exit(0)
}
