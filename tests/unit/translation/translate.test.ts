import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { TARGET_LOCALES } from '../../../src/languages'
import {
  applySegmentTranslations,
  glossaryDictionaries,
  hasBlockingIssues,
  InMemoryTranslationMemory,
  qaCheckSegment,
  segmentDocument,
  shieldTerms,
  translateSegments,
  type GlossaryTerm,
  type TranslatableField,
} from '../../../src/translation'
import { createDeeplProvider, syncDeeplGlossary } from '../../../src/adapters'
import { type FakeDeepl, startFakeDeepl } from '../../support/fake-deepl-server'

let fake: FakeDeepl
beforeAll(async () => {
  fake = await startFakeDeepl()
})
afterEach(() => fake.reset())
afterAll(async () => fake.close())

const FIELDS: TranslatableField[] = [
  { name: 'title', type: 'text' },
  { name: 'body', type: 'richText' },
]
const p = (t: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [
    { type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    { type: 'text', text: ' vigtigt', format: 1, detail: 0, mode: 'normal', style: '', version: 1 },
  ],
})
const twentyParagraphs = (changed?: number) => ({
  title: 'Velkommen til København',
  body: {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: Array.from({ length: 20 }, (_, i) =>
        p(`Afsnit ${i === changed ? 'NYT ' : ''}nummer ${i} om hvordan kommunen hjælper dig`),
      ),
    },
  },
})

describe('translating segments: memory first, provider for the rest', () => {
  it('re-translating after a one-paragraph edit sends only that paragraph, in every language', async () => {
    const memory = new InMemoryTranslationMemory()
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    for (const target of TARGET_LOCALES) {
      await translateSegments({
        segments: segmentDocument(twentyParagraphs(), FIELDS),
        target,
        provider,
        memory,
        context: 'Velkommen',
      })
    }
    const firstRound = fake.totalCharacters()
    expect(firstRound).toBeGreaterThan(0)
    fake.reset()
    const edited = segmentDocument(twentyParagraphs(7), FIELDS)
    const changed = edited.find((s) => s.key === 'body.7')!
    let billed = 0
    for (const target of TARGET_LOCALES) {
      const result = await translateSegments({ segments: edited, target, provider, memory })
      billed += result.billedCharacters
      expect(result.translations.filter((t) => t.origin === 'machine').map((t) => t.key)).toEqual(
        target === 'so' ? [] : ['body.7'],
      )
    }
    // en, ar, tr get the markup with tags; ur and fa get the text runs only; so gets nothing.
    const runs = 'Afsnit NYT nummer 7 om hvordan kommunen hjælper dig'.length + 'vigtigt'.length
    expect(fake.calls.map((c) => [c.target, c.characters])).toEqual([
      ['EN-GB', changed.text.length],
      ['AR', changed.text.length],
      ['TR', changed.text.length],
      ['UR', runs],
      ['FA', runs],
    ])
    expect(billed).toBe(fake.totalCharacters())
  })

  it('prefers an approved human translation over a machine one, and translates each distinct text once', async () => {
    const memory = new InMemoryTranslationMemory()
    const segments = segmentDocument(
      {
        title: 'Har du spørgsmål?',
        body: { root: { type: 'root', children: [p('Samme tekst'), p('Samme tekst')] } },
      },
      FIELDS,
    )
    await memory.record([
      {
        sourceHash: segments[0].sourceHash,
        target: 'ar',
        sourceText: segments[0].text,
        text: 'آلة',
        origin: 'machine',
      },
    ])
    await memory.record([
      {
        sourceHash: segments[0].sourceHash,
        target: 'ar',
        sourceText: segments[0].text,
        text: 'هل لديك أسئلة؟',
        origin: 'human',
      },
    ])
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    const result = await translateSegments({ segments, target: 'ar', provider, memory })
    expect(result.translations[0]).toMatchObject({ text: 'هل لديك أسئلة؟', origin: 'memory-human' })
    expect(fake.calls).toHaveLength(1)
    expect(fake.calls[0].texts).toHaveLength(1)
    expect(result.translations[1].text).toBe(result.translations[2].text)
  })

  it('sends nothing for Somali: the task goes to a human translator', async () => {
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    const result = await translateSegments({
      segments: segmentDocument(twentyParagraphs(), FIELDS),
      target: 'so',
      provider,
      memory: new InMemoryTranslationMemory(),
    })
    expect(result.translations.every((t) => t.origin === 'needs-human' && t.text === '')).toBe(true)
    expect(fake.requests).toHaveLength(0)
  })

  it('rebuilds Urdu from separately translated runs with formatting and protected spans in place', async () => {
    const source = {
      title: 'Ring på 33 66 33 66',
      body: { root: { type: 'root', children: [p('Skriv til kontakt@kk.dk')] } },
    }
    const segments = segmentDocument(source, FIELDS)
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    const { translations } = await translateSegments({
      segments,
      target: 'ur',
      provider,
      memory: new InMemoryTranslationMemory(),
    })
    expect(
      fake.calls.every(
        (c) => c.tagHandling === undefined && c.texts.every((t) => !t.includes('<')),
      ),
    ).toBe(true)
    const joined = applySegmentTranslations(
      source,
      FIELDS,
      new Map(translations.map((t) => [t.key, t.text])),
      { direction: 'rtl' },
    )
    expect(joined.title).toMatch(/33 66 33 66$/)
    const children = (
      joined.body as {
        root: { children: Array<{ children: Array<{ text: string; format: number }> }> }
      }
    ).root.children[0].children
    expect(children.at(-1)).toMatchObject({ format: 1 })
    // The provider saw "vigtigt" without its leading space; the space between the runs is kept.
    expect(children.at(-1)!.text).toMatch(/^ \S/)
    expect(children.map((c) => c.text).join('')).toContain('kontakt@kk.dk')
    expect(translations.every((t) => !hasBlockingIssues(t.qa))).toBe(true)
  })
})

