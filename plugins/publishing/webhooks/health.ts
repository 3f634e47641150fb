import type { Endpoint, Field, Payload } from 'payload'
import { currentUser, hasRole } from '../../../src/access/roles'
import { endpointHealth, type EndpointHealth } from '../../../src/webhookRetry/retrySchedule'
import { badRequest, forbidden, notFound, unauthorized } from '../../../src/api/httpErrors'

export interface EndpointHealthReport {
  state: EndpointHealth
  consecutiveFailures: number
  /** Share of the last (up to) 50 attempts that the endpoint accepted. */
  successRate: number | null
  pendingDeliveries: number
  failedDeliveries: number
  lastSuccessAt: string | null
  lastFailureAt: string | null
  lastError: string | null
}

/** How an endpoint is doing, from its last 50 attempts and its deliveries' states. */
export async function endpointHealthReport(
  payload: Payload,
  endpointId: number,
): Promise<EndpointHealthReport> {
  const recent = await payload.find({
    collection: 'webhook-attempts',
    where: { endpoint: { equals: endpointId } },
    sort: '-at',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    select: { at: true, ok: true, error: true },
  })
  const count = async (status: 'pending' | 'failed') =>
    (
      await payload.count({
        collection: 'webhook-deliveries',
        where: { and: [{ endpoint: { equals: endpointId } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const health = endpointHealth(recent.docs.map((a) => ({ at: a.at, ok: Boolean(a.ok) })))
  const lastFailure = recent.docs.find((a) => !a.ok)
  return {
    ...health,
    pendingDeliveries: await count('pending'),
    failedDeliveries: await count('failed'),
    lastSuccessAt: recent.docs.find((a) => a.ok)?.at ?? null,
    lastFailureAt: lastFailure?.at ?? null,
    lastError: lastFailure?.error ?? null,
  }
}

export function describeHealth(report: EndpointHealthReport): string {
  const rate =
    report.successRate === null
      ? 'no attempts yet'
      : `${Math.round(report.successRate * 100)}% of the last attempts accepted`
  const parts = [`${report.state}: ${rate}`]
  if (report.consecutiveFailures)
    parts.push(
      `${report.consecutiveFailures} failure(s) in a row (${report.lastError ?? 'no answer'})`,
    )
  parts.push(`${report.pendingDeliveries} retrying, ${report.failedDeliveries} failed`)
  if (report.lastSuccessAt) parts.push(`last delivered ${report.lastSuccessAt}`)
  return parts.join(' · ')
}

/** Shown in the admin's list and edit view of webhook endpoints. */
export const endpointHealthField: Field = {
  name: 'health',
  type: 'text',
  virtual: true,
  admin: {
    readOnly: true,
    description:
      'From the last 50 attempts; re-send failed deliveries with POST /api/webhook-endpoints/<id>/resend-failed.',
  },
  hooks: {
    afterRead: [
      async ({ data, req }) =>
        typeof data?.id === 'number'
          ? describeHealth(await endpointHealthReport(req.payload, data.id))
          : null,
    ],
  },
}

export function requireAdmin(req: Parameters<Endpoint['handler']>[0]): void {
  const user = currentUser(req)
  if (!user) throw unauthorized('Sign in first')
  if (!hasRole(user, 'admin')) throw forbidden('Only admins manage webhooks')
}

export function routeId(req: Parameters<Endpoint['handler']>[0]): number {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0) throw badRequest('The id must be a positive integer')
  return id
}

export const endpointHealthEndpoint: Endpoint = {
  path: '/:id/health',
  method: 'get',
  handler: async (req) => {
    requireAdmin(req)
    const id = routeId(req)
    const endpoint = await req.payload.findByID({
      collection: 'webhook-endpoints',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!endpoint) throw notFound(`No webhook endpoint ${id}`)
    return Response.json(await endpointHealthReport(req.payload, id))
  },
}
