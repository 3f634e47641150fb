/** Issue 18, item 1: a provider that drops protected codes never gets lost text live or into memory. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  InMemoryTranslationMemory,
  segmentDocument,
  translateSegments,
  type GlossaryTerm,
  type TranslatableField,
} from '../../../src/translation'
import { createDeeplProvider } from '../../../src/adapters'
import { type FakeDeepl, startFakeDeepl } from '../../support/fake-deepl-server'

let fake: FakeDeepl
beforeAll(async () => {
  fake = await startFakeDeepl()
})
afterEach(() => fake.reset())
afterAll(async () => fake.close())

const FIELDS: TranslatableField[] = [{ name: 'title', type: 'text' }]
const glossary: GlossaryTerm[] = [{ source: 'MitID', translations: {}, doNotTranslate: true }]
const source = { title: 'Du logger ind med MitID, eller ringer på 33 66 33 66.' }

describe('protected text the provider drops', () => {
  it('is caught, re-sent once as text runs, and comes back complete; memory holds only the complete text', async () => {
    const memory = new InMemoryTranslationMemory()
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    const segments = segmentDocument(source, FIELDS)
    fake.dropProtectedCodes(true)
    const { translations } = await translateSegments({
      segments,
      target: 'tr',
      provider,
      memory,
      glossary,
    })
    expect(fake.calls.map((c) => c.tagHandling ?? 'runs')).toEqual(['xml', 'runs'])
    const [title] = translations
    expect(title.origin).toBe('machine')
    expect(title.text).toContain('MitID')
    expect(title.text).toContain('<x id="0"/>')
    expect(title.qa.filter((q) => q.severity === 'error')).toEqual([])
    expect(
      (await memory.lookup([segments[0].sourceHash], 'tr')).get(segments[0].sourceHash)?.text,
    ).toBe(title.text)
  })

  it('without the re-send the same answer is a blocking QA error (what the check alone would report)', async () => {
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    fake.dropProtectedCodes(true)
    const dropped = await provider.translate({
      texts: ['Du logger ind med <x id="g0"/>.'],
      target: 'tr',
      tagHandling: true,
    })
    const { qaCheckSegment } = await import('../../../src/translation')
    const issues = qaCheckSegment({
      source: 'Du logger ind med MitID.',
      target: dropped.texts[0],
      locale: 'tr',
      glossary,
    })
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'protected-missing', severity: 'error' }),
    )
  })

  it('a remembered translation that lost a protected term is not reused: the segment is translated again', async () => {
    const memory = new InMemoryTranslationMemory()
    const segments = segmentDocument({ title: 'Du logger ind med MitID.' }, FIELDS)
    await memory.record([
      {
        sourceHash: segments[0].sourceHash,
        target: 'tr',
        sourceText: segments[0].text,
        text: 'proton ışını ile giriş yaparsınız.',
        origin: 'human',
      },
    ])
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    const { translations } = await translateSegments({
      segments,
      target: 'tr',
      provider,
      memory,
      glossary,
    })
    expect(fake.calls).toHaveLength(1)
    expect(translations[0]).toMatchObject({ origin: 'machine' })
    expect(translations[0].text).toContain('MitID')
  })

  it('is handed to a translator with the reason when the re-send cannot bring it back either, and memory learns nothing', async () => {
    // "MitID" half bold cannot be shielded as one word, so both the tagged answer and the text runs lose it.
    const memory = new InMemoryTranslationMemory()
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    const segment = {
      key: 'title',
      kind: 'rich' as const,
      text: 'Log ind med Mit<b>ID</b> i dag.',
      slots: [],
      sourceHash: 'half-bold',
    }
    const { translations } = await translateSegments({
      segments: [segment],
      target: 'tr',
      provider,
      memory,
      glossary,
    })
    expect(fake.calls.map((c) => c.tagHandling ?? 'runs')).toEqual(['xml', 'runs'])
    expect(translations[0].origin).toBe('needs-human')
    expect(translations[0].reason).toMatch(/lost protected text.*MitID/)
    expect(translations[0].qa).toContainEqual(
      expect.objectContaining({ code: 'protected-missing', severity: 'error' }),
    )
    expect((await memory.lookup(['half-bold'], 'tr')).size).toBe(0)
  })
})
