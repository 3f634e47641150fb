import type { Payload } from 'payload'

/**
 * DELETE /api/payload-preferences/:key. Payload's own handler builds its delete query with a join
 * the Postgres adapter leaves out ("missing FROM-clause entry"), so every call is a 500. The same
 * rule done with a find and a delete by id: the signed-in user's own preference with that key.
 */
export async function deletePreference(
  payload: Payload,
  request: Request,
  key: string,
): Promise<Response> {
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return Response.json({ errors: [{ message: 'Sign in first' }] }, { status: 401 })
  const found = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const doc = found.docs[0]
  if (!doc)
    return Response.json(
      { errors: [{ message: `No preference "${key.slice(0, 80)}"` }] },
      { status: 404 },
    )
  await payload.delete({ collection: 'payload-preferences', id: doc.id, overrideAccess: true })
  return Response.json({ message: 'Deleted' })
}
