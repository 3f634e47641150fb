import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  createPseudoProvider,
  MalformedProviderResponseError,
  ProviderAuthError,
  ProviderUnavailableError,
  QuotaExceededError,
  SegmentTooLargeError,
} from '../../../src/translation'
import { createDeeplProvider, createProviderFromEnv, batchTexts } from '../../../src/adapters'
import { type FakeDeepl, startFakeDeepl } from '../../support/fake-deepl-server'

let fake: FakeDeepl
beforeAll(async () => {
  fake = await startFakeDeepl()
})
afterEach(() => fake.reset())
afterAll(async () => fake.close())

const provider = (attempts = 3, timeoutMs = 2000) =>
  createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url, attempts, timeoutMs })

describe('DeepL provider through the real deepl-node client', () => {
  it('translates with XML tag handling, polite formality and the title as context, and records billed characters', async () => {
    const result = await provider().translate({
      texts: ['Ring <b>nu</b> til <x id="0"/>'],
      target: 'tr',
      context: 'Sådan klager du',
      tagHandling: true,
    })
    expect(result.texts).toEqual(['gniR <b>un</b> lit <x id="0"/>'])
    expect(result.billedCharacters).toBe('Ring <b>nu</b> til <x id="0"/>'.length)
    expect(fake.calls[0]).toMatchObject({
      target: 'TR',
      tagHandling: 'xml',
      formality: 'prefer_more',
      context: 'Sådan klager du',
    })
  })

  it('uses EN-GB for English and never sends tag handling to text-only languages', async () => {
    await provider().translate({ texts: ['Hej'], target: 'en', tagHandling: true })
    expect(fake.calls[0].target).toBe('EN-GB')
    await expect(
      provider().translate({ texts: ['Hej'], target: 'ur', tagHandling: true }),
    ).rejects.toThrow('no tag handling for ur')
    await provider().translate({ texts: ['Hej'], target: 'ur', tagHandling: false })
    expect(fake.calls.at(-1)).toMatchObject({ target: 'UR', tagHandling: undefined })
  })

  it('splits into requests of at most 50 texts and 128 KiB', async () => {
    const many = Array.from({ length: 120 }, (_, i) => `Afsnit nummer ${i} med lidt tekst`)
    const result = await provider().translate({ texts: many, target: 'ar', tagHandling: true })
    expect(result.texts).toHaveLength(120)
    expect(fake.calls.map((c) => c.texts.length)).toEqual([50, 50, 20])
    const big = Array.from({ length: 10 }, () => 'æ'.repeat(5000))
    expect(batchTexts(big).length).toBeGreaterThan(1)
    expect(() => batchTexts(['ø'.repeat(30_000)])).toThrow(SegmentTooLargeError)
  })

  it('retries 429 and 5xx with backoff, counting attempts as deepl-node does', async () => {
    fake.injectFaults(429, 503)
    const result = await provider(3).translate({ texts: ['Hej'], target: 'tr', tagHandling: true })
    expect(result.texts).toEqual(['jeH'])
    expect(fake.requests.map((r) => r.status)).toEqual([429, 503, 200])
    fake.reset()
    fake.injectFaults(500, 500, 500)
    await expect(
      provider(3).translate({ texts: ['Hej'], target: 'tr', tagHandling: true }),
    ).rejects.toThrow(ProviderUnavailableError)
    expect(fake.requests).toHaveLength(3)
  }, 30_000)

  it('surfaces quota (456) and authentication (403) as typed errors without retrying', async () => {
    fake.injectFaults(456)
    await expect(
      provider().translate({ texts: ['Hej'], target: 'tr', tagHandling: true }),
    ).rejects.toThrow(QuotaExceededError)
    expect(fake.requests).toHaveLength(1)
    fake.reset()
    await expect(
      createDeeplProvider({ authKey: 'wrong', serverUrl: fake.url, attempts: 3 }).translate({
        texts: ['Hej'],
        target: 'tr',
        tagHandling: true,
      }),
    ).rejects.toThrow(ProviderAuthError)
    expect(fake.requests).toHaveLength(1)
  })

  it('reports timeouts, dropped connections and malformed answers clearly', async () => {
    fake.injectFaults('timeout', 'timeout')
    await expect(
      provider(2, 300).translate({ texts: ['Hej'], target: 'tr', tagHandling: true }),
    ).rejects.toThrow(ProviderUnavailableError)
    fake.reset()
    fake.injectFaults('reset')
    expect(
      (await provider(2).translate({ texts: ['Hej'], target: 'tr', tagHandling: true })).texts,
    ).toEqual(['jeH'])
    fake.reset()
    fake.injectFaults('malformed')
    await expect(
      provider(1).translate({ texts: ['Hej'], target: 'tr', tagHandling: true }),
    ).rejects.toThrow(MalformedProviderResponseError)
  }, 30_000)
})

it('reports a refused connection as the provider being unavailable', async () => {
  const closed = await startFakeDeepl()
  const url = closed.url
  await closed.close()
  await expect(
    createDeeplProvider({ authKey: 'k', serverUrl: url, attempts: 2 }).translate({
      texts: ['Hej'],
      target: 'tr',
      tagHandling: true,
    }),
  ).rejects.toThrow(ProviderUnavailableError)
}, 20_000)

describe('pseudo provider', () => {
  it('is labelled as not a translation, keeps tags and writes RTL languages in Arabic script', async () => {
    const pseudo = createPseudoProvider()
    expect(pseudo.label).toMatch(/NOT a translation/)
    const { texts } = await pseudo.translate({
      texts: ['Ring <b>nu</b> <x id="0"/>'],
      target: 'ar',
      tagHandling: true,
    })
    expect(texts[0]).toMatch(/^⟦ar⟧ \p{Script=Arabic}+ <b>\p{Script=Arabic}+<\/b> <x id="0"\/>$/u)
    const lines: string[] = []
    expect(createProviderFromEnv({}, (l) => lines.push(l))?.name).toBe('pseudo')
    expect(createProviderFromEnv({ DEEPL_AUTH_KEY: 'k', DEEPL_SERVER_URL: fake.url })?.name).toBe(
      'deepl',
    )
  })
})
