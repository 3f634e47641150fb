import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'

const problem = (message: string, status = 400) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

const WRITE_TYPES = ['application/json', 'multipart/form-data']

/**
 * The shape of a REST request, checked before Payload parses it. Payload's default endpoints
 * assume it (a JSON object body, `where` as `where[field][op]=`, versions only where a collection
 * keeps them) and answer 500 when it does not hold; found by tests/hardening/fuzz.test.ts.
 * Returns a 4xx to send, or null to go on.
 */
export async function checkRestShape(
  request: Request,
  config: SanitizedConfig,
): Promise<Response | null> {
  const url = new URL(request.url)
  if (url.searchParams.has('where'))
    return problem(
      '"where" is written as where[field][operator]=value (for example where[title][like]=klage)',
    )
  const segments = url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
  const method = request.method.toUpperCase()
  // Payload honours only an override to GET; anything else is the method it says it is.
  const override = (
    request.headers.get('x-http-method-override') ??
    request.headers.get('x-payload-http-method-override')
  )?.toUpperCase()
  const overriddenToGet = method === 'POST' && override === 'GET'
  if (segments[0] === 'globals') {
    const global = config.globals.find((g) => g.slug === segments[1])
    if (!global) return null
    if (segments[2] === 'versions' && !global.versions)
      return problem(`${global.slug} keeps no versions`, 404)
    if (method === 'POST' && segments.length === 2 && !overriddenToGet)
      return jsonObjectBody(request, true)
    return null
  }
  const collection = config.collections.find((c) => c.slug === segments[0])
  if (!collection) return null
  if (segments[1] === 'versions' && !collection.versions)
    return problem(`${collection.slug} keeps no versions`, 404)
  if (segments[1] === 'verify' && !(typeof collection.auth === 'object' && collection.auth?.verify))
    return problem(`${collection.slug} has no e-mail verification`, 404)
  if (method === 'GET' && segments[1] === 'file' && segments[2] && collection.upload) {
    // Payload answers a missing file with a bare 500; it is a 404.
    const dir = path.resolve(
      (typeof collection.upload === 'object' && collection.upload.staticDir) || collection.slug,
    )
    const file = path.resolve(dir, decodeURIComponent(segments.slice(2).join('/')))
    if (!file.startsWith(dir + path.sep)) return problem('Invalid file name')
    const found = await stat(file).catch(() => null)
    if (!found?.isFile())
      return problem(
        `No file "${segments.slice(2).join('/').slice(0, 80)}" in ${collection.slug}`,
        404,
      )
    return null
  }
  if (overriddenToGet) return null
  // Payload's own create, update and duplicate: POST /slug, PATCH or PUT /slug and /slug/:id, POST /slug/:id/duplicate.
  if (method === 'POST' && segments.length === 3 && segments[2] === 'duplicate')
    return jsonObjectBody(request, false)
  const isDefaultWrite =
    (method === 'POST' && segments.length === 1) ||
    ((method === 'PATCH' || method === 'PUT') && segments.length <= 2)
  if (!isDefaultWrite) return null
  return jsonObjectBody(request, true)
}

/** A JSON object (or multipart form data, the admin's uploads); `required`: an empty body is refused too. */
async function jsonObjectBody(request: Request, required: boolean): Promise<Response | null> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const text = type === 'multipart/form-data' ? '' : await request.clone().text()
  if (!required && !text.trim() && type !== 'multipart/form-data') return null
  if (!WRITE_TYPES.includes(type))
    return problem(
      `Send the document as application/json (or multipart/form-data with a file); got "${type.slice(0, 60) || 'no content type'}"`,
      415,
    )
  if (type !== 'application/json') return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return problem('The request body is not valid JSON')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return problem("The request body must be a JSON object with the document's fields")
  return null
}
