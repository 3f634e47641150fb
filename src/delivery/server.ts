/**
 * `npm run delivery`: the delivery API alone, stateless, against DELIVERY_DATABASE_URL (a read
 * replica) or DATABASE_URL. Run as many as you like behind a load balancer or CDN; each keeps its
 * own answer cache, emptied by Postgres NOTIFY when a publish commits.
 */
import process from 'node:process'
import { createDeliveryHandler } from './handler'
import { createDeliveryServer } from './nodeServer'
import { createLiveStore, deliveryDatabaseUrl } from './store'

const port = Number(process.env.DELIVERY_PORT ?? process.env.PORT ?? 3100)
const host = process.env.HOST ?? '0.0.0.0'
const store = createLiveStore(deliveryDatabaseUrl(), {
  max: Number(process.env.DELIVERY_POOL_MAX ?? 10),
})
const handler = createDeliveryHandler(store)
const server = createDeliveryServer(handler)
server.keepAliveTimeout = 65_000

await handler.ready
server.listen(port, host, () =>
  console.log(
    `Delivery API: http://localhost:${port}/delivery/graphql and /delivery/v1/<collection>/<slug>?locale=…`,
  ),
)

async function stop(): Promise<void> {
  server.close()
  server.closeAllConnections()
  await store.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
