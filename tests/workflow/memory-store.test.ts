import { afterAll, beforeAll, expect, it } from 'vitest'
import { payloadTranslationMemory } from '../../plugins/translation-workflow/engine/memoryStore'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

it('stores translation memory in Postgres and prefers approved human entries', async () => {
  const memory = payloadTranslationMemory(t.payload)
  await memory.record([
    {
      sourceHash: 'h1',
      target: 'ar',
      sourceText: 'Hej',
      text: 'آلة',
      origin: 'machine',
      provider: 'deepl',
    },
  ])
  expect(await memory.lookup(['h1', 'h2'], 'ar')).toEqual(
    new Map([['h1', { text: 'آلة', origin: 'machine' }]]),
  )
  await memory.record([
    { sourceHash: 'h1', target: 'ar', sourceText: 'Hej', text: 'مرحبا', origin: 'human' },
  ])
  await memory.record([
    { sourceHash: 'h1', target: 'ar', sourceText: 'Hej', text: 'آلة 2', origin: 'machine' },
  ])
  expect((await memory.lookup(['h1'], 'ar')).get('h1')).toEqual({ text: 'مرحبا', origin: 'human' })
  expect((await memory.lookup(['h1'], 'tr')).size).toBe(0)
  expect((await t.payload.count({ collection: 'translation-memory' })).totalDocs).toBe(2)
})

it('records the same sentence from two jobs at once without failing either (regression: "entryKey is invalid" failed a task)', async () => {
  const memory = payloadTranslationMemory(t.payload)
  const entry = (text: string) => ({
    sourceHash: 'same-letter-greeting',
    target: 'tr' as const,
    sourceText: 'Kære {{citizenName}}',
    text,
    origin: 'machine' as const,
  })
  for (let round = 0; round < 5; round++) {
    const results = await Promise.allSettled([
      memory.record([entry(`Sayın ${round}a`)]),
      memory.record([entry(`Sayın ${round}b`)]),
      memory.record([entry(`Sayın ${round}c`)]),
    ])
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
  }
  expect(
    (
      await t.payload.count({
        collection: 'translation-memory',
        where: { sourceHash: { equals: 'same-letter-greeting' } },
      })
    ).totalDocs,
  ).toBe(1)
})
