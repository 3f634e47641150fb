import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLISHED_BY_WORKFLOW } from '../../src/access/publishGuard'
import { ALL_LOCALES, languageOf, type Locale } from '../../src/languages'
import { startDelivery } from '../support/delivery'
import { type Actor, buildWorld, createSource, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

/**
 * Model-based test of the first promise. Random sequences of draft saves, machine passes,
 * approvals, withdrawals, Danish edits (fields emptied included) and publishAllLocales attempts by
 * every role; after each step the delivery API serves exactly the model: the last approved text
 * per language, else the published Danish marked as fallback. Reads use every knob.
 */
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let delivery: Awaited<ReturnType<typeof startDelivery>>

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
  delivery = await startDelivery(t.databaseUrl)
})
afterAll(async () => {
  await delivery?.close()
  await t?.close()
})

const TARGETS = ['en', 'ar', 'tr'] as const
type Target = (typeof TARGETS)[number]

interface Model {
  /** Live text per language: approved translations and the published Danish. */
  live: Partial<Record<Locale, { title: string; summary: string | null }>>
  /** The Danish as last saved (draft or published): what a publish of Danish makes live. */
  danishDraft: { title: string; summary: string | null }
}
interface Real {
  id: number
  slug: string
}

let counter = 0
const text = (kind: string, locale: string) => `${kind} ${locale} ${++counter}`

async function patch(actor: Actor, path: string, body: Record<string, unknown>): Promise<number> {
  return (
    await http.rest('PATCH', path, { body, auth: actor.token ? { token: actor.token } : undefined })
  ).status
}

class DraftSave implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly locale: Target,
    readonly emptySummary: boolean,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const data = {
      title: text('UDKAST', this.locale),
      summary: this.emptySummary ? '' : text('udkastresume', this.locale),
    }
    // The Arabic translator saves through REST; other languages as the workflow's machine pass.
    if (this.locale === 'ar')
      expect(
        await patch(world.actors.translatorAr, `leaflets/${r.id}?locale=ar&draft=true`, data),
      ).toBe(200)
    else
      await t.payload.update({
        collection: 'leaflets',
        id: r.id,
        locale: this.locale,
        draft: true,
        data: data as never,
        context: { writtenByWorkflow: true },
      })
    await checkReads(m, r)
  }
  toString = () => `DraftSave(${this.locale}${this.emptySummary ? ', empty summary' : ''})`
}

class Approve implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly locale: Target,
    readonly emptySummary: boolean,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const data = {
      title: text('GODKENDT', this.locale),
      summary: this.emptySummary ? null : text('godkendtresume', this.locale),
    }
    await t.payload.update({
      collection: 'leaflets',
      id: r.id,
      locale: this.locale,
      data: { ...data, _status: 'published' } as never,
      publishSpecificLocale: this.locale,
      context: { [PUBLISHED_BY_WORKFLOW]: true },
    } as never)
    m.live[this.locale] = data
    await checkReads(m, r)
  }
  toString = () => `Approve(${this.locale}${this.emptySummary ? ', empty summary' : ''})`
}

class Withdraw implements fc.AsyncCommand<Model, Real> {
  constructor(readonly locale: Target) {}
  // Only a live language can be withdrawn (saving an empty, never-published language is a 400).
  check = (m: Readonly<Model>) => m.live[this.locale] !== undefined
  async run(m: Model, r: Real) {
    expect(
      await patch(world.actors.admin, `leaflets/${r.id}?locale=${this.locale}`, {
        _status: 'draft',
      }),
    ).toBe(200)
    delete m.live[this.locale]
    await checkReads(m, r)
  }
  toString = () => `Withdraw(${this.locale})`
}

class DanishEdit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly publish: boolean,
    readonly emptySummary: boolean,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const data = {
      // 'KLADDE', not 'UDKAST': publishAllLocales may make this Danish draft live, and the search
      // check below must only match words that are never live.
      title: text(this.publish ? 'DANSK' : 'DANSKKLADDE', 'da'),
      summary: this.emptySummary ? '' : text('resume', 'da'),
    }
    const path = `leaflets/${r.id}?locale=da${this.publish ? '' : '&draft=true'}`
    expect(
      await patch(world.actors.editorBIF, path, {
        ...data,
        _status: this.publish ? 'published' : 'draft',
      }),
    ).toBe(200)
    m.danishDraft = { title: data.title, summary: data.summary || null }
    if (this.publish) m.live.da = m.danishDraft
    await checkReads(m, r)
  }
  toString = () =>
    `DanishEdit(${this.publish ? 'publish' : 'draft'}${this.emptySummary ? ', summary emptied' : ''})`
}

