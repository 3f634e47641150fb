import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TARGET_LOCALES } from '../../src/languages'
import type { FakeDeepl } from '../support/fake-deepl-server'
import type { World } from '../support/fixtures'
import type { httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import type { TestPayload } from '../support/payload'
import { startWorkflowWorld } from '../support/workflowWorld'
import { b, doc, p } from '../support/lexical'
import { publicReader } from '../support/publicReader'
import type { Locale } from '../../src/languages'

let reader: ReturnType<typeof publicReader> | undefined
let fake: FakeDeepl
let stop: (() => Promise<void>) | undefined
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let leafletId: number

type Task = {
  id: number
  locale: string
  state: string
  segments: Array<{
    key: string
    source: string
    text: string
    origin: string
    changed: boolean
    qa: Array<{ severity: string; code: string }>
  }>
  billedCharacters: number
  failureReason?: string
}

const body = (second: string) =>
  doc(
    p('Du kan klage over en afgørelse. Ring på ', b('33 66 33 66'), '.'),
    p(second),
    p('Fristen er 4 uger.'),
  )

async function tasks(): Promise<Record<string, Task>> {
  const found = await t.payload.find({
    collection: 'translation-tasks',
    where: { documentId: { equals: leafletId } },
    pagination: false,
    depth: 0,
  })
  return Object.fromEntries((found.docs as unknown as Task[]).map((task) => [task.locale, task]))
}

const asTranslator = () => ({ auth: { token: world.actors.translatorAr.token } })
const publicTitle = async (locale: Locale) => reader!.read('leaflets', leafletId, locale)

beforeAll(async () => {
  ;({ fake, t, world, http, stop } = await startWorkflowWorld())
  reader = publicReader(t.payload, t.databaseUrl)
  await t.payload.create({
    collection: 'glossary-terms',
    data: { term: 'Borgerrådgiveren', doNotTranslate: true },
  })
  const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title: 'Sådan klager du',
      kind: 'complaint-guidance',
      department: world.departments.BIF,
      body: body('Skriv til Borgerrådgiveren.'),
      _status: 'published',
    },
    auth: { token: world.actors.editorBIF.token },
  })
  expect(created.status).toBe(201)
  leafletId = created.body.doc.id
}, 120_000)
afterAll(async () => {
  await reader?.close()
  await stop?.()
})

