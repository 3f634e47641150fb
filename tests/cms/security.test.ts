import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authConfig } from '../../collections/Users'
import { resolvePayloadSecret } from '../../src/config/secret'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
})
afterAll(async () => t?.close())

describe('security', () => {
  it('locks an account after 5 failed logins, even against the right password', async () => {
    const email = 'editor.buf@test.invalid'
    for (let i = 0; i < 5; i++) {
      const r = await http.rest('POST', 'users/login', { body: { email, password: `wrong-${i}` } })
      expect(r.status).toBe(401)
    }
    const locked = await http.rest('POST', 'users/login', {
      body: { email, password: 'correct-horse-battery-staple' },
    })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/locked/i)
  })

  it('stores API keys only encrypted and indexed by hash, never in plain text', async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl })
    await client.connect()
    try {
      const row = (
        await client.query('select api_key, api_key_index from users where email = $1', [
          'consumer@test.invalid',
        ])
      ).rows[0]
      expect(row.api_key).not.toContain(world.actors.consumer.apiKey)
      expect(row.api_key_index).toMatch(/^[0-9a-f]{64}$/)
      expect(row.api_key_index).not.toBe(world.actors.consumer.apiKey)
    } finally {
      await client.end()
    }
    const preview = await http.rest('GET', 'leaflets?draft=true', {
      auth: { apiKey: world.actors.consumer.apiKey },
    })
    expect(preview.status).toBe(200)
  })

  it('uses secure cookies in production and takes secrets only from the environment there', () => {
    expect(authConfig(true).cookies).toMatchObject({ secure: true })
    expect(authConfig(false).cookies).toMatchObject({ secure: false })
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' }, true)).toThrow(
      'PAYLOAD_SECRET must be set',
    )
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'from-env' }, true)).toBe(
      'from-env',
    )
  })

  it('records who published which language in an audit log that nobody can edit', async () => {
    const doc = await createSource(t.payload, 'methods', world.departments.BIF, false)
    const published = await http.rest('PATCH', `methods/${doc.id}?locale=da`, {
      body: { _status: 'published' },
      auth: { token: world.actors.editorBIF.token },
    })
    expect(published.status).toBe(200)
    const entries = await t.payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: doc.id } },
      depth: 0,
    })
    expect(entries.docs).toHaveLength(1)
    expect(entries.docs[0]).toMatchObject({
      action: 'publish',
      collection: 'methods',
      locale: 'da',
      user: world.actors.editorBIF.user!.id,
    })
    const id = entries.docs[0].id
    expect(
      (await http.rest('GET', 'audit-log', { auth: { token: world.actors.editorBIF.token } }))
        .status,
    ).toBe(403)
    expect(
      (
        await http.rest('PATCH', `audit-log/${id}`, {
          body: { summary: 'rewritten' },
          auth: { token: world.actors.admin.token },
        })
      ).status,
    ).toBe(403)
    expect(
      (await http.rest('DELETE', `audit-log/${id}`, { auth: { token: world.actors.admin.token } }))
        .status,
    ).toBe(403)
    expect(
      (
        await http.rest<{ totalDocs: number }>('GET', 'audit-log', {
          auth: { token: world.actors.admin.token },
        })
      ).body.totalDocs,
    ).toBeGreaterThan(0)
  })
})
