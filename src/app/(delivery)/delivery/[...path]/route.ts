import { inProcessDeliveryHandler } from '../../../../delivery/read'

export const dynamic = 'force-dynamic'

/** The delivery API inside the app, so `npm start` serves everything on one port; `npm run delivery` runs it alone. */
async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const answer = await inProcessDeliveryHandler()({
    method: request.method,
    url: url.pathname + url.search,
    header: (name) => request.headers.get(name) ?? undefined,
    body: request.method === 'POST' ? await request.text() : undefined,
  })
  return new Response(answer.body, { status: answer.status, headers: answer.headers })
}

export const GET = handle
export const HEAD = handle
export const POST = handle
export const OPTIONS = handle