class PublishAllLocales implements fc.AsyncCommand<Model, Real> {
  constructor(readonly actor: keyof World['actors']) {}
  check = () => true
  async run(m: Model, r: Real) {
    const status = await patch(
      world.actors[this.actor],
      `leaflets/${r.id}?locale=da&publishAllLocales=true`,
      { _status: 'published' },
    )
    // Editors and admins publish the Danish they may publish; nobody publishes a translation this way.
    const mayPublishDanish = this.actor === 'admin' || this.actor === 'editorBIF'
    expect(status === 200).toBe(mayPublishDanish)
    if (mayPublishDanish) m.live.da = m.danishDraft
    await checkReads(m, r)
  }
  toString = () => `PublishAllLocales(${this.actor})`
}

/** What the model says a reader of `locale` gets. */
function expected(m: Model, locale: Locale) {
  const own = m.live[locale]
  const served = own ?? m.live.da
  if (!served) return null
  return {
    title: served.title,
    // An emptied field is empty, whether stored as '' or null.
    summary: served.summary || null,
    isFallback: !own,
    lang: languageOf(own ? locale : 'da').bcp47,
    availableLocales: Object.keys(m.live).sort(),
  }
}

async function checkReads(m: Model, r: Real): Promise<void> {
  for (const locale of ALL_LOCALES) {
    const want = expected(m, locale)
    const doc = await delivery.store.read('leaflets', r.slug, locale)
    expect(
      doc
        ? {
            title: doc.title,
            summary: doc.summary || null,
            isFallback: doc.isFallback,
            lang: doc.lang,
            availableLocales: [...doc.availableLocales].sort(),
          }
        : null,
      `read ${locale}`,
    ).toEqual(want)
    const listed = (await delivery.store.list('leaflets', locale, { limit: 100 })).docs.find(
      (d) => d.id === r.id,
    )
    expect(listed?.title ?? null, `list ${locale}`).toBe(want?.title ?? null)
  }
  // Every knob of the old query layer is refused by the delivery API and closed in management.
  for (const knob of [
    'fallback-locale=ar',
    'draft=true',
    'where[title][like]=UDKAST',
    'locale=all',
  ]) {
    expect((await delivery.get(`v1/leaflets/${r.slug}?locale=da&${knob}`)).status, knob).toBe(400)
  }
  expect((await http.rest('GET', `leaflets/${r.id}?locale=da&fallback-locale=ar`)).status).toBe(403)
  // The search finds only live text: never a draft word.
  const drafts = await delivery.store.list('leaflets', 'ar', { search: 'UDKAST' })
  expect(drafts.docs.filter((d) => d.id === r.id)).toEqual([])
}

const target = fc.constantFrom(...TARGETS)
const commands = [
  fc.tuple(target, fc.boolean()).map(([l, e]) => new DraftSave(l, e)),
  fc.tuple(target, fc.boolean()).map(([l, e]) => new Approve(l, e)),
  target.map((l) => new Withdraw(l)),
  fc.tuple(fc.boolean(), fc.boolean()).map(([p, e]) => new DanishEdit(p, e)),
  fc
    .constantFrom<keyof World['actors']>(
      'admin',
      'editorBIF',
      'editorBUF',
      'translatorAr',
      'consumer',
      'anonymous',
    )
    .map((a) => new PublishAllLocales(a)),
]

describe('the delivery API against a model of what is live', () => {
  it('serves the last approved text per language, else published Danish as fallback, after every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commands, { maxCommands: Number(process.env.MODEL_MAX_COMMANDS ?? 10) }),
        async (cmds) => {
          const doc = await createSource(t.payload, 'leaflets', world.departments.BIF)
          const source = await t.payload.findByID({
            collection: 'leaflets',
            id: doc.id,
            locale: 'da',
            depth: 0,
          })
          const danish = { title: source.title, summary: source.summary ?? null }
          const model: Model = { live: { da: danish }, danishDraft: danish }
          await fc.asyncModelRun(() => ({ model, real: doc }), cmds)
        },
      ),
      { numRuns: Number(process.env.MODEL_RUNS ?? 8), endOnFailure: true },
    )
  }, 900_000)
})
