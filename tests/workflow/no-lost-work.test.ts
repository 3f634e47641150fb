/**
 * Issue 11: no translator's work is lost, and every task state tells the truth. Each block is one
 * numbered item of the issue, against a real database, the HTTP layer and the DeepL-compatible server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeDeepl } from '../support/fake-deepl-server'
import { type Actor, makeUser, type World } from '../support/fixtures'
import type { httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import type { TestPayload } from '../support/payload'
import { startWorkflowWorld } from '../support/workflowWorld'
import { publicReader } from '../support/publicReader'

let reader: ReturnType<typeof publicReader> | undefined
let fake: FakeDeepl
let stop: (() => Promise<void>) | undefined
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let tr: Actor
let tr2: Actor
let so: Actor

type Segment = {
  key: string
  source: string
  text: string
  origin: string
  changed: boolean
  previousText?: string | null
  qa: Array<{ code: string; severity: string }>
}
type Task = {
  id: number
  locale: string
  state: string
  segments: Segment[]
  sourceHashes: Record<string, string>
  history: Array<{ from?: string; to: string; note?: string }>
  updatedAt: string
}
type ErrorBody = { errors: Array<{ message: string; data?: Record<string, unknown> }> }

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const para = (value: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children: [text(value)],
})
const body = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map(para),
  },
})

const A = 'Du kan klage over en afgørelse fra kommunen.'
const B = 'Skriv til os eller kom forbi borgerservice.'
const C = 'Vi svarer dig så hurtigt som muligt.'

const as = (actor: Actor) => ({ auth: { token: actor.token } })

async function publishLeaflet(title: string, paragraphs: string[]): Promise<number> {
  const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title,
      kind: 'general',
      department: world.departments.BIF,
      body: body(paragraphs),
      _status: 'published',
    },
    ...as(world.actors.editorBIF),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  await drainJobs(t.payload)
  return created.body.doc.id
}

async function republishDanish(id: number, paragraphs: string[]): Promise<void> {
  const updated = await http.rest('PATCH', `leaflets/${id}?locale=da`, {
    body: { body: body(paragraphs), _status: 'published' },
    ...as(world.actors.editorBIF),
  })
  expect(updated.status, JSON.stringify(updated.body)).toBe(200)
}

async function task(id: number, locale: string): Promise<Task> {
  const found = await t.payload.find({
    collection: 'translation-tasks',
    where: { and: [{ documentId: { equals: id } }, { locale: { equals: locale } }] },
    depth: 0,
  })
  return found.docs[0] as unknown as Task
}

const save = (taskId: number, actor: Actor, payload: Record<string, unknown>) =>
  http.rest<Task & ErrorBody>('POST', `translation-tasks/${taskId}/save`, {
    body: payload,
    ...as(actor),
  })
const approve = (taskId: number, actor: Actor, payload?: Record<string, unknown>) =>
  http.rest<Task & ErrorBody>('POST', `translation-tasks/${taskId}/approve`, {
    body: payload,
    ...as(actor),
  })
const bodyTexts = (task: Task) => task.segments.filter((s) => s.key.startsWith('body.'))
/** Tests that publish and machine-translate six languages several times over. */
const SLOW = 240_000

beforeAll(async () => {
  ;({ fake, t, world, http, stop } = await startWorkflowWorld())
  reader = publicReader(t.payload, t.databaseUrl)
  tr = await makeUser(t.payload, 'translator.tr@test.invalid', ['translator'], {
    languages: ['tr'],
  })
  tr2 = await makeUser(t.payload, 'translator2.tr@test.invalid', ['translator'], {
    languages: ['tr'],
  })
  so = await makeUser(t.payload, 'translator.so@test.invalid', ['translator'], {
    languages: ['so'],
  })
}, 180_000)
afterAll(async () => {
  await reader?.close()
  await stop?.()
})