describe('the translation loop on a real database and the DeepL-compatible server', () => {
  it('publishing Danish creates a task per language and machine-translates them in parallel, memory first', async () => {
    const queued = await tasks()
    expect(Object.keys(queued).sort()).toEqual([...TARGET_LOCALES].sort())
    expect(Object.values(queued).every((task) => task.state === 'queued')).toBe(true)
    await drainJobs(t.payload)
    const done = await tasks()
    expect(Object.fromEntries(Object.entries(done).map(([l, task]) => [l, task.state]))).toEqual({
      en: 'machine_translated',
      ar: 'machine_translated',
      tr: 'machine_translated',
      ur: 'machine_translated',
      fa: 'machine_translated',
      so: 'needs_human',
    })
    expect(fake.calls.map((c) => c.target).sort()).toEqual(['AR', 'EN-GB', 'FA', 'TR', 'UR'])
    expect(fake.calls.every((c) => c.context === 'Sådan klager du')).toBe(true)
    expect(done.ar.billedCharacters).toBeGreaterThan(0)
    expect(done.ar.segments.map((s) => s.key)).toEqual(['title', 'body.0', 'body.1', 'body.2'])
    expect(done.ar.segments.every((s) => s.origin === 'machine')).toBe(true)
    // The glossary's do-not-translate term never reaches DeepL and stands as written in every language.
    expect(
      fake.calls.flatMap((c) => c.texts).some((sent) => sent.includes('Borgerrådgiveren')),
    ).toBe(false)
    for (const locale of ['en', 'ar', 'tr', 'ur', 'fa'])
      expect(done[locale].segments.find((s) => s.key === 'body.1')!.text).toContain(
        'Borgerrådgiveren',
      )
    // The machine draft is not public: Arabic readers still get the Danish, marked as fallback.
    expect(await publicTitle('ar')).toMatchObject({ title: 'Sådan klager du', isFallback: true })
    // A preview (API consumer reading drafts) gets the Arabic draft, labelled Arabic and right to left.
    const preview = await http.rest<{
      title: string
      lang: string
      dir: string
      isFallback: boolean
    }>('GET', `leaflets/${leafletId}?locale=ar&draft=true`, {
      auth: { apiKey: world.actors.consumer.apiKey },
    })
    expect(preview.body).toMatchObject({
      title: done.ar.segments.find((s) => s.key === 'title')!.text,
      lang: 'ar',
      dir: 'rtl',
      isFallback: false,
    })
    // Somali has no draft yet: the preview is the Danish, and says so.
    const somali = await http.rest<{ lang: string; dir: string; isFallback: boolean }>(
      'GET',
      `leaflets/${leafletId}?locale=so&draft=true`,
      { auth: { apiKey: world.actors.consumer.apiKey } },
    )
    expect(somali.body).toMatchObject({ lang: 'da-DK', dir: 'ltr', isFallback: true })
  })

  it('a translator edits and approves Arabic; exactly Arabic is published', async () => {
    const ar = (await tasks()).ar
    const saved = await http.rest<Task>('POST', `translation-tasks/${ar.id}/save`, {
      body: { segments: [{ key: 'title', text: 'كيف تقدم شكوى' }] },
      ...asTranslator(),
    })
    expect(saved.status).toBe(200)
    expect(saved.body.state).toBe('in_review')
    expect(saved.body.segments[0]).toMatchObject({ text: 'كيف تقدم شكوى', origin: 'human' })
    const approved = await http.rest<Task>(
      'POST',
      `translation-tasks/${ar.id}/approve`,
      asTranslator(),
    )
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.state).toBe('published')
    expect(await publicTitle('ar')).toMatchObject({
      title: 'كيف تقدم شكوى',
      isFallback: false,
      translationStatus: 'published',
    })
    expect(await publicTitle('tr')).toMatchObject({ title: 'Sådan klager du', isFallback: true })
    const audit = await t.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'approve' } },
    })
    expect(audit.docs).toHaveLength(1)
  })

  it('refuses approval while QA finds errors, and refuses a translator of another language', async () => {
    const { en, tr } = await tasks()
    const saved = await http.rest<Task>('POST', `translation-tasks/${en.id}/save`, {
      body: { segments: [{ key: 'body.2', text: 'The deadline is 5 weeks.' }] },
      auth: { token: world.actors.admin.token },
    })
    expect(saved.body.segments.find((s) => s.key === 'body.2')!.qa.map((q) => q.code)).toContain(
      'numbers-changed',
    )
    const refused = await http.rest('POST', `translation-tasks/${en.id}/approve`, {
      auth: { token: world.actors.admin.token },
    })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('blocking error')
    expect((await tasks()).en.state).toBe('in_review')
    const other = await http.rest('POST', `translation-tasks/${tr.id}/approve`, asTranslator())
    expect(other.status).toBe(403)
    const sendBack = await http.rest<Task>('POST', `translation-tasks/${en.id}/send-back`, {
      body: { comment: 'Fristen er 4 uger, ikke 5' },
      auth: { token: world.actors.admin.token },
    })
    expect(sendBack.body.state).toBe('needs_human')
  })

  it('a Danish edit outdates the tasks, re-translates only the changed segment and keeps the human edit and the live translation', async () => {
    fake.reset()
    const updated = await http.rest('PATCH', `leaflets/${leafletId}?locale=da`, {
      body: { body: body('Skriv til Borgerrådgiveren eller ring til os.'), _status: 'published' },
      auth: { token: world.actors.editorBIF.token },
    })
    expect(updated.status).toBe(200)
    const outdated = await tasks()
    expect(outdated.ar.state).toBe('queued')
    expect(await publicTitle('ar')).toMatchObject({
      title: 'كيف تقدم شكوى',
      translationStatus: 'outdated',
    })
    await drainJobs(t.payload)
    const after = await tasks()
    expect(after.ar.state).toBe('machine_translated')
    expect(after.ar.segments.filter((s) => s.changed).map((s) => s.key)).toEqual(['body.1'])
    expect(after.ar.segments.find((s) => s.key === 'title')).toMatchObject({
      text: 'كيف تقدم شكوى',
      origin: 'human',
    })
    // Only the changed paragraph went to DeepL, once per machine-translated language (the glossary
    // term shielded; Urdu and Persian get the text runs around it).
    const shielded = ['Skriv til <x id="g0"/> eller ring til os.']
    const runs = ['Skriv til', 'eller ring til os.']
    expect(Object.fromEntries(fake.calls.map((c) => [c.target, c.texts]))).toEqual({
      'EN-GB': shielded,
      AR: shielded,
      TR: shielded,
      UR: runs,
      FA: runs,
    })
    expect(after.fa.segments.find((s) => s.key === 'body.1')!.text).toMatch(
      /\S Borgerrådgiveren \S/,
    )
    // The approved Arabic stays live until the new version is approved.
    expect(await publicTitle('ar')).toMatchObject({ title: 'كيف تقدم شكوى', isFallback: false })
  })

  it('a quota error leaves the task failed with the reason; retry finishes it without billing twice', async () => {
    fake.reset()
    await http.rest('PATCH', `leaflets/${leafletId}?locale=da`, {
      body: { title: 'Sådan klager du over en afgørelse', _status: 'published' },
      auth: { token: world.actors.editorBIF.token },
    })
    fake.injectFaults(456, 456, 456, 456, 456)
    await drainJobs(t.payload)
    const failed = await tasks()
    expect(failed.ar.state).toBe('failed')
    expect(failed.ar.failureReason).toMatch(/quota/i)
    const billedBefore = fake.totalCharacters()
    const retried = await http.rest<Task>(
      'POST',
      `translation-tasks/${failed.ar.id}/retry`,
      asTranslator(),
    )
    expect(retried.body.state).toBe('queued')
    await drainJobs(t.payload)
    expect((await tasks()).ar.state).toBe('machine_translated')
    expect(fake.totalCharacters() - billedBefore).toBe('Sådan klager du over en afgørelse'.length)
  })

  it('shows progress: a language strip per document and a dashboard by language and state', async () => {
    const strip = await http.rest<Record<string, string>>(
      'GET',
      `translation-tasks/language-status?collection=leaflets&id=${leafletId}`,
      { auth: { token: world.actors.editorBIF.token } },
    )
    expect(Object.keys(strip.body).sort()).toEqual([...TARGET_LOCALES].sort())
    const board = await http.rest<{
      byLanguage: Record<string, Record<string, number>>
      total: number
    }>('GET', 'translation-tasks/dashboard', asTranslator())
    expect(Object.keys(board.body.byLanguage)).toEqual(['ar'])
    expect(board.body.total).toBe(1)
  })
})
