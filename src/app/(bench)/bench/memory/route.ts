/**
 * The benchmark's ceiling: the same server answering with a JSON body it already holds in memory.
 * Exists only when CMS_BENCH_ROUTES=1 (set by `npm run bench`); 404 otherwise.
 */
let body: string | null = null

export async function PUT(request: Request): Promise<Response> {
  if (process.env.CMS_BENCH_ROUTES !== '1') return new Response(null, { status: 404 })
  body = await request.text()
  return new Response(null, { status: 204 })
}

export async function GET(): Promise<Response> {
  if (process.env.CMS_BENCH_ROUTES !== '1' || body === null)
    return new Response(null, { status: 404 })
  return new Response(body, { headers: { 'content-type': 'application/json' } })
}
