import { APIError } from 'payload'

/**
 * The one place that says which failure is which HTTP answer. Endpoints throw with the helpers
 * below (or throw the domain's own errors); `httpErrorOf` turns anything thrown into a status and
 * a message for REST (Payload's afterError hook), GraphQL (its error extensions) and our own
 * route wrappers.
 *
 * Nothing here looks at `instanceof` or at a class's `name` as JavaScript derives it: in a
 * production build Payload and our code can end up with two copies of a class, and minified
 * class names differ from one `next build` to the next (issue 12 item 6). Errors are recognised
 * by properties they set themselves: `status`/`isPublic` (Payload's APIError family), `data.errors`
 * (Payload's ValidationError), an explicit `name` string our domain errors assign, and
 * Postgres' SQLSTATE `code` on the error or its `cause`.
 */

export interface HttpError {
  status: number
  message: string
  /** Payload's field errors (`{ errors: [{ path, message }] }`) or other structured detail. */
  data?: unknown
  /** A stable name for clients that switch on it (Payload's admin UI looks for ValidationError). */
  name?: string
}

const publicError = (message: string, status: number, data?: unknown) =>
  new APIError(message, status, data as Record<string, unknown> | undefined, true)

export const badRequest = (message: string, data?: unknown) => publicError(message, 400, data)
export const unauthorized = (message = 'Sign in first') => publicError(message, 401)
export const forbidden = (message = 'You are not allowed to do this') => publicError(message, 403)
export const notFound = (message: string) => publicError(message, 404)
export const conflict = (message: string, data?: unknown) => publicError(message, 409, data)
export const payloadTooLarge = (message: string) => publicError(message, 413)
export const badGateway = (message: string) => publicError(message, 502)

/** Domain errors by the names their classes assign explicitly (never minified). */
const DOMAIN_STATUS: Record<string, number> = {
  IllegalTransitionError: 409, // the task is not in a state that allows this
  SegmentMarkupError: 400, // a translator's text with markup we cannot write back
  XliffError: 400,
  PrintRequestError: 404,
  // Provider failures: the CMS is fine, the translation service behind it is not.
  ProviderError: 502,
  QuotaExceededError: 502,
  ProviderAuthError: 502,
  ProviderUnavailableError: 502,
  MalformedProviderResponseError: 502,
  SegmentTooLargeError: 400,
}

type Loose = {
  status?: unknown
  isPublic?: unknown
  message?: unknown
  data?: unknown
  name?: unknown
  code?: unknown
  cause?: unknown
  originalError?: unknown
}

function chain(error: unknown): Loose[] {
  const out: Loose[] = []
  let current: unknown = error
  while (current && typeof current === 'object' && out.length < 5) {
    out.push(current as Loose)
    const next = (current as Loose).cause ?? (current as Loose).originalError
    if (next === current) break
    current = next
  }
  return out
}

/** Field errors as one readable line: "title: U+202E (right-to-left override) at position 5". */
function fieldReasons(data: unknown): string | undefined {
  const errors = (data as { errors?: unknown } | undefined)?.errors
  if (!Array.isArray(errors) || !errors.length) return undefined
  const parts = errors
    .map((e) => e as { path?: unknown; field?: unknown; message?: unknown })
    .filter((e) => typeof e.message === 'string' && e.message)
    .map((e) =>
      typeof (e.path ?? e.field) === 'string'
        ? `${String(e.path ?? e.field)}: ${String(e.message)}`
        : String(e.message),
    )
  return parts.length ? parts.join('; ') : undefined
}

/**
 * Postgres rejected a value that came from the request (an id that is not a number, a status or
 * locale outside its enum, a date that is not a date). That is the caller's mistake: 400, with
 * the value named but no SQL.
 */
function postgresError(error: Loose): HttpError | undefined {
  const code = typeof error.code === 'string' ? error.code : ''
  const message = typeof error.message === 'string' ? error.message : ''
  if (!/^[0-9A-Z]{5}$/.test(code)) return undefined
  const enumValue = /invalid input value for enum (\w+): "(.*)"/.exec(message)
  if (enumValue) {
    const field = enumValue[1].replace(/^enum_+/, '').replace(/^_?[a-z]+(_[a-z]+)*?_v_/, '')
    return {
      status: 400,
      message: `"${enumValue[2].slice(0, 40)}" is not an allowed value (${field.replace(/_/g, ' ')})`,
    }
  }
  const syntax = /invalid input syntax for type (\w+( \w+)*): "(.*)"/.exec(message)
  if (syntax) {
    const kind = /int|numeric|double|real/.test(syntax[1])
      ? 'a number (ids are whole numbers)'
      : /time|date/.test(syntax[1])
        ? 'a date'
        : syntax[1]
    return {
      status: 400,
      message: `A value in the request must be ${kind}; got "${syntax[3].slice(0, 40)}"`,
    }
  }
  if (code.startsWith('22'))
    return { status: 400, message: 'A value in the request does not fit its field' }
  if (code === '23503')
    return { status: 400, message: 'The request refers to a document that does not exist' }
  if (code === '23505') return { status: 409, message: 'A document with this value already exists' }
  if (code === '40001' || code === '40P01')
    return {
      status: 409,
      message: 'Another change to the same document happened at the same time; try again',
    }
  return undefined
}

/** What a thrown value means over HTTP. Unknown failures stay 500 without detail. */
export function httpErrorOf(error: unknown): HttpError {
  const links = chain(error)
  for (const e of links) {
    const message = typeof e.message === 'string' ? e.message : ''
    if (typeof e.name === 'string' && e.name in DOMAIN_STATUS)
      return { status: DOMAIN_STATUS[e.name], message }
    const status = typeof e.status === 'number' ? e.status : undefined
    const isPublic =
      e.isPublic === true || (e.isPublic !== false && status !== undefined && status < 500)
    if (status !== undefined && isPublic) {
      const reasons = fieldReasons(e.data)
      if (reasons) return { status, message: reasons, data: e.data, name: 'ValidationError' }
      return { status, message: message || 'Request refused', data: e.data ?? undefined }
    }
    const pg = postgresError(e)
    if (pg) return pg
    // A token that is not a JWT at all (jose's ERR_JWT_INVALID, ERR_JWS_INVALID ...).
    if (typeof e.code === 'string' && /^ERR_JW[STEK]_/.test(e.code))
      return { status: 401, message: 'The token sent is not valid; sign in again' }
    // A file the request named does not exist (uploads served from disk).
    if (e.code === 'ENOENT') return { status: 404, message: 'No such file' }
    // busboy's words for a multipart body that ends early or has broken part headers.
    if (
      /^(Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found)/.test(
        message,
      )
    )
      return { status: 400, message: `The multipart/form-data body is malformed: ${message}` }
  }
  return { status: 500, message: 'Something went wrong.' }
}

/** The REST body Payload's clients expect: `{ errors: [{ message, data? }] }`. */
export function errorBody(mapped: HttpError): { errors: Array<Record<string, unknown>> } {
  return {
    errors: [
      {
        ...(mapped.name ? { name: mapped.name } : {}),
        message: mapped.message,
        ...(mapped.data !== undefined ? { data: mapped.data } : {}),
      },
    ],
  }
}

export function errorResponse(mapped: HttpError): Response {
  return Response.json(errorBody(mapped), {
    status: mapped.status,
    headers: { 'cache-control': 'no-store' },
  })
}
