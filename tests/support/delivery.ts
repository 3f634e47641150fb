import type { DeliveryResponse } from '../../src/delivery/handler'
import { createDeliveryHandler } from '../../src/delivery/handler'
import { createLiveStore } from '../../src/delivery/store'

export interface DeliveryAnswer<T> {
  status: number
  headers: Record<string, string>
  body: T
}

function parse<T>(answer: DeliveryResponse): DeliveryAnswer<T> {
  return {
    status: answer.status,
    headers: answer.headers,
    body: (answer.body ? JSON.parse(answer.body) : null) as T,
  }
}

/** The delivery API's handler on a test database, called like HTTP (method, URL, headers, body) but without a socket. */
export async function startDelivery(databaseUrl: string) {
  const store = createLiveStore(databaseUrl, { max: 4 })
  const handler = createDeliveryHandler(store)
  await handler.ready
  return {
    handler,
    store,
    async get<T = Record<string, unknown>>(
      path: string,
      headers: Record<string, string> = {},
    ): Promise<DeliveryAnswer<T>> {
      return parse<T>(
        await handler({
          method: 'GET',
          url: `/delivery/${path.replace(/^\//, '')}`,
          header: (n) => headers[n],
        }),
      )
    },
    async request<T = Record<string, unknown>>(
      method: string,
      path: string,
      body?: string,
      headers: Record<string, string> = { 'content-type': 'application/json' },
    ): Promise<DeliveryAnswer<T>> {
      return parse<T>(
        await handler({
          method,
          url: `/delivery/${path.replace(/^\//, '')}`,
          header: (n) => headers[n],
          body,
        }),
      )
    },
    async graphql<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<DeliveryAnswer<{ data?: T; errors?: Array<{ message: string }> }>> {
      return parse(
        await handler({
          method: 'POST',
          url: '/delivery/graphql',
          header: (n) => (n === 'content-type' ? 'application/json' : undefined),
          body: JSON.stringify({ query, variables }),
        }),
      )
    },
    /** Waits until the NOTIFY of a committed change has reached this instance (its cache was emptied). */
    /** Runs a write and waits until this instance heard its commit (Postgres NOTIFY), as any reader would after the webhook. */
    async afterCommit<T>(write: () => Promise<T>): Promise<T> {
      const before = handler.changesHeard()
      const result = await write()
      const deadline = Date.now() + 3000
      while (handler.changesHeard() === before) {
        if (Date.now() > deadline) throw new Error('No NOTIFY arrived within 3 s of the commit')
        await new Promise((r) => setTimeout(r, 2))
      }
      return result
    },
    close: () => store.close(),
  }
}