describe('glossary do-not-translate terms', () => {
  const glossary: GlossaryTerm[] = [
    { source: 'MitID', translations: {}, doNotTranslate: true },
    { source: 'Borgerservice', translations: {}, doNotTranslate: true },
  ]
  const source = {
    title: 'Log ind med MitID',
    body: { root: { type: 'root', children: [p('Kontakt Borgerservice eller brug mitid')] } },
  }

  it('never reach the provider and come back exactly as the source wrote them, with and without tag support', async () => {
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    for (const target of ['en', 'fa'] as const) {
      const memory = new InMemoryTranslationMemory()
      fake.reset()
      const segments = segmentDocument(source, FIELDS)
      const { translations } = await translateSegments({
        segments,
        target,
        provider,
        memory,
        glossary,
      })
      const sent = fake.calls.flatMap((c) => c.texts).join(' ')
      expect(sent).not.toMatch(/mitid|borgerservice/i)
      const title = translations.find((t) => t.key === 'title')!
      expect(title.text).toMatch(/MitID$/)
      expect(title.origin).toBe('machine')
      const body = translations.find((t) => t.key === 'body.0')!.text
      expect(body).toContain('Borgerservice')
      expect(body).toContain('mitid')
      expect(body).not.toMatch(/id="g\d+"/)
      expect(
        translations
          .flatMap((t) => t.qa)
          .filter(
            (i) =>
              i.code === 'glossary-term-not-used' ||
              i.code === 'protected-missing' ||
              i.code === 'tags-changed',
          ),
      ).toEqual([])
      // Memory keeps the restored text, so a later reuse needs no glossary to be right.
      const stored = await memory.lookup([segments[0].sourceHash], target)
      expect(stored.get(segments[0].sourceHash)?.text).toBe(title.text)
    }
  })

  it('are shielded inside formatting, as whole words only, and restored with the source spelling', () => {
    const shielded = shieldTerms('Log ind med <b>mitid</b> &amp; MitIDs <x id="0"/>', ['MitID'])
    expect(shielded.markup).toBe('Log ind med <b><x id="g0"/></b> &amp; MitIDs <x id="0"/>')
    expect(shielded.restore('Sign in with <b><x id="g0"/></b> &amp; x <x id="0"/>')).toBe(
      'Sign in with <b>mitid</b> &amp; x <x id="0"/>',
    )
    expect(shieldTerms('Ingen termer her', ['MitID']).markup).toBe('Ingen termer her')
  })
})