describe('1. segments keep their identity when paragraphs move, appear, vanish or split', () => {
  it(
    'keeps every unapproved human edit of unchanged Danish, sends nothing to DeepL for it, and flags only the changed paragraph',
    async () => {
      const id = await publishLeaflet('Klagevejledning', [A, B, C])
      const before = await task(id, 'tr')
      const human = {
        'body.0': 'Bir karara itiraz edebilirsiniz.',
        'body.1': 'Bize yazın veya vatandaş hizmetlerine gelin.',
        'body.2': 'Size en kısa sürede cevap veriyoruz.',
      }
      const saved = await save(before.id, tr, {
        segments: Object.entries(human).map(([key, value]) => ({ key, text: value })),
      })
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)

      fake.reset()
      await republishDanish(id, [C, A, B])
      await drainJobs(t.payload)
      let after = await task(id, 'tr')
      expect(bodyTexts(after).map((s) => [s.source, s.text, s.origin, s.changed])).toEqual([
        [C, human['body.2'], 'human', false],
        [A, human['body.0'], 'human', false],
        [B, human['body.1'], 'human', false],
      ])
      expect(fake.calls.filter((c) => c.target === 'TR')).toEqual([])

      // Deleting the first paragraph loses none of the edits after it.
      await republishDanish(id, [A, B])
      await drainJobs(t.payload)
      after = await task(id, 'tr')
      expect(bodyTexts(after).map((s) => s.text)).toEqual([human['body.0'], human['body.1']])

      // Splitting a paragraph re-translates its pieces only, flags them, and keeps the human text beside them.
      fake.reset()
      await republishDanish(id, [
        'Du kan klage over en afgørelse.',
        'Klagen skal sendes til kommunen.',
        B,
      ])
      await drainJobs(t.payload)
      after = await task(id, 'tr')
      expect(fake.calls.filter((c) => c.target === 'TR').flatMap((c) => c.texts)).toEqual([
        'Du kan klage over en afgørelse.',
        'Klagen skal sendes til kommunen.',
      ])
      expect(bodyTexts(after).map((s) => [s.origin, s.changed])).toEqual([
        ['machine', true],
        ['machine', true],
        ['human', false],
      ])
      expect(bodyTexts(after)[0].previousText).toBe(human['body.0'])
      expect(bodyTexts(after)[2].text).toBe(human['body.1'])
    },
    SLOW,
  )
})

describe('2. two translators saving one task at the same moment', () => {
  it(
    'merges saves of different segments: both edits survive, every round',
    async () => {
      const id = await publishLeaflet('To oversættere', [A, B, C])
      const { id: taskId } = await task(id, 'tr')
      for (let round = 0; round < 10; round++) {
        const [first, second] = await Promise.all([
          save(taskId, tr, { segments: [{ key: 'body.0', text: `Birinci çevirmen ${round}` }] }),
          save(taskId, tr2, { segments: [{ key: 'body.1', text: `İkinci çevirmen ${round}` }] }),
        ])
        expect([first.status, second.status]).toEqual([200, 200])
        const now = await task(id, 'tr')
        expect(
          bodyTexts(now)
            .slice(0, 2)
            .map((s) => s.text),
        ).toEqual([`Birinci çevirmen ${round}`, `İkinci çevirmen ${round}`])
      }
    },
    SLOW,
  )

  it('refuses the second of two saves of the same segment with 409 naming who changed it, and keeps the first', async () => {
    const id = await publishLeaflet('Samme afsnit', [A, B])
    const start = await task(id, 'tr')
    const base = start.segments.find((s) => s.key === 'body.0')!.text
    const [first, second] = await Promise.all([
      save(start.id, tr, { segments: [{ key: 'body.0', text: 'Birinci çevirmenin metni', base }] }),
      save(start.id, tr2, { segments: [{ key: 'body.0', text: 'İkinci çevirmenin metni', base }] }),
    ])
    expect([first.status, second.status].sort()).toEqual([200, 409])
    const [won, lost] = first.status === 200 ? [first, second] : [second, first]
    const winner = first.status === 200 ? tr : tr2
    const conflict = lost.body.errors[0]
    expect(conflict.message).toContain(winner.name)
    expect(conflict.data).toMatchObject({
      conflicts: [
        {
          key: 'body.0',
          theirs: won.body.segments.find((s) => s.key === 'body.0')!.text,
          changedBy: { email: winner.name },
        },
      ],
    })
    expect((await task(id, 'tr')).segments.find((s) => s.key === 'body.0')!.text).toBe(
      won.body.segments.find((s) => s.key === 'body.0')!.text,
    )
  })
})

