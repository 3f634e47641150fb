import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDeeplProvider, fetchDeeplCapabilities } from '../../../src/adapters'
import {
  capabilitiesFromDeepl,
  FALLBACK_CAPABILITIES,
  type MachineTranslationCapabilities,
  routeOf,
} from '../../../src/translation'
import { type FakeDeepl, startFakeDeepl, type V3Language } from '../../support/fake-deepl-server'

let fake: FakeDeepl
beforeAll(async () => {
  fake = await startFakeDeepl()
})
afterAll(async () => fake?.close())

const connection = () => ({ authKey: fake.authKey, serverUrl: fake.url, attempts: 1 })
const now = new Date('2026-11-26T04:00:00Z')

/** The fake's default list with Urdu's features replaced. */
function urduWith(features: V3Language['features']): V3Language[] {
  return fake
    .defaultLanguages('translate_text')
    .map((l) => (l.lang === 'ur' ? { ...l, features } : l))
}

describe("DeepL's capabilities, read from /v3/languages (issue 12 item 9)", () => {
  it("today's table is the fallback: Urdu and Persian as text runs, Somali to a person", () => {
    const route = (l: keyof MachineTranslationCapabilities['languages']) =>
      routeOf(FALLBACK_CAPABILITIES.languages[l])
    expect([route('ar'), route('ur'), route('fa'), route('so')]).toEqual([
      'tags',
      'runs',
      'runs',
      'none',
    ])
    expect(FALLBACK_CAPABILITIES.languages.ur.glossary).toBe(false)
  })

  it('reads the default list through the real client as the same table', async () => {
    const read = await fetchDeeplCapabilities(connection(), now)
    expect(read.origin).toBe('deepl')
    expect(read.checkedAt).toBe(now.toISOString())
    expect(read.languages).toEqual(FALLBACK_CAPABILITIES.languages)
    const paths = fake.requests.filter((r) => r.path === '/v3/languages')
    expect(paths.map((r) => r.status)).toEqual([200, 200])
  })

  it('routes Urdu with tags, and gives it a glossary, once DeepL says it takes them', async () => {
    fake.setLanguages('translate_text', urduWith({ tag_handling: { status: 'stable' } }))
    let read = await fetchDeeplCapabilities(connection(), now)
    expect(read.languages.ur).toEqual({ translate: true, tagHandling: true, glossary: false })
    // A glossary also needs the glossary resource to list the language.
    fake.setLanguages(
      'translate_text',
      urduWith({ tag_handling: { status: 'stable' }, glossary: { status: 'stable' } }),
    )
    fake.setLanguages('glossary', [
      ...fake.defaultLanguages('glossary'),
      { ...fake.defaultLanguages('glossary')[0], lang: 'ur', name: 'Urdu' },
    ])
    read = await fetchDeeplCapabilities(connection(), now)
    expect(read.languages.ur).toEqual({ translate: true, tagHandling: true, glossary: true })

    // The provider follows the reading: tags (and the glossary) go to Urdu.
    fake.calls.length = 0
    const deepl = createDeeplProvider({ ...connection(), capabilities: () => read })
    await deepl.translate({
      texts: ['Ring <b id="1">nu</b>'],
      target: 'ur',
      tagHandling: true,
      glossaryId: 'g-1',
    })
    expect(fake.calls.map((c) => [c.target, c.tagHandling, c.glossaryId])).toEqual([
      ['UR', 'xml', 'g-1'],
    ])
    // With the fallback table the same request is refused before it is sent.
    await expect(
      createDeeplProvider({
        ...connection(),
        capabilities: () => FALLBACK_CAPABILITIES,
      }).translate({ texts: ['Ring <b id="1">nu</b>'], target: 'ur', tagHandling: true }),
    ).rejects.toThrow(/no tag handling for ur/)
    fake.reset()
  })

  it('offers Somali to the machine the day DeepL lists it as a target', () => {
    const list = [
      ...fake.defaultLanguages('translate_text'),
      { lang: 'so', name: 'Somali', usable_as_source: true, usable_as_target: true, features: {} },
    ]
    const read = capabilitiesFromDeepl(list, fake.defaultLanguages('glossary'), now)
    expect(routeOf(read.languages.so)).toBe('runs')
  })

  it("needs tag handling on Danish's side too, as DeepL documents for source-and-target features", () => {
    const list = fake
      .defaultLanguages('translate_text')
      .map((l) => (l.lang === 'da' ? { ...l, features: {} } : l))
    const read = capabilitiesFromDeepl(list, fake.defaultLanguages('glossary'), now)
    expect(routeOf(read.languages.ar)).toBe('runs')
    expect(read.languages.ar.glossary).toBe(false)
  })

  it("reads DeepL's beta shape too (features as a list of names)", () => {
    const list = fake
      .defaultLanguages('translate_text')
      .map((l) => ({ ...l, features: Object.keys(l.features) }))
    const read = capabilitiesFromDeepl(list, fake.defaultLanguages('glossary'), now)
    expect(read.languages).toEqual(FALLBACK_CAPABILITIES.languages)
  })

  it.each([
    ['an HTTP 500', { status: 500 }, /500|Temporary failure/],
    ['HTML instead of JSON', { raw: '<html>maintenance</html>' }, /did not answer JSON/],
    ['an object instead of a list', { raw: '{"languages": 3}' }, /non-empty list/],
    ['entries without codes', { raw: '[{"name": "Arabic"}]' }, /without a "lang" code/],
    [
      'a list without Danish',
      { raw: '[{"lang": "ar", "usable_as_target": true, "features": {}}]' },
      /Danish is not listed/,
    ],
    [
      'features of the wrong type',
      { raw: '[{"lang": "da", "usable_as_source": true, "features": 7}]' },
      /neither an object nor a list/,
    ],
  ] as const)(
    'refuses %s with a clear error (the caller keeps what it had)',
    async (_, answer, error) => {
      fake.setLanguages('translate_text', answer)
      await expect(fetchDeeplCapabilities(connection(), now)).rejects.toThrow(error)
      fake.reset()
    },
  )

  it('asks with the account key, as every other DeepL call does', async () => {
    await expect(
      fetchDeeplCapabilities({ ...connection(), authKey: 'not-the-key' }, now),
    ).rejects.toThrow(/Authorization failure/)
  })
})
