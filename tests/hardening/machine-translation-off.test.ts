import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processGlobal } from '../../src/processGlobal'
import type { TranslationEngine } from '../../plugins/translation-workflow/engine/port'
import { createProviderFromEnv } from '../../src/adapters'
import { qaCheckSegment } from '../../src/translation'
import { createTranslationEngine } from '../../plugins/translation-workflow/engine/payloadEngine'
import { createPseudoProvider } from '../../src/translation/providers/pseudo'
import { buildWorld, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import { startTestPayload, type TestPayload } from '../support/payload'

describe('which provider the environment gives (item 8)', () => {
  it('production without a DeepL key: no machine translation, said once, unless pseudo is asked for by name', () => {
    const lines: string[] = []
    expect(
      createProviderFromEnv({ CMS_ENV: 'production', DEEPL_AUTH_KEY: '' }, (l) => lines.push(l)),
    ).toBeNull()
    expect(lines.join('\n')).toMatch(
      /Machine translation is off: DEEPL_AUTH_KEY is not set in production/,
    )
    expect(
      createProviderFromEnv({ CMS_ENV: 'production', MACHINE_TRANSLATION: 'pseudo' })?.name,
    ).toBe('pseudo')
    expect(createProviderFromEnv({ CMS_ENV: 'local' })?.name).toBe('pseudo')
    expect(createProviderFromEnv({ NODE_ENV: 'production' })).toBeNull()
  })

  it('QA marks pseudo text as a blocking error in every language', () => {
    for (const locale of ['en', 'ar', 'tr', 'ur', 'fa', 'so'] as const) {
      const issues = qaCheckSegment({
        source: 'Ring til os',
        target: `⟦${locale}⟧ Ríñg tíl ós`,
        locale,
      })
      expect(issues.find((i) => i.code === 'pseudo-translation')?.severity, locale).toBe('error')
    }
    expect(
      qaCheckSegment({ source: 'Ring til os', target: 'Call us', locale: 'en' }).some(
        (i) => i.code === 'pseudo-translation',
      ),
    ).toBe(false)
  })
})

describe('in the workflow', () => {
  let t: TestPayload
  let world: World
  let http: Awaited<ReturnType<typeof httpApi>>
  // engineFor's per-Payload cache (plugins/translation-workflow/engine/engineFor.ts), primed here.
  const engines = () =>
    processGlobal('kommune-cms.translationEngine', () => new Map<Payload, TranslationEngine>())

  beforeAll(async () => {
    t = await startTestPayload()
    world = await buildWorld(t.payload)
    http = await httpApi()
  }, 180_000)
  afterAll(async () => t?.close())

  const publishLeaflet = async (title: string) => {
    const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
      body: {
        title,
        kind: 'general',
        department: world.departments.BIF,
        body: {
          root: {
            type: 'root',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [
              {
                type: 'paragraph',
                format: '',
                indent: 0,
                version: 1,
                direction: 'ltr',
                textFormat: 0,
                children: [
                  {
                    type: 'text',
                    text: 'Ring til os.',
                    format: 0,
                    detail: 0,
                    mode: 'normal',
                    style: '',
                    version: 1,
                  },
                ],
              },
            ],
          },
        },
        _status: 'published',
      },
      auth: { token: world.actors.editorBIF.token },
    })
    expect(created.status).toBe(201)
    return created.body.doc.id
  }
  const taskOf = async (id: number, locale: string) =>
    (
      await t.payload.find({
        collection: 'translation-tasks',
        where: { and: [{ documentId: { equals: id } }, { locale: { equals: locale } }] },
        depth: 0,
      })
    ).docs[0] as unknown as {
      id: number
      state: string
      provider: string
      segments: Array<{ text: string; origin: string }>
    }

  it('production without a key: every task goes to a human, and the task says why', async () => {
    const saved = process.env.CMS_ENV
    process.env.CMS_ENV = 'production'
    const engine = createTranslationEngine(
      t.payload,
      createProviderFromEnv({ CMS_ENV: 'production' }, () => {}),
    )
    if (saved === undefined) delete process.env.CMS_ENV
    else process.env.CMS_ENV = saved
    engines().set(t.payload, engine)
    const id = await publishLeaflet('Uden nøgle')
    await drainJobs(t.payload)
    const ar = await taskOf(id, 'ar')
    expect(ar.state).toBe('needs_human')
    expect(ar.provider).toMatch(/Machine translation is off: DEEPL_AUTH_KEY is not set/)
    expect(ar.segments.every((s) => s.origin === 'needs-human' && !s.text.includes('⟦'))).toBe(true)
  })

  it('pseudo text cannot be approved by a translator nor published by an admin', async () => {
    engines().set(t.payload, createTranslationEngine(t.payload, createPseudoProvider()))
    const id = await publishLeaflet('Med pseudo')
    await drainJobs(t.payload)
    const ar = await taskOf(id, 'ar')
    expect(ar.state).toBe('machine_translated')
    expect(ar.segments[0].text).toContain('⟦ar⟧')
    const approve = await http.rest('POST', `translation-tasks/${ar.id}/approve`, {
      auth: { token: world.actors.translatorAr.token },
    })
    expect(approve.status).toBe(409)
    const direct = await http.rest('PATCH', `leaflets/${id}?locale=ar`, {
      body: { title: '⟦ar⟧ شسي', _status: 'published' },
      auth: { token: world.actors.admin.token },
    })
    expect(direct.status).toBe(400)
    expect(JSON.stringify(direct.body)).toContain('pseudo-translation')
    const stored = await t.payload.findByID({ collection: 'leaflets', id, locale: 'ar' })
    expect(stored.publishedLocales).not.toContain('ar')
  })
})