describe('3. a Danish publish racing a translator save always reaches the task', () => {
  it(
    'ends with the task translated from the new Danish, outdated in its history, and the save either kept or refused',
    async () => {
      const id = await publishLeaflet('Kapløb', [A, B])
      for (let round = 0; round < 5; round++) {
        const start = await task(id, 'tr')
        expect(['machine_translated', 'in_review']).toContain(start.state)
        const danish = [A, `${B} Runde ${round}.`]
        const [published, saved] = await Promise.all([
          http.rest('PATCH', `leaflets/${id}?locale=da`, {
            body: { body: body(danish), _status: 'published' },
            ...as(world.actors.editorBIF),
          }),
          save(start.id, tr, {
            segments: [{ key: 'body.0', text: `İtiraz edebilirsiniz ${round}` }],
          }),
        ])
        expect(published.status).toBe(200)
        expect([200, 409]).toContain(saved.status)
        await drainJobs(t.payload)
        const end = await task(id, 'tr')
        expect(end.segments.map((s) => s.source)).toEqual(['Kapløb', A, `${B} Runde ${round}.`])
        expect(end.history.slice(start.history.length).map((h) => h.to)).toContain('outdated')
        if (saved.status === 200)
          expect(end.segments.find((s) => s.source === A)!.text).toBe(
            `İtiraz edebilirsiniz ${round}`,
          )
        else expect(saved.body.errors[0].message).toMatch(/Nothing was saved/)
        const submit = await http.rest<{ unchanged: number; outdated: number }>(
          'POST',
          'translation-tasks/submit',
          { body: { collection: 'leaflets', id }, ...as(world.actors.editorBIF) },
        )
        expect(submit.body).toMatchObject({ outdated: 0 })
      }
    },
    SLOW,
  )

  it('submit repairs a task whose segments were made from other Danish than it records', async () => {
    const id = await publishLeaflet('Reparation', [A, B])
    const stale = await task(id, 'tr')
    await t.payload.update({
      collection: 'translation-tasks',
      id: stale.id,
      data: {
        segments: stale.segments.map((s) =>
          s.key === 'body.1' ? { ...s, source: 'Gammel tekst.', sourceHash: 'old' } : s,
        ),
      } as never,
    })
    const refused = await approve(stale.id, tr)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/Danish changed/)
    const submit = await http.rest<{ unchanged: number; outdated: number }>(
      'POST',
      'translation-tasks/submit',
      { body: { collection: 'leaflets', id }, ...as(world.actors.editorBIF) },
    )
    expect(submit.body).toMatchObject({ outdated: 1, unchanged: 5 })
    await drainJobs(t.payload)
    expect((await task(id, 'tr')).segments.find((s) => s.key === 'body.1')!.source).toBe(B)
  })
})

describe('4 and 5. approving stale text; a refused action changes nothing', () => {
  it(
    'a changed Somali segment must be edited or confirmed before approval; the refusal leaves the task as it was',
    async () => {
      const id = await publishLeaflet('Somalisk', [A, B])
      const first = await task(id, 'so')
      expect(first.state).toBe('needs_human')
      const somaliText: Record<string, string> = {
        title: 'Af-Soomaali',
        'body.0': 'Waad ka cabanaysaa go’aan.',
        'body.1': 'Noo soo qor ama soo booqo adeegga muwaadinka.',
      }
      const somali = first.segments.map((s) => ({ key: s.key, text: somaliText[s.key] }))
      expect((await save(first.id, so, { segments: somali })).status).toBe(200)
      expect((await approve(first.id, so)).status).toBe(200)

      await republishDanish(id, [A, 'Skriv til os, ring eller kom forbi borgerservice.'])
      await drainJobs(t.payload)
      const flagged = await task(id, 'so')
      expect(flagged.state).toBe('needs_human')
      const changed = flagged.segments.filter((s) => s.changed)
      expect(changed.map((s) => [s.key, s.text])).toEqual([['body.1', somaliText['body.1']]])

      const refused = await approve(flagged.id, so)
      expect(refused.status).toBe(409)
      expect(refused.body.errors[0].message).toContain('body.1')
      const unchanged = await task(id, 'so')
      expect([unchanged.state, unchanged.history.length, unchanged.updatedAt]).toEqual([
        flagged.state,
        flagged.history.length,
        flagged.updatedAt,
      ])
      // The public still reads the Somali approved before, marked outdated (not as current).
      const live = await reader!.read('leaflets', id, 'so')
      expect(live?.translationStatus).toBe('outdated')

      // Sending the old text again (a client that sends every segment) is not a confirmation.
      expect(
        (await save(flagged.id, so, { segments: [{ key: 'body.1', text: somaliText['body.1'] }] }))
          .status,
      ).toBe(200)
      expect((await approve(flagged.id, so)).status).toBe(409)

      const confirmed = await approve(flagged.id, so, { confirm: ['body.1'] })
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
      expect(confirmed.body.state).toBe('published')
    },
    SLOW,
  )

  it('a refused approval for QA errors leaves a machine-translated task machine-translated', async () => {
    const id = await publishLeaflet('Fejl', [A, 'Fristen er 4 uger.'])
    const before = await task(id, 'tr')
    expect(before.state).toBe('machine_translated')
    // An admin repairing data puts a wrong number in; the task is still waiting for review.
    await t.payload.update({
      collection: 'translation-tasks',
      id: before.id,
      data: {
        segments: before.segments.map((s) =>
          s.key === 'body.1' ? { ...s, text: 'Süre 5 haftadır.' } : s,
        ),
      } as never,
    })
    const broken = await task(id, 'tr')
    const refused = await approve(broken.id, tr)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('blocking error')
    const after = await task(id, 'tr')
    expect([after.state, after.history.length, after.updatedAt]).toEqual([
      'machine_translated',
      broken.history.length,
      broken.updatedAt,
    ])
  })
})

