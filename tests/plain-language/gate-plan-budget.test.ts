import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeDeepl } from '../support/fake-deepl-server'
import type { World } from '../support/fixtures'
import type { httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import type { TestPayload } from '../support/payload'
import { startWorkflowWorld } from '../support/workflowWorld'
import { startDelivery } from '../support/delivery'

let fake: FakeDeepl
let stop: (() => Promise<void>) | undefined
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>

const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: texts.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [
        { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})

/** LIX 80.7 by hand (tests/readability/lix.test.ts): far above the leaflets' limit of 40. */
const HARD =
  'Såfremt De ønsker at påklage nærværende afgørelse vedrørende Deres bevilling af personligt tillæg, skal klagen i henhold til gældende lovgivning fremsendes skriftligt til forvaltningen snarest muligt og senest fire uger efter modtagelsen af nærværende brev.'
/** LIX 12.3 by hand. */
const PLAIN =
  'Du kan klage over vores svar. Send din klage til os senest fire uger efter, du fik brevet. Skriv til os, hvis du har spørgsmål.'

const editorBIF = () => ({ token: world.actors.editorBIF.token })
const editorBUF = () => ({ token: world.actors.editorBUF.token })
const admin = () => ({ token: world.actors.admin.token })

async function tasksOf(collection: string, id: number) {
  const found = await t.payload.find({
    collection: 'translation-tasks',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    pagination: false,
    depth: 0,
    sort: 'locale',
  })
  return found.docs
}

async function createLeaflet(data: Record<string, unknown>, auth = editorBIF()) {
  const created = await http.rest<{
    doc: { id: number; slug: string; readability: { document: { status: string; score?: number } } }
  }>('POST', 'leaflets?locale=da', {
    body: { kind: 'general', department: world.departments.BIF, _status: 'draft', ...data },
    auth,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc
}

beforeAll(async () => {
  ;({ fake, t, world, http, stop } = await startWorkflowWorld())
  for (const entry of [
    { word: 'såfremt', plainer: 'hvis' },
    { word: 'fremsende', plainer: 'sende' },
  ])
    await t.payload.create({ collection: 'plain-words', data: entry })
}, 120_000)
afterAll(async () => {
  await stop?.()
})

describe('readability stored with each version', () => {
  it('a Danish save stores the document score, per-field scores and the gate; each version keeps its own', async () => {
    const doc = await createLeaflet({ title: 'Sådan klager du', body: paragraphs(PLAIN) })
    expect(doc.readability.document).toMatchObject({ status: 'scored' })
    await http.rest('PATCH', `leaflets/${doc.id}?locale=da&draft=true`, {
      body: { body: paragraphs(HARD) },
      auth: editorBIF(),
    })
    const versions = await t.payload.findVersions({
      collection: 'leaflets',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const scores = versions.docs.map(
      (v) =>
        (v.version as { readability?: { document: { score?: number } } }).readability?.document
          .score,
    )
    expect(scores).toHaveLength(2)
    expect(scores[0]).toBeLessThanOrEqual(24)
    expect(scores[1]).toBeGreaterThan(40)
    expect(versions.docs[1].version.readability).toMatchObject({
      limit: 40,
      gate: { pass: false },
      fields: { title: { status: 'too-short' }, body: { status: 'scored' } },
    })
  })

  it('the public never sees the readability or the department’s choices', async () => {
    const doc = await createLeaflet({
      title: 'Offentlig folder',
      body: paragraphs(PLAIN),
      _status: 'published',
    })
    // The public reads through the delivery API (Payload's own API refuses anonymous reads).
    const delivery = await startDelivery(t.databaseUrl)
    try {
      const anonymous = await delivery.get<Record<string, unknown>>(
        `v1/leaflets/${doc.slug}?locale=da`,
      )
      expect(anonymous.status).toBe(200)
      expect(anonymous.body).toMatchObject({ title: 'Offentlig folder' })
      expect(JSON.stringify(anonymous.body)).not.toMatch(
        /readability|translationDueDate|translationPriority|translateInto/,
      )
    } finally {
      await delivery.close()
    }
  })
})

describe('the gate before translation', () => {
  it('refuses to submit Danish above the limit with the hints, and creates no task', async () => {
    const doc = await createLeaflet({ title: 'Klagevejledning', body: paragraphs(HARD) })
    const refused = await http.rest<{
      errors: Array<{
        message: string
        data?: {
          limit: number
          readability: {
            score: number
            hints: {
              plainerWords: Array<{ word: string; plainer: string }>
              longestSentences: unknown[]
              passives: unknown[]
            }
          }
        }
      }>
    }>('POST', 'translation-tasks/submit', {
      body: { collection: 'leaflets', id: doc.id },
      auth: editorBIF(),
    })
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0].message).toMatch(/LIX \d+ .*above the limit of 40/)
    const data = refused.body.errors[0].data!
    expect(data.limit).toBe(40)
    expect(data.readability.score).toBeGreaterThan(40)
    expect(data.readability.hints.plainerWords).toEqual(
      expect.arrayContaining([expect.objectContaining({ word: 'såfremt', plainer: 'hvis' })]),
    )
    expect(data.readability.hints.longestSentences.length).toBe(1)
    expect(data.readability.hints.passives.length).toBeGreaterThan(0)
    expect(await tasksOf('leaflets', doc.id)).toEqual([])
  })

  it('publishing hard Danish publishes it, but holds its translation', async () => {
    const doc = await createLeaflet({
      title: 'Afgørelse om tillæg',
      body: paragraphs(HARD),
      _status: 'published',
    })
    expect(
      (
        await http.rest<{ _status: string }>('GET', `leaflets/${doc.id}?locale=da`, {
          auth: admin(),
        })
      ).body._status,
    ).toBe('published')
    expect(await tasksOf('leaflets', doc.id)).toEqual([])
    // "Translate all" skips it too, and says how many it held.
    const all = await http.rest<{ documents: number; held: number }>(
      'POST',
      'translation-tasks/translate-all',
      { body: {}, auth: admin() },
    )
    expect(all.status).toBe(200)
    expect(all.body.held).toBe(1)
    expect(await tasksOf('leaflets', doc.id)).toEqual([])
  })

  it('an override needs a reason: none, blank or too short is a 400 and stores nothing', async () => {
    const doc = await createLeaflet({ title: 'Tillæg', body: paragraphs(HARD) })
    for (const reason of [undefined, '', '   ']) {
      const r = await http.rest<{ errors: Array<{ message: string }> }>(
        'POST',
        'plain-language/override',
        { body: { collection: 'leaflets', id: doc.id, reason }, auth: editorBIF() },
      )
      expect(r.status).toBe(400)
      expect(r.body.errors[0].message).toMatch(/reason/)
    }
    const short = await http.rest<{ errors: Array<{ message: string; data?: unknown }> }>(
      'POST',
      'readability-overrides',
      { body: { collection: 'leaflets', documentId: doc.id, reason: 'fordi' }, auth: editorBIF() },
    )
    expect(short.status).toBe(400)
    expect(JSON.stringify(short.body)).toMatch(/reason of at least 10 characters/)
    expect((await t.payload.count({ collection: 'readability-overrides' })).totalDocs).toBe(0)
    expect(await tasksOf('leaflets', doc.id)).toEqual([])
  })

  it('another department’s editor cannot override', async () => {
    const doc = await createLeaflet({ title: 'Tillæg BIF', body: paragraphs(HARD) })
    const r = await http.rest('POST', 'plain-language/override', {
      body: { collection: 'leaflets', id: doc.id, reason: 'Lovteksten skal citeres ordret.' },
      auth: editorBUF(),
    })
    expect(r.status).toBe(403)
    expect((await t.payload.count({ collection: 'readability-overrides' })).totalDocs).toBe(0)
  })

  it('an override with a reason is audited and submits; it covers the text until it gets harder', async () => {
    const doc = await createLeaflet({ title: 'Klage over tillæg', body: paragraphs(HARD) })
    const r = await http.rest<{ created: number; override: { score: number; limit: number } }>(
      'POST',
      'plain-language/override',
      {
        body: {
          collection: 'leaflets',
          id: doc.id,
          reason: 'Klagevejledningen skal gengive lovens ordlyd.',
        },
        auth: editorBIF(),
      },
    )
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.created).toBe(6)
    expect(r.body.override.limit).toBe(40)
    const audit = await t.payload.find({
      collection: 'audit-log',
      where: {
        and: [{ action: { equals: 'readability-override' } }, { documentId: { equals: doc.id } }],
      },
      depth: 0,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0].summary).toContain('Klagevejledningen skal gengive lovens ordlyd.')
    expect(audit.docs[0].user).toBe(world.actors.editorBIF.user!.id)
    // Resubmitting the same text passes; a harder text needs a new override.
    expect(
      (
        await http.rest('POST', 'translation-tasks/submit', {
          body: { collection: 'leaflets', id: doc.id },
          auth: editorBIF(),
        })
      ).status,
    ).toBe(200)
    await http.rest('PATCH', `leaflets/${doc.id}?locale=da&draft=true`, {
      body: {
        body: paragraphs(
          HARD,
          'Såfremt fristen overskrides, bortfalder retten til at påklage afgørelsen vedrørende tillægget i henhold til forvaltningslovens bestemmelser om klagefrister.',
        ),
      },
      auth: editorBIF(),
    })
    expect(
      (
        await http.rest('POST', 'translation-tasks/submit', {
          body: { collection: 'leaflets', id: doc.id },
          auth: editorBIF(),
        })
      ).status,
    ).toBe(422)
  })

  it('text too short to score passes and says so', async () => {
    const doc = await createLeaflet({ title: 'Kort', body: paragraphs('Ring til os.') })
    const gate = await http.rest<{
      document: { status: string; message: string }
      gate: { pass: boolean; basis: string; message: string }
    }>('GET', `plain-language/gate?collection=leaflets&id=${doc.id}`, { auth: editorBIF() })
    expect(gate.status).toBe(200)
    expect(gate.body.document).toMatchObject({ status: 'too-short' })
    expect(gate.body.gate).toMatchObject({ pass: true, basis: 'too-short' })
    expect(gate.body.gate.message).toMatch(
      /too short to score.*not checked against the limit of 40/i,
    )
    const r = await http.rest<{ created: number }>('POST', 'translation-tasks/submit', {
      body: { collection: 'leaflets', id: doc.id },
      auth: editorBIF(),
    })
    expect(r.status).toBe(200)
    expect(r.body.created).toBe(6)
  })

  it('bad gate queries are 4xx', async () => {
    expect(
      (await http.rest('GET', 'plain-language/gate?collection=nope&id=1', { auth: editorBIF() }))
        .status,
    ).toBe(400)
    expect(
      (
        await http.rest('GET', 'plain-language/gate?collection=leaflets&id=abc', {
          auth: editorBIF(),
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await http.rest('GET', 'plain-language/gate?collection=leaflets&id=999999', {
          auth: editorBIF(),
        })
      ).status,
    ).toBe(404)
    expect((await http.rest('GET', 'plain-language/gate?collection=leaflets&id=1')).status).toBe(
      401,
    )
    expect(
      (
        await http.rest('POST', 'plain-language/override', {
          raw: { body: '{nope', contentType: 'application/json' },
          auth: editorBIF(),
        })
      ).status,
    ).toBe(400)
  })
})

describe('departments choose languages, priority and due date', () => {
  it('tasks follow the chosen languages and carry priority and due date', async () => {
    const doc = await createLeaflet({
      title: 'Vaccination',
      body: paragraphs(PLAIN),
      translateInto: 'chosen',
      targetLanguages: ['so', 'ar'],
      translationPriority: 'high',
      translationDueDate: '2026-12-01T00:00:00.000Z',
      _status: 'published',
    })
    const tasks = await tasksOf('leaflets', doc.id)
    expect(tasks.map((task) => task.locale)).toEqual(['ar', 'so'])
    expect(
      tasks.every((task) => task.priority === 'high' && task.dueDate?.startsWith('2026-12-01')),
    ).toBe(true)
  })

  it('staff texts go nowhere by default; "all" sends them to every language; "none" holds a citizen text', async () => {
    const method = await http.rest<{ doc: { id: number } }>('POST', 'methods?locale=da', {
      body: {
        title: 'Dialogmøde',
        category: 'citizen-involvement',
        department: world.departments.BIF,
        body: paragraphs(PLAIN),
        _status: 'published',
      },
      auth: editorBIF(),
    })
    expect(await tasksOf('methods', method.body.doc.id)).toEqual([])
    await http.rest('PATCH', `methods/${method.body.doc.id}?locale=da`, {
      body: { translateInto: 'all', _status: 'published' },
      auth: editorBIF(),
    })
    expect((await tasksOf('methods', method.body.doc.id)).length).toBe(6)
    const none = await createLeaflet({
      title: 'Intern folder',
      body: paragraphs(PLAIN),
      translateInto: 'none',
      _status: 'published',
    })
    expect(await tasksOf('leaflets', none.id)).toEqual([])
  })

  it('a translator cannot change what a document is translated into', async () => {
    const doc = await createLeaflet({ title: 'Sprogvalg', body: paragraphs(PLAIN) })
    await http.rest('PATCH', `leaflets/${doc.id}?locale=ar&draft=true`, {
      body: { title: 'اختيار اللغة', translateInto: 'none' },
      auth: { token: world.actors.translatorAr.token },
    })
    const stored = await t.payload.findByID({
      collection: 'leaflets',
      id: doc.id,
      depth: 0,
      draft: true,
    })
    expect(stored.translateInto).toBe('default')
  })

  it('the dashboard shows each language’s open work and next due dates, high priority first', async () => {
    const r = await http.rest<{
      openWork: Record<
        string,
        {
          open: number
          overdue: number
          byPriority: { high: number }
          next: Array<{ documentTitle: string; priority: string; dueDate: string | null }>
        }
      >
    }>('GET', 'translation-tasks/dashboard', { auth: admin() })
    expect(r.status).toBe(200)
    expect(r.body.openWork.so.open).toBeGreaterThan(0)
    expect(r.body.openWork.so.byPriority.high).toBe(1)
    expect(r.body.openWork.so.next[0]).toMatchObject({
      documentTitle: 'Vaccination',
      priority: 'high',
    })
    expect(r.body.openWork.en.byPriority.high).toBe(0)
  })
})

describe('character budgets', () => {
  it('counts billed characters per department, warns at 80 %, sends tasks to a human at 100 %', async () => {
    const usedBefore = async () =>
      (
        await http.rest<{
          departments: Array<{ code: string; used: number; level: string; limit: number | null }>
        }>('GET', 'plain-language/budgets', { auth: admin() })
      ).body.departments.find((d) => d.code === 'BUF')!
    expect(await usedBefore()).toMatchObject({ used: 0, level: 'none' })
    const first = await createLeaflet(
      {
        title: 'Skolestart',
        department: world.departments.BUF,
        body: paragraphs(PLAIN),
        _status: 'published',
      },
      editorBUF(),
    )
    await drainJobs(t.payload, 120_000)
    const firstTasks = await tasksOf('leaflets', first.id)
    const billed = firstTasks.reduce((n, task) => n + (task.billedCharacters ?? 0), 0)
    expect(billed).toBeGreaterThan(0)
    expect((await usedBefore()).used).toBe(billed)

    // A budget below what is used is refused, and nothing is stored.
    const below = await http.rest<{ errors: Array<{ message: string }> }>(
      'POST',
      'translation-budgets',
      {
        body: {
          department: world.departments.BUF,
          year: new Date().getUTCFullYear(),
          characters: billed - 1,
        },
        auth: admin(),
      },
    )
    expect(below.status).toBe(400)
    expect(below.body.errors[0].message).toMatch(/below what is already used/)
    expect((await t.payload.count({ collection: 'translation-budgets' })).totalDocs).toBe(0)

    // 80 % used: a warning.
    const budget = await http.rest<{ doc: { id: number } }>('POST', 'translation-budgets', {
      body: {
        department: world.departments.BUF,
        year: new Date().getUTCFullYear(),
        characters: Math.ceil(billed / 0.85),
      },
      auth: admin(),
    })
    expect(budget.status, JSON.stringify(budget.body)).toBe(201)
    expect(await usedBefore()).toMatchObject({ level: 'warning' })
    // A second budget for the same year is refused.
    expect(
      (
        await http.rest('POST', 'translation-budgets', {
          body: {
            department: world.departments.BUF,
            year: new Date().getUTCFullYear(),
            characters: 10_000_000,
          },
          auth: admin(),
        })
      ).status,
    ).toBe(400)
    // Editors cannot set budgets.
    expect(
      (
        await http.rest('PATCH', `translation-budgets/${budget.body.doc.id}`, {
          body: { characters: 10_000_000 },
          auth: editorBUF(),
        })
      ).status,
    ).toBe(403)

    // The next document would cross 100 %: machine translation stops, a human translates.
    fake.calls.length = 0
    const second = await createLeaflet(
      {
        title: 'Forældremøde',
        department: world.departments.BUF,
        body: paragraphs(
          'Vi inviterer dig til forældremøde på skolen. Mødet handler om skolestarten og om, hvad dit barn skal have med. Du er velkommen til at tage en tolk med.',
        ),
        _status: 'published',
      },
      editorBUF(),
    )
    await drainJobs(t.payload, 120_000)
    expect(fake.calls).toEqual([])
    const secondTasks = await tasksOf('leaflets', second.id)
    expect(secondTasks.map((task) => task.state)).toEqual(Array(6).fill('needs_human'))
    const en = secondTasks.find((task) => task.locale === 'en')!
    expect(en.history?.at(-1)?.note).toMatch(/budget/i)
    expect((await usedBefore()).used).toBe(billed)
  }, 300_000)

  it('machine passes of one document running in parallel never together cross the budget', async () => {
    const budgets = async () =>
      (
        await http.rest<{ departments: Array<{ code: string; used: number }> }>(
          'GET',
          'plain-language/budgets',
          { auth: admin() },
        )
      ).body.departments.find((d) => d.code === 'BIF')!
    const usedBefore = (await budgets()).used
    // Text no earlier test translated: with memory hits a pass would bill less than it holds, and
    // how many passes fit would depend on their timing.
    const title = 'Hjælp til breve på biblioteket'
    const text = 'Tag brevet med på biblioteket. En frivillig læser det med dig og forklarer det.'
    const perLanguage = title.length + text.length
    // Room for two languages' passes, not three: without holds, all six passes of the fan-out
    // check the budget at once, each sees room, and together they overspend it threefold.
    const limit = usedBefore + Math.floor(2.5 * perLanguage)
    const budget = await http.rest('POST', 'translation-budgets', {
      body: {
        department: world.departments.BIF,
        year: new Date().getUTCFullYear(),
        characters: limit,
      },
      auth: admin(),
    })
    expect(budget.status, JSON.stringify(budget.body)).toBe(201)
    fake.calls.length = 0
    const doc = await createLeaflet({ title, body: paragraphs(text), _status: 'published' })
    await drainJobs(t.payload, 120_000)
    const tasks = await tasksOf('leaflets', doc.id)
    expect(tasks).toHaveLength(6)
    const machine = tasks.filter((task) => (task.billedCharacters ?? 0) > 0)
    expect(machine).toHaveLength(2)
    expect(tasks.filter((task) => task.state === 'needs_human')).toHaveLength(4)
    const usedAfter = (await budgets()).used
    expect(usedAfter).toBeLessThanOrEqual(limit)
    expect(usedAfter - usedBefore).toBe(
      machine.reduce((n, task) => n + (task.billedCharacters ?? 0), 0),
    )
    // Every hold was given back once its pass billed.
    expect(
      (
        await t.payload.count({
          collection: 'machine-translation-usage',
          where: { reservation: { equals: true } },
        })
      ).totalDocs,
    ).toBe(0)
  }, 300_000)
})
