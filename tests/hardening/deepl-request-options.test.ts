import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDeeplProvider, createProviderFromEnv } from '../../src/adapters'
import { type FakeDeepl, startFakeDeepl } from '../support/fake-deepl-server'

let fake: FakeDeepl
beforeAll(async () => {
  fake = await startFakeDeepl()
})
afterAll(async () => fake?.close())

describe('what the DeepL client sends (item 9, partly)', () => {
  it('sends tag_handling_version v2 explicitly with XML, and nothing of it without tags', async () => {
    fake.reset()
    const deepl = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url, attempts: 1 })
    await deepl.translate({ texts: ['Ring <b id="1">nu</b>'], target: 'ar', tagHandling: true })
    await deepl.translate({ texts: ['Ring nu'], target: 'ur', tagHandling: false })
    expect(fake.calls.map((c) => [c.target, c.tagHandling, c.tagHandlingVersion])).toEqual([
      ['AR', 'xml', 'v2'],
      ['UR', undefined, undefined],
    ])
  })

  it('passes DEEPL_MODEL_TYPE as model_type and refuses an unknown one at start', async () => {
    fake.reset()
    const provider = createProviderFromEnv({
      DEEPL_AUTH_KEY: fake.authKey,
      DEEPL_SERVER_URL: fake.url,
      DEEPL_MODEL_TYPE: 'quality_optimized',
    })
    await provider!.translate({ texts: ['Hej'], target: 'en', tagHandling: false })
    expect(fake.calls[0].modelType).toBe('quality_optimized')
    expect(() =>
      createProviderFromEnv({ DEEPL_AUTH_KEY: fake.authKey, DEEPL_MODEL_TYPE: 'fastest' }),
    ).toThrow(/DEEPL_MODEL_TYPE must be one of/)
  })
})