describe('6 and 7. the language strip, and withdrawal as an admin action with a state of its own', () => {
  it('shows outdated while the live text is older than the Danish, Somali waiting for a human, and withdrawn after a withdrawal', async () => {
    const strip = async (id: number) =>
      (
        await http.rest<Record<string, string>>(
          'GET',
          `translation-tasks/language-status?collection=leaflets&id=${id}`,
          as(world.actors.editorBIF),
        )
      ).body
    const id = await publishLeaflet('Strimmel', [A])
    expect(await strip(id)).toMatchObject({ ar: 'in_review', so: 'waiting_for_human' })
    const ar = await task(id, 'ar')
    expect((await approve(ar.id, world.actors.translatorAr)).status).toBe(200)
    expect((await strip(id)).ar).toBe('done')

    await republishDanish(id, [`${A} Og mere.`])
    expect((await task(id, 'ar')).state).toBe('queued')
    expect((await strip(id)).ar).toBe('outdated')
    await drainJobs(t.payload)
    expect((await task(id, 'ar')).state).toBe('machine_translated')
    expect((await strip(id)).ar).toBe('outdated')
  })

  it('refuses a translator who tries to withdraw a live translation; the public keeps reading it', async () => {
    const id = await publishLeaflet('Ikke din beslutning', [A])
    expect((await approve((await task(id, 'ar')).id, world.actors.translatorAr)).status).toBe(200)
    const refused = await http.rest('PATCH', `leaflets/${id}?locale=ar`, {
      body: { _status: 'draft' },
      ...as(world.actors.translatorAr),
    })
    expect(refused.status).toBe(403)
    expect((await reader!.read('leaflets', id, 'ar'))?.isFallback).toBe(false)
    expect((await task(id, 'ar')).state).toBe('published')
  })

  it(
    'an admin withdrawal and republish are task states with history; a translator can take it back through review',
    async () => {
      const id = await publishLeaflet('Tilbagetrækning', [A])
      const ar = await task(id, 'ar')
      expect((await approve(ar.id, world.actors.translatorAr)).status).toBe(200)

      const withdrawn = await http.rest('PATCH', `leaflets/${id}?locale=ar`, {
        body: { _status: 'draft' },
        ...as(world.actors.admin),
      })
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
      expect((await reader!.read('leaflets', id, 'ar'))?.isFallback).toBe(true)
      let now = await task(id, 'ar')
      expect(now.state).toBe('withdrawn')
      expect(now.history.at(-1)).toMatchObject({
        from: 'published',
        to: 'withdrawn',
        note: `withdrawn by ${world.actors.admin.name}`,
      })
      const strip = (
        await http.rest<Record<string, string>>(
          'GET',
          `translation-tasks/language-status?collection=leaflets&id=${id}`,
          as(world.actors.editorBIF),
        )
      ).body
      expect(strip.ar).toBe('withdrawn')

      // The admin puts it back: recorded as a republish.
      expect(
        (
          await http.rest('PATCH', `leaflets/${id}?locale=ar`, {
            body: { _status: 'published' },
            ...as(world.actors.admin),
          })
        ).status,
      ).toBe(200)
      now = await task(id, 'ar')
      expect(now.history.at(-1)).toMatchObject({
        from: 'withdrawn',
        to: 'published',
        note: `republished by ${world.actors.admin.name}`,
      })

      // Withdrawn again; the translator fixes it and it goes live through review.
      await http.rest('PATCH', `leaflets/${id}?locale=ar`, {
        body: { _status: 'draft' },
        ...as(world.actors.admin),
      })
      const fixed = await save(now.id, world.actors.translatorAr, {
        segments: [{ key: 'title', text: 'سحب' }],
      })
      expect(fixed.status, JSON.stringify(fixed.body)).toBe(200)
      expect(fixed.body.state).toBe('in_review')
      const back = await approve(now.id, world.actors.translatorAr)
      expect(back.status).toBe(200)
      expect(back.body.history.slice(-4).map((h) => h.to)).toEqual([
        'withdrawn',
        'in_review',
        'approved',
        'published',
      ])
      expect((await reader!.read('leaflets', id, 'ar'))?.title).toBe('سحب')
    },
    SLOW,
  )
})

