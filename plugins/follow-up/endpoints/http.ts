import { APIError, type PayloadHandler, type PayloadRequest } from 'payload'
import { ImportProblem } from '../../../src/followup/importProblem'
import { currentUser } from '../../../src/access/roles'
import { badRequest, unauthorized } from '../../../src/api/httpErrors'

/** 400 naming the line and field of a refused import; nothing was stored. */
export function importRefused(problem: ImportProblem): APIError {
  return badRequest(`Import refused, nothing stored: ${problem.message}`, {
    line: problem.line,
    field: problem.field,
  })
}

/** Turns ImportProblem into a 400 and passes every other error on (Payload answers APIErrors with their status). */
export const handler =
  (run: (req: PayloadRequest) => Promise<Response>): PayloadHandler =>
  async (req) => {
    try {
      return await run(req)
    } catch (error) {
      if (error instanceof ImportProblem) throw importRefused(error)
      throw error
    }
  }

export function requireSignedIn(req: PayloadRequest): void {
  if (!currentUser(req)) throw unauthorized('Sign in first')
}

export async function bodyText(req: PayloadRequest): Promise<string> {
  const text = (await req.text?.()) ?? ''
  if (!text.trim())
    throw badRequest(
      'The request body is empty: send the CSV file as the body (content-type text/csv)',
    )
  return text
}
