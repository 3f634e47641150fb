import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildWorld, createSource, type World } from '../support/fixtures'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
let world: World
beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
})
afterAll(async () => t?.close())

it('a Danish edit and a translator edit saved at the same moment both survive', async () => {
  const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
  const editor = { overrideAccess: false, user: world.actors.editorBIF.user! } as const
  const translator = { overrideAccess: false, user: world.actors.translatorAr.user! } as const
  for (let round = 0; round < 10; round++) {
    await Promise.all([
      t.payload.update({
        collection: 'leaflets',
        id: doc.id,
        locale: 'da',
        draft: true,
        data: { title: `Dansk ${round}` } as never,
        ...editor,
      }),
      t.payload.update({
        collection: 'leaflets',
        id: doc.id,
        locale: 'ar',
        draft: true,
        data: { title: `عربي ${round}` } as never,
        ...translator,
      }),
    ])
    const da = await t.payload.findByID({
      collection: 'leaflets',
      id: doc.id,
      locale: 'da',
      draft: true,
    })
    const ar = await t.payload.findByID({
      collection: 'leaflets',
      id: doc.id,
      locale: 'ar',
      draft: true,
    })
    expect([da.title, ar.title]).toEqual([`Dansk ${round}`, `عربي ${round}`])
  }
})
