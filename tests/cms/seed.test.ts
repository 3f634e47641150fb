import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as content from '../../seed/content'
import { ensureDemoUsers } from '../../seed/demoUsers'
import { seedContent } from '../../seed/run'
import { startDelivery } from '../support/delivery'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

const total = () =>
  content.departments.length +
  content.leaflets.length +
  content.welcomeMaterials.length +
  content.letterTemplates.length +
  content.methods.length +
  content.reflectionQuestions.length

describe('seed', () => {
  it('creates everything once and nothing on a second run', async () => {
    const first = await seedContent(t.payload)
    expect(first).toEqual({ created: total(), skipped: 0 })
    const second = await seedContent(t.payload)
    expect(second).toEqual({ created: 0, skipped: total() })
    const departments = await t.payload.count({ collection: 'departments' })
    expect(departments.totalDocs).toBe(7)
  })

  it('serves the published Danish leaflets to anyone through the delivery API, and never the draft', async () => {
    const delivery = await startDelivery(t.databaseUrl)
    try {
      const r = await delivery.graphql<{
        Leaflets: { docs: Array<{ title: string; slug: string }> }
      }>('{ Leaflets(locale: da, limit: 100) { docs { title slug } } }')
      expect(r.status).toBe(200)
      const slugs = r.body.data!.Leaflets.docs.map((d) => d.slug).sort()
      const published = content.leaflets
        .filter((l) => l.publish)
        .map((l) => l.slug)
        .sort()
      const draft = content.leaflets.find((l) => !l.publish)!
      expect(slugs).toEqual(published)
      expect(slugs).not.toContain(draft.slug)
      expect((await delivery.get(`v1/leaflets/${draft.slug}?locale=da`)).status).toBe(404)
      // Management answers nobody without a login.
      expect(
        (await (await httpApi()).graphql('{ Leaflets(locale: da) { docs { title } } }')).body.data
          ?.Leaflets ?? null,
      ).toBeNull()
    } finally {
      await delivery.close()
    }
  })

  it('creates one demo user per role, idempotently, with working passwords', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'demo-users-'))
    const users = await ensureDemoUsers(t.payload, dir)
    const again = await ensureDemoUsers(t.payload, dir)
    expect(again.map((u) => u.password)).toEqual(users.map((u) => u.password))
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(
      new Set([
        'admin',
        'editor',
        'translator',
        'caseworker',
        'api-consumer',
        'organiser',
        'centre-manager',
        'analyst',
      ]),
    )
    expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(users.length)
    for (const user of users) {
      const login = await t.payload.login({
        collection: 'users',
        data: { email: user.email, password: user.password },
      })
      expect(login.token).toBeTruthy()
    }
  })
})
