import { type FakeDeepl, startFakeDeepl, useFakeDeeplInCms } from './fake-deepl-server'
import { buildWorld, type World } from './fixtures'
import { httpApi } from './http'
import { startTestPayload, type TestPayload } from './payload'

export interface WorkflowWorld {
  fake: FakeDeepl
  t: TestPayload
  world: World
  http: Awaited<ReturnType<typeof httpApi>>
  stop: () => Promise<void>
}

/**
 * What a workflow test stands on: the DeepL-compatible server with the CMS pointed at it (two
 * attempts, so fault tests fail over fast; `beforeStart` configures it before the CMS starts), Payload on a database of its own, the standard users
 * and departments, and the HTTP layer.
 */
export async function startWorkflowWorld(
  options: { beforeStart?: (fake: FakeDeepl) => void } = {},
): Promise<WorkflowWorld> {
  const fake = await startFakeDeepl()
  // e.g. what /v3/languages answers when the CMS reads it at start
  options.beforeStart?.(fake)
  useFakeDeeplInCms(fake, { attempts: 2 })
  const t = await startTestPayload()
  const world = await buildWorld(t.payload)
  const http = await httpApi()
  return {
    fake,
    t,
    world,
    http,
    stop: async () => {
      await t.close()
      await fake.close()
      delete process.env.DEEPL_AUTH_KEY
      delete process.env.DEEPL_SERVER_URL
    },
  }
}
