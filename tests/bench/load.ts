import { Agent, request } from 'undici'

export interface LoadResult {
  requests: number
  errors: number
  seconds: number
  rps: number
  p50: number
  p99: number
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** `connections` keep-alive loops hitting `url` for `seconds`; latency in milliseconds. */
export async function runLoad(
  url: string,
  connections: number,
  seconds: number,
  init: { method?: 'GET' | 'POST' | 'PATCH'; body?: string; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const agent = new Agent({ connections, pipelining: 1, keepAliveTimeout: 30_000 })
  const latencies: number[] = []
  let errors = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now()
      try {
        const response = await request(url, {
          method: init.method ?? 'GET',
          body: init.body,
          headers: init.headers,
          dispatcher: agent,
        })
        await response.body.text()
        if (response.statusCode !== 200) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  const elapsed = (performance.now() - started) / 1000
  await agent.close()
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  }
}