describe('QA checks', () => {
  const glossary: GlossaryTerm[] = [
    {
      source: 'Borgerrådgiveren',
      translations: { en: 'the Citizens’ Advisor' },
      doNotTranslate: false,
    },
  ]
  const codes = (source: string, target: string, locale: 'en' | 'ar' = 'en') =>
    qaCheckSegment({ source, target, locale, glossary }).map((i) => `${i.severity}:${i.code}`)

  it('accepts a faithful translation', () => {
    expect(
      codes(
        'Ring til <b>Borgerrådgiveren</b> før 1. maj',
        'Call <b>the Citizens’ Advisor</b> before 1 May',
      ),
    ).toEqual([])
  })
  it('flags each kind of problem with its severity', () => {
    expect(codes('Hej', '  ')).toEqual(['error:empty'])
    expect(codes('Ring <b>nu</b>', 'Call <b>now')).toContain('error:tags-unbalanced')
    expect(codes('Ring <x id="0"/> nu', 'Call now')).toContain('error:tags-changed')
    expect(codes('Kære borger', 'Dear {{name}}')).toContain('error:placeholder-added')
    expect(codes('Frist 14 dage', 'Deadline 15 days')).toContain('error:numbers-changed')
    expect(codes('Frist 14 dage', 'مهلة ١٤ يومًا', 'ar')).not.toContain('error:numbers-changed')
    expect(codes('Kontakt Borgerrådgiveren i dag', 'Contact the ombudsman today')).toContain(
      'warning:glossary-term-not-used',
    )
    expect(codes('Du kan altid klage over en afgørelse fra kommunen', 'Complain')).toContain(
      'warning:length-ratio',
    )
    expect(
      codes('Du kan klage over afgørelsen', 'You can complain about the decision', 'ar'),
    ).toContain('error:wrong-script')
    expect(codes('Velkommen til kommunen', 'Velkommen til kommunen')).toContain(
      'warning:untranslated',
    )
  })
  it('does not count names kept as written against the target script', () => {
    const keep: GlossaryTerm[] = [
      { source: 'Borgerrådgiveren', translations: {}, doNotTranslate: true },
    ]
    const check = (g?: GlossaryTerm[]) =>
      qaCheckSegment({
        source: 'Skriv til Borgerrådgiveren',
        target: 'اكتب إلى Borgerrådgiveren',
        locale: 'ar',
        glossary: g,
      }).map((i) => i.code)
    expect(check()).toContain('wrong-script')
    expect(check(keep)).toEqual([])
  })
  it('lets warnings through and blocks on errors', () => {
    expect(
      hasBlockingIssues(
        qaCheckSegment({
          source: 'Velkommen til kommunen',
          target: 'Velkommen til kommunen',
          locale: 'en',
        }),
      ),
    ).toBe(false)
    expect(
      hasBlockingIssues(
        qaCheckSegment({ source: 'Frist 14 dage', target: 'Deadline 15 days', locale: 'en' }),
      ),
    ).toBe(true)
  })
})

describe('glossary', () => {
  const terms: GlossaryTerm[] = [
    {
      source: 'Borgerrådgiveren',
      translations: { en: 'the Citizens’ Advisor', ar: 'مستشار المواطنين', ur: 'شہری مشیر' },
      doNotTranslate: false,
    },
    { source: 'MitID', translations: {}, doNotTranslate: true },
  ]
  it('builds DeepL dictionaries only for languages with glossary support', () => {
    expect(glossaryDictionaries(terms).map((d) => d.target)).toEqual(['en', 'ar', 'tr'])
    expect(glossaryDictionaries(terms).find((d) => d.target === 'tr')!.entries).toEqual({
      MitID: 'MitID',
    })
  })
  it('creates a multilingual glossary on the DeepL-compatible server and replaces its dictionaries later', async () => {
    const id = await syncDeeplGlossary({ authKey: fake.authKey, serverUrl: fake.url }, terms)
    expect(id).toBeTruthy()
    expect(
      fake.glossaries
        .get(id!)!
        .dictionaries.map((d) => d.target_lang)
        .sort(),
    ).toEqual(['ar', 'en', 'tr'])
    await syncDeeplGlossary(
      { authKey: fake.authKey, serverUrl: fake.url },
      [{ ...terms[0], translations: { en: 'the Ombudsman' } }],
      id!,
    )
    expect(
      fake.glossaries.get(id!)!.dictionaries.find((d) => d.target_lang === 'en')!.entries,
    ).toEqual({ Borgerrådgiveren: 'the Ombudsman' })
  })
})
