import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seedContent } from '../../seed/run'
import { withDatabaseName } from '../../src/db/embedded'
import { dropDatabase, ensureDatabase } from '../../src/db/ensureDatabase'
import { answerAll } from '../support/graphqlAnswers'
import { startDelivery } from '../support/delivery'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
const restoredName = `restored_${Date.now().toString(36)}`

beforeAll(async () => {
  t = await startTestPayload()
  await seedContent(t.payload)
  const leaflet = (
    await t.payload.find({
      collection: 'leaflets',
      where: { slug: { equals: 'saadan-klager-du' } },
    })
  ).docs[0]
  await t.payload.update({
    collection: 'leaflets',
    id: leaflet.id,
    locale: 'ar',
    data: { title: 'كيف تقدم شكوى', _status: 'published' } as never,
    publishSpecificLocale: 'ar',
  } as never)
})
afterAll(async () => {
  await t?.close()
  await dropDatabase(process.env.TEST_DATABASE_SERVER_URL!, restoredName)
})

it('a pg_dump of a seeded database, restored into a fresh one, serves the same delivery answers', async () => {
  const delivery = await startDelivery(t.databaseUrl)
  const before = await answerAll(async (query) => (await delivery.graphql(query)).body)
  await delivery.close()
  expect(JSON.stringify(before)).toContain('كيف تقدم شكوى')
  expect(JSON.stringify(before)).not.toContain('"errors"')

  const dump = path.join(mkdtempSync(path.join(tmpdir(), 'backup-')), 'cms.dump')
  execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, t.databaseUrl])
  const server = process.env.TEST_DATABASE_SERVER_URL!
  await ensureDatabase(server, restoredName)
  const restoredUrl = withDatabaseName(server, restoredName)
  execFileSync('pg_restore', ['--no-owner', `--dbname=${restoredUrl}`, dump])

  let output: string
  try {
    // The local bin, not npx: concurrent npx runs (e2e files start `next` too) race on npm's own files.
    output = execFileSync(
      path.resolve('node_modules/.bin/tsx'),
      ['tests/support/graphqlAnswers.ts'],
      {
        env: {
          ...process.env,
          DATABASE_URL: restoredUrl,
          DATABASE_PUSH: 'false',
          CMS_SEED_ON_INIT: 'false',
        },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    )
  } catch (error) {
    // The child's own words, not just "Command failed".
    throw new Error(
      `${(error as Error).message}\n${String((error as { stderr?: unknown }).stderr ?? '').slice(-4000)}`,
      { cause: error },
    )
  }
  const after = JSON.parse(output.trim().split('\n').at(-1)!)
  expect(after).toEqual(before)
}, 180_000)
