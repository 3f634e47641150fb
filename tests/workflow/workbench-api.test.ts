import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { World } from '../support/fixtures'
import type { httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import type { TestPayload } from '../support/payload'
import { startWorkflowWorld } from '../support/workflowWorld'

/** What the review screen and the editor's panel read: the language panel, concordance, segment comments. */
let stop: (() => Promise<void>) | undefined
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let leafletId: number

type Panel = {
  languages: Array<{
    locale: string
    status: string
    state: string | null
    waitingFor: string
    taskId: number | null
  }>
  submitNeeded: boolean
}
type Task = {
  id: number
  state: string
  segments: Array<{ key: string; text: string; note?: string }>
}

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const para = (...children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})
const richText = (...paragraphs: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs },
})
const editor = () => ({ token: world.actors.editorBIF.token })
const translator = () => ({ token: world.actors.translatorAr.token })
const panel = async () =>
  (
    await http.rest<Panel>(
      'GET',
      `translation-tasks/language-panel?collection=leaflets&id=${leafletId}`,
      { auth: editor() },
    )
  ).body
const byLocale = (p: Panel) => Object.fromEntries(p.languages.map((l) => [l.locale, l]))
const arTask = async () =>
  (
    await t.payload.find({
      collection: 'translation-tasks',
      where: { and: [{ documentId: { equals: leafletId } }, { locale: { equals: 'ar' } }] },
      depth: 0,
    })
  ).docs[0] as unknown as Task

beforeAll(async () => {
  ;({ t, world, http, stop } = await startWorkflowWorld())
  const leaflet = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title: 'Affald og genbrug',
      kind: 'general',
      department: world.departments.BIF,
      body: richText(para(text('Sorter dit affald i '), text('seks', 1), text(' spande.'))),
    },
    auth: editor(),
  })
  expect(leaflet.status, JSON.stringify(leaflet.body)).toBe(201)
  leafletId = leaflet.body.doc.id
}, 120_000)
afterAll(async () => {
  await stop?.()
})

describe('the editor’s language panel', () => {
  it('names what each language waits for and offers Submit only when the Danish has something no task was made from', async () => {
    const before = await panel()
    expect(before.submitNeeded).toBe(true)
    expect(byLocale(before).ar).toMatchObject({
      status: 'missing',
      state: null,
      waitingFor: 'Not submitted for translation',
    })

    expect(
      (
        await http.rest('POST', 'translation-tasks/submit', {
          body: { collection: 'leaflets', id: leafletId },
          auth: editor(),
        })
      ).status,
    ).toBe(200)
    const queued = await panel()
    expect(byLocale(queued).ar.waitingFor).toBe('Waiting for machine translation')
    expect(queued.submitNeeded).toBe(false)

    await drainJobs(t.payload)
    const translated = byLocale(await panel())
    expect(translated.ar).toMatchObject({
      status: 'in_review',
      state: 'machine_translated',
      waitingFor: 'Machine translated; waiting for a translator to review',
    })
    // Somali has no machine translation: it waits for a person, and the panel says so (not "In review").
    expect(translated.so.waitingFor).toBe(
      'Waiting for a human translator (no machine translation for this language)',
    )

    const approved = await http.rest<Task>(
      'POST',
      `translation-tasks/${translated.ar.taskId}/approve`,
      { auth: translator() },
    )
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(byLocale(await panel()).ar).toMatchObject({ status: 'done', waitingFor: 'Published' })

    // Withdrawn: the language taken offline by an admin, although its task is published.
    const withdrawn = await http.rest('PATCH', `leaflets/${leafletId}?locale=ar`, {
      body: { _status: 'draft' },
      auth: { token: world.actors.admin.token },
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect(byLocale(await panel()).ar).toMatchObject({ status: 'withdrawn' })

    // The Danish changes: Submit is offered again.
    expect(
      (
        await http.rest('PATCH', `leaflets/${leafletId}?locale=da`, {
          body: { title: 'Affald, genbrug og storskrald' },
          auth: editor(),
        })
      ).status,
    ).toBe(200)
    expect((await panel()).submitNeeded).toBe(true)
  })

  it('answers bad input with a 4xx, and nothing to anonymous callers', async () => {
    expect(
      (
        await http.rest('GET', `translation-tasks/language-panel?collection=nope&id=${leafletId}`, {
          auth: editor(),
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await http.rest('GET', 'translation-tasks/language-panel?collection=leaflets&id=abc', {
          auth: editor(),
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await http.rest('GET', 'translation-tasks/language-panel?collection=leaflets&id=999999', {
          auth: editor(),
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await http.rest(
          'GET',
          `translation-tasks/language-panel?collection=leaflets&id=${leafletId}`,
          {},
        )
      ).status,
    ).toBe(401)
  })
})

describe('segment comments and concordance', () => {
  it('keeps a comment per segment for the next translator, through saves', async () => {
    await http.rest('POST', 'translation-tasks/submit', {
      body: { collection: 'leaflets', id: leafletId },
      auth: editor(),
    })
    await drainJobs(t.payload)
    const task = await arTask()
    const title = task.segments.find((s) => s.key === 'title')!
    const saved = await http.rest<Task>('POST', `translation-tasks/${task.id}/save`, {
      body: {
        segments: [
          {
            key: 'title',
            text: title.text,
            note: '«storskrald» = النفايات الكبيرة, as in the 2025 leaflet',
          },
        ],
      },
      auth: translator(),
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.segments.find((s) => s.key === 'title')!.note).toBe(
      '«storskrald» = النفايات الكبيرة, as in the 2025 leaflet',
    )
    const other = await http.rest<Task>('POST', `translation-tasks/${task.id}/save`, {
      body: { segments: [{ key: 'body.0', text: 'فرز النفايات في <b>ستة</b> صناديق.' }] },
      auth: translator(),
    })
    expect(other.body.segments.find((s) => s.key === 'title')!.note).toBe(
      '«storskrald» = النفايات الكبيرة, as in the 2025 leaflet',
    )
    expect(
      (
        await http.rest('POST', `translation-tasks/${task.id}/save`, {
          body: { segments: [{ key: 'title', text: 'x', note: 5 }] },
          auth: translator(),
        })
      ).status,
    ).toBe(400)
  })

  it('finds earlier translations of a word in memory (approved first), only in the translator’s languages', async () => {
    const found = await http.rest<{
      results: Array<{ source: string; text: string; origin: string }>
    }>('GET', `translation-tasks/concordance?locale=ar&q=${encodeURIComponent('affald i')}`, {
      auth: translator(),
    })
    expect(found.status, JSON.stringify(found.body)).toBe(200)
    expect(found.body.results[0]).toMatchObject({
      origin: 'human',
      source: 'Sorter dit affald i <b>seks</b> spande.',
    })
    expect(
      (
        await http.rest('GET', 'translation-tasks/concordance?locale=tr&q=affald', {
          auth: translator(),
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await http.rest('GET', 'translation-tasks/concordance?locale=ar&q=a', {
          auth: translator(),
        })
      ).status,
    ).toBe(400)
  })
})
