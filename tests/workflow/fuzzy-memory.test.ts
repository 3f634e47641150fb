import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { matchPercent } from '../../src/translation'
import type { World } from '../support/fixtures'
import type { Credentials, httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import type { TestPayload } from '../support/payload'
import { startWorkflowWorld } from '../support/workflowWorld'
import { paragraphs } from '../support/lexical'

let stop: (() => Promise<void>) | undefined
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>

type Suggestion = { percent: number; source: string; text: string; origin: string }
type Task = { id: number; segments: Array<{ key: string; text: string; origin: string }> }

const body = paragraphs
const asTranslator = (): Credentials => ({ token: world.actors.translatorAr.token })

async function publishLeaflet(title: string, ...paragraphs: string[]): Promise<number> {
  const r = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title,
      kind: 'general',
      department: world.departments.BIF,
      body: body(...paragraphs),
      _status: 'published',
    },
    auth: { token: world.actors.editorBIF.token },
  })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  await drainJobs(t.payload)
  return r.body.doc.id
}
const arTask = async (documentId: number): Promise<Task> =>
  (
    await t.payload.find({
      collection: 'translation-tasks',
      where: { and: [{ documentId: { equals: documentId } }, { locale: { equals: 'ar' } }] },
      depth: 0,
    })
  ).docs[0] as unknown as Task

beforeAll(async () => {
  ;({ t, world, http, stop } = await startWorkflowWorld())
}, 120_000)
afterAll(async () => {
  await stop?.()
})

describe('match percent, as CAT tools count it', () => {
  it('counts surviving words, ignores markup, and drops fast as sentences part', () => {
    expect(matchPercent('Du kan klage inden 4 uger.', 'Du kan klage inden 4 uger.')).toBe(100)
    expect(matchPercent('Du kan <b>klage</b> inden 4 uger.', 'Du kan klage inden 4 uger.')).toBe(
      100,
    )
    expect(
      matchPercent(
        'Du kan klage over afgørelsen inden 6 uger.',
        'Du kan klage over afgørelsen inden 4 uger.',
      ),
    ).toBe(88)
    expect(
      matchPercent('Åbningstider i Borgerservice', 'Du kan klage over afgørelsen inden 4 uger.'),
    ).toBeLessThan(20)
    expect(matchPercent('', '')).toBe(100)
  })
})

describe('similar translations from memory (fuzzy matches) on the review screen', () => {
  it('offers the approved translation of a near-identical sentence, best first, and nothing for unrelated text', async () => {
    const first = await publishLeaflet(
      'Klagevejledning',
      'Du kan klage over afgørelsen inden 4 uger.',
    )
    const firstTask = await arTask(first)
    const saved = await http.rest('POST', `translation-tasks/${firstTask.id}/save`, {
      body: {
        segments: [
          { key: 'body.0', text: 'يمكنك تقديم شكوى خلال 4 أسابيع.' },
          { key: 'title', text: 'دليل الشكاوى' },
        ],
      },
      auth: asTranslator(),
    })
    expect(saved.status).toBe(200)
    const approved = await http.rest('POST', `translation-tasks/${firstTask.id}/approve`, {
      auth: asTranslator(),
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)

    const second = await publishLeaflet(
      'Åbningstider i Borgerservice',
      'Du kan klage over afgørelsen inden 6 uger.',
    )
    const secondTask = await arTask(second)
    const r = await http.rest<Record<string, Suggestion[]>>(
      'GET',
      `translation-tasks/${secondTask.id}/suggestions`,
      { auth: asTranslator() },
    )
    expect(r.status).toBe(200)
    expect(r.body['body.0'][0]).toEqual({
      percent: 88,
      source: 'Du kan klage over afgørelsen inden 4 uger.',
      text: 'يمكنك تقديم شكوى خلال 4 أسابيع.',
      origin: 'human',
    })
    // The machine translation of the same sentence is offered after the approved one.
    expect(r.body['body.0'].map((s) => s.origin)).toEqual(['human', 'machine'])
    expect(r.body.title).toBeUndefined()
  })

  it('is for the task’s translators only, and uses a trigram index rather than a scan of every entry', async () => {
    const task = await arTask(
      (
        await t.payload.find({
          collection: 'leaflets',
          where: { title: { equals: 'Åbningstider i Borgerservice' } },
          locale: 'da',
          depth: 0,
        })
      ).docs[0].id as number,
    )
    expect(
      (
        await http.rest('GET', `translation-tasks/${task.id}/suggestions`, {
          auth: { token: world.actors.editorBIF.token },
        })
      ).status,
    ).toBe(403)
    expect((await http.rest('GET', `translation-tasks/${task.id}/suggestions`)).status).toBe(401)
    const { rows } = await (
      t.payload.db as unknown as {
        pool: { query: (q: string) => Promise<{ rows: Array<{ indexdef: string }> }> }
      }
    ).pool.query(
      `select indexdef from pg_indexes where tablename = 'translation_memory' and indexname = 'translation_memory_source_text_trgm_idx'`,
    )
    expect(rows[0]?.indexdef).toMatch(/USING gist \(source_text gist_trgm_ops\)/)
  })
})
