import { randomBytes } from 'node:crypto'
import type { Payload, SanitizedConfig } from 'payload'
import { withDatabaseName } from '../../src/db/embedded'
import { closePayload } from '../../src/db/lifecycle'
import { dropDatabase, ensureDatabase } from '../../src/db/ensureDatabase'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  databaseUrl: string
  close: () => Promise<void>
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL
  if (!url)
    throw new Error(
      'TEST_DATABASE_SERVER_URL is not set: run tests through vitest (tests/support/global-setup.ts)',
    )
  return url
}

/**
 * Payload on a database of its own (created here, dropped on close), so test files never see
 * each other's rows. The config reads DATABASE_URL when imported, hence the dynamic import.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const name = `test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const server = serverUrl()
  await ensureDatabase(server, name)
  const databaseUrl = withDatabaseName(server, name)
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  const { getPayload } = await import('payload')
  const config = await (await import('../../payload.config')).default
  // The default key, so Payload's REST and GraphQL route handlers reuse this instance.
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    databaseUrl,
    close: async () => {
      await (await import('../../src/delivery/read')).closeInProcessDelivery()
      await closePayload(payload)
      await dropDatabase(server, name)
    },
  }
}
