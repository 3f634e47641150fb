/**
 * `npm run permissions`: computes the permission matrix against a fresh database (the same
 * probes the access-matrix test asserts on) and prints it for a reviewer to read.
 */
import path from 'node:path'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { CHANNELS, computeMatrix, OPERATIONS } from './accessMatrix'
import { buildWorld } from './fixtures'
import { httpApi } from './http'
import { startTestPayload } from './payload'

const pg = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres(path.resolve('.data/test-postgres'), 54331)
process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL ?? pg!.url
const t = await startTestPayload()
try {
  const world = await buildWorld(t.payload)
  const rows = await computeMatrix(t.payload, await httpApi(), world, ['leaflets'])
  const symbol = { allowed: '✔', denied: '·', 'n/a': ' ' } as const
  const actors = Object.keys(world.actors)
  console.log(
    '\nPermission matrix (leaflets; every content collection has the same policy, see tests/cms/access-matrix.test.ts)',
  )
  console.log(
    'Each cell: Local API / REST / GraphQL.  ✔ allowed  · denied  blank: not offered on that channel\n',
  )
  console.log(['operation'.padEnd(16), ...actors.map((a) => a.padEnd(13))].join(''))
  for (const operation of OPERATIONS) {
    const cells = actors.map((actor) => {
      const row = rows.find((r) => r.actor === actor && r.operation === operation)!
      return CHANNELS.map((c) => symbol[row.outcomes[c]])
        .join(' ')
        .padEnd(13)
    })
    console.log([operation.padEnd(16), ...cells].join(''))
  }
  console.log(
    "\nActors: editorBIF edits the document's own department; editorBUF another; translatorAr is assigned Arabic only.",
  )
} finally {
  await t.close()
  await pg?.stop()
}
process.exit(0)