describe('8. translation memory by language', () => {
  it('a translator reads only the memory of their languages', async () => {
    const all = await t.payload.find({
      collection: 'translation-memory',
      pagination: false,
      depth: 0,
    })
    expect(new Set(all.docs.map((d) => d.locale)).size).toBeGreaterThan(1)
    const read = await http.rest<{ docs: Array<{ locale: string }>; totalDocs: number }>(
      'GET',
      'translation-memory?limit=1000',
      as(world.actors.translatorAr),
    )
    expect(read.status).toBe(200)
    expect(read.body.totalDocs).toBe(all.docs.filter((d) => d.locale === 'ar').length)
    expect(read.body.docs.every((d) => d.locale === 'ar')).toBe(true)
    const other = await http.rest<{ totalDocs: number }>(
      'GET',
      'translation-memory?where[locale][equals]=tr',
      as(world.actors.translatorAr),
    )
    expect(other.body.totalDocs).toBe(0)
    expect(
      (
        await http.rest<{ totalDocs: number }>(
          'GET',
          'translation-memory?where[locale][equals]=tr',
          as(world.actors.editorBIF),
        )
      ).body.totalDocs,
    ).toBeGreaterThan(0)
  })
})

describe('issue 18.1: a protected term the provider drops never goes live and never poisons memory', () => {
  it('the machine pass re-sends and restores it; a translator text without it is a blocking error; memory never learns it', async () => {
    await t.payload.create({
      collection: 'glossary-terms',
      data: { term: 'MitID', doNotTranslate: true },
    })
    fake.reset()
    fake.dropProtectedCodes(true)
    const id = await publishLeaflet('Log ind', [
      'Du logger ind med MitID, eller ringer på 33 66 33 66.',
    ])
    const machine = await task(id, 'tr')
    const segment = machine.segments.find((s) => s.key === 'body.0')!
    expect(segment.text).toContain('MitID')
    expect(segment.text).toContain('<x id="0"/>')
    expect(segment.qa.filter((q) => q.severity === 'error')).toEqual([])

    const lost = await save(machine.id, tr, {
      segments: [
        {
          key: 'body.0',
          text: 'proton ışını ile giriş yaparsınız veya <x id="0"/> numarayı arayın.',
        },
      ],
    })
    expect(lost.body.segments.find((s) => s.key === 'body.0')!.qa).toContainEqual(
      expect.objectContaining({ code: 'protected-missing', severity: 'error' }),
    )
    const refused = await approve(machine.id, tr)
    expect(refused.status).toBe(409)
    const memory = await t.payload.find({
      collection: 'translation-memory',
      where: { locale: { equals: 'tr' } },
      pagination: false,
      depth: 0,
    })
    const aboutMitID = memory.docs.filter((d) => d.sourceText.includes('MitID'))
    expect(aboutMitID.length).toBeGreaterThan(0)
    expect(aboutMitID.every((d) => d.text.includes('MitID'))).toBe(true)
  })
})
