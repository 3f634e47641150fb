import { describe, expect, it } from 'vitest'
import {
  analysePlainText,
  analyseReadability,
  buildWordList,
  DEFAULT_PLAIN_WORDS,
  documentBlocks,
  lix,
  lixBand,
  type Readability,
  scoreDocument,
  sentencesOf,
} from '../../src/readability'

const wordList = buildWordList(DEFAULT_PLAIN_WORDS)

function scored(r: Readability) {
  if (r.status !== 'scored') throw new Error(`expected a score, got ${r.status}: ${r.message}`)
  return r
}

describe('LIX against hand-counted Danish', () => {
  it('two short sentences, repeated: 26 words, 4 sentences, 4 long words', () => {
    // Du(2) skal(4) sende(5) ansøgningen(11 L) inden(5) fredag(6).        6 words, 1 long
    // Ring(4) til(3) os(2) hvis(4) du(2) har(3) spørgsmål(9 L).            7 words, 1 long
    // The same again: 26 words, 4 sentences, 4 long.
    // LIX = 26/4 + 4*100/26 = 6.5 + 15.38 = 21.88 → 22, very easy.
    const text =
      'Du skal sende ansøgningen inden fredag. Ring til os, hvis du har spørgsmål. '.repeat(2)
    const r = scored(analysePlainText(text))
    expect(r.counts).toMatchObject({ words: 26, sentences: 4, longWords: 4 })
    expect(r.lix).toBe(21.9)
    expect(r.score).toBe(22)
    expect(r.band).toBe('very-easy')
  })

  it('abbreviations, numbers, ordinals, URLs, e-mail, placeholders and names are words but never long', () => {
    const text = [
      // Ansøgningen(11 L) behandles(9 L) inden(5) den(3) 3.(num) maj(3) jf.(abbr) 12(num) i(1) loven(5).   10 words, 2 long
      'Ansøgningen behandles inden den 3. maj, jf. § 12 i loven.',
      // Beløbet(7 L) på(2) 1.500(num) kr.(abbr) udbetales(9 L) til(3) din(3) NemKonto(name) f.eks.(abbr) via(3) e-Boks(name).   11 words, 2 long
      'Beløbet på 1.500 kr. udbetales til din NemKonto, f.eks. via e-Boks.',
      // Se(2) https://www.kk.dk/ydelser(url) eller(5) skriv(5) til(3) borger@kk.dk(e-mail).   6 words, 0 long
      'Se https://www.kk.dk/ydelser eller skriv til borger@kk.dk.',
      // Brevet(6) bliver(6) sendt(5) til(3) {{navn}}(placeholder) af(2) Borgerservice(name, capital inside the sentence)
      // og(2) du(2) anmodes(7 L) om(2) at(2) fremsende(9 L) dokumenterne(12 L) såfremt(7 L) de(2) forefindes(10 L).   17 words, 5 long
      'Brevet bliver sendt til {{navn}} af Borgerservice, og du anmodes om at fremsende dokumenterne såfremt de forefindes.',
    ].join(' ')
    // 44 words, 4 sentences (no sentence ends at "3.", "jf.", "kr." before a small letter, "f.eks." or inside the URL), 9 long.
    // LIX = 44/4 + 9*100/44 = 11 + 20.45 = 31.45 → 31, easy.
    const r = scored(analysePlainText(text, { wordList }))
    expect(r.counts).toEqual({
      words: 44,
      sentences: 4,
      longWords: 9,
      proseWords: 44,
      placeholders: 1,
      names: 3,
      numbers: 3,
      urls: 2,
      abbreviations: 3,
    })
    expect(r.lix).toBe(31.5)
    expect(r.score).toBe(31)
    expect(r.band).toBe('easy')
  })

  it('a heading and list items end a sentence without a full stop; a colon ends one too', () => {
    const blocks = [
      // Sådan(5) søger(5) du(2) boligstøtte(11 L)   heading: 1 sentence, 4 words, 1 long
      { key: 'title', kind: 'heading' as const, text: 'Sådan søger du boligstøtte' },
      // Du(2) skal(4) bruge(5):  |  ... colon ends the sentence: 3 words
      // dit(3) lejekontrakt(12 L) og(2) din(3) lønseddel(9 L).   5 words, 2 long
      {
        key: 'body.0',
        kind: 'prose' as const,
        text: 'Du skal bruge: dit lejekontrakt og din lønseddel.',
      },
      // MitID(name)   1 word
      { key: 'body.1.0', kind: 'listItem' as const, text: 'MitID' },
      // Dit(3) kontonummer(11 L)   2 words, 1 long
      { key: 'body.1.1', kind: 'listItem' as const, text: 'Dit kontonummer' },
      // Søg(3) på(2) borger.dk(3+2 = 7 letters? no: a word "borger" then "dk" — see below)
      {
        key: 'body.2',
        kind: 'prose' as const,
        text: 'Søg senest den 1. juni, og vent på svar fra os i din digitale postkasse.',
      },
      // Søg(3) senest(6) den(3) 1.(num) juni(4) og(2) vent(4) på(2) svar(4) fra(3) os(2) i(1) din(3) digitale(8 L) postkasse(9 L)   15 words, 2 long
    ]
    // words 4+3+5+1+2+15 = 30; sentences 1+1+1+1+1+1 = 6; long 1+0+2+0+1+2 = 6
    // LIX = 30/6 + 6*100/30 = 5 + 20 = 25 → easy (25 is the first "easy" score).
    const r = scored(analyseReadability(blocks))
    expect(r.counts).toMatchObject({ words: 30, sentences: 6, longWords: 6, names: 1, numbers: 1 })
    expect(r.lix).toBe(25)
    expect(r.band).toBe('easy')
  })

  it('a hard bureaucratic passage scores very hard and gets every kind of hint', () => {
    // Såfremt(7 L) De(2) ønsker(6) at(2) påklage(7 L) nærværende(10 L) afgørelse(9 L) vedrørende(10 L) Deres(5)
    // bevilling(9 L) af(2) personligt(10 L) tillæg(6) skal(4) klagen(6) i(1) henhold(7 L) til(3) gældende(8 L)
    // lovgivning(10 L) fremsendes(10 L) skriftligt(10 L) til(3) forvaltningen(13 L) snarest(7 L) muligt(6)
    // og(2) senest(6) fire(4) uger(4) efter(5) modtagelsen(11 L) af(2) nærværende(10 L) brev(4).
    // 35 words, 1 sentence, 16 long (Såfremt påklage nærværende afgørelse vedrørende bevilling personligt henhold
    // gældende lovgivning fremsendes skriftligt forvaltningen snarest modtagelsen nærværende); "De" and "Deres"
    // are capitalised inside the sentence, so they count as names. LIX = 35/1 + 16*100/35 = 35 + 45.71 = 80.7 → very hard.
    const text =
      'Såfremt De ønsker at påklage nærværende afgørelse vedrørende Deres bevilling af personligt tillæg, skal klagen i henhold til gældende lovgivning fremsendes skriftligt til forvaltningen snarest muligt og senest fire uger efter modtagelsen af nærværende brev.'
    const r = scored(analysePlainText(text, { wordList }))
    expect(r.counts).toMatchObject({ words: 35, sentences: 1, longWords: 16, names: 2 })
    expect(r.lix).toBe(80.7)
    expect(r.band).toBe('very-hard')
    expect(r.hints.longestSentences).toEqual([expect.objectContaining({ words: 35 })])
    const plainer = Object.fromEntries(r.hints.plainerWords.map((h) => [h.word, h]))
    expect(plainer['nærværende']).toMatchObject({ plainer: 'dette, denne', count: 2 })
    expect(plainer['fremsende']).toMatchObject({ plainer: 'sende' })
    expect(plainer['såfremt']).toMatchObject({ plainer: 'hvis' })
    expect(plainer['vedrørende']).toMatchObject({ plainer: 'om' })
    expect(plainer['i henhold til']).toMatchObject({ plainer: 'efter' })
    expect(plainer['snarest muligt']).toMatchObject({ plainer: 'så hurtigt du kan' })
    expect(r.hints.passives.map((p) => p.phrase)).toEqual(['fremsendes'])
  })

  it('the plain rewrite of the same passage is easy', () => {
    // Du(2) kan(3) klage(5) over(4) vores(5) svar(4).                                 6 words, 0 long
    // Send(4) din(3) klage(5) til(3) os(2) senest(6) fire(4) uger(4) efter(5) du(2) fik(3) brevet(6).   12 words, 0 long
    // Skriv(5) til(3) {{sagsbehandler}}(placeholder) hvis(4) du(2) har(3) spørgsmål(9 L).   7 words, 1 long
    // 25 words, 3 sentences, 1 long: LIX = 8.33 + 4 = 12.3 → very easy.
    const text =
      'Du kan klage over vores svar. Send din klage til os senest fire uger efter, du fik brevet. Skriv til {{sagsbehandler}}, hvis du har spørgsmål.'
    const r = scored(analysePlainText(text, { wordList }))
    expect(r.counts).toMatchObject({ words: 25, sentences: 3, longWords: 1, placeholders: 1 })
    expect(r.lix).toBe(12.3)
    expect(r.hints.plainerWords).toEqual([])
    expect(r.hints.passives).toEqual([])
  })

  it('a capitalised word at a sentence start is a name when the text uses it as one elsewhere', () => {
    // Borgerservice(name: capitalised inside the second sentence) hjælper(7 L) dig(3).
    // Ring(4) til(3) Borgerservice(name) i(1) dag(3).
    const r = analysePlainText('Borgerservice hjælper dig. Ring til Borgerservice i dag.')
    expect(r.counts).toMatchObject({ words: 8, longWords: 1, names: 2 })
    // Without the second sentence it is an ordinary sentence-initial word, and long.
    expect(analysePlainText('Borgerservice hjælper dig.').counts).toMatchObject({
      words: 3,
      longWords: 2,
      names: 0,
    })
  })

  it('words from the list are found in their inflected forms', () => {
    const r = analysePlainText(
      'Vi har modtaget din anmodning. Anmodningen blev fremsendt i går, og vi anmoder dig om at foretage en ændring.',
      { wordList },
    )
    const byWord = Object.fromEntries(r.hints.plainerWords.map((h) => [h.word, h.count]))
    expect(byWord).toEqual({ modtage: 1, anmodning: 2, fremsende: 1, anmode: 1, foretage: 1 })
    expect(r.hints.passives.map((p) => p.phrase)).toEqual(['blev fremsendt'])
  })

  it('genitives are not passives; s-passives after modals, "der" and definite nouns are', () => {
    const phrases = (t: string) => analysePlainText(t).hints.passives.map((p) => p.phrase)
    expect(phrases('Se kommunes hjemmeside og dine børns skoles plan.')).toEqual([])
    expect(phrases('Pengene kan ikke udbetales før maj.')).toEqual(['udbetales'])
    expect(phrases('Der udbetales ikke hjælp.')).toEqual(['udbetales'])
    expect(phrases('Ansøgningen behandles hurtigt.')).toEqual(['behandles'])
    expect(phrases('Du er blevet tildelt en plads.')).toEqual(['blevet tildelt'])
  })
})

describe('too short to score says so, with a reason', () => {
  it.each([
    ['', 'empty'],
    ['   \n\n  ', 'empty'],
    ['{{navn}} {{adresse}}\n{{dato}}', 'only-placeholders'],
    [
      '- Pas\n- Sygesikringskort\n- Lejekontrakt\n- Lønsedler for de sidste tre måneder\n- Kontoudtog fra banken for de sidste tre måneder\n- Dokumentation for din uddannelse',
      'only-list',
    ],
    ['Ring til os.', 'too-few-words'],
  ])('%j → %s', (text, reason) => {
    const r = analysePlainText(text)
    expect(r.status).toBe('too-short')
    if (r.status === 'too-short') {
      expect(r.reason).toBe(reason)
      expect(r.message).toMatch(/too short to score|nothing to score/i)
    }
  })

  it('numbered list markers are not counted as sentences', () => {
    const r = analysePlainText('1. Find dit pas\n2. Tag det med')
    expect(r.counts).toMatchObject({ words: 6, sentences: 2, numbers: 0 })
  })
})

describe('sentence splitting', () => {
  it('an abbreviation that ends a list ends the sentence before a capital letter', () => {
    expect(
      sentencesOf('Tag pas, kørekort osv. Kom i god tid.').map((s) => s.tokens.length),
    ).toEqual([4, 4])
    expect(sentencesOf('Vi har fx. Aarhus og bl.a. Odense.').length).toBe(1)
  })

  it('a line break inside a field ends the sentence', () => {
    expect(sentencesOf('Københavns Kommune\nBorgerservice\nRådhuspladsen 1').length).toBe(3)
  })
})

describe('documents and fields', () => {
  it('scores each field and the document from Lexical and plain fields', () => {
    const p = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
    const doc = {
      title: 'Sådan klager du',
      summary: 'Du kan klage over en afgørelse.',
      body: {
        root: {
          type: 'root',
          children: [
            { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Frister' }] },
            p('Du skal sende ansøgningen inden fredag. Ring til os, hvis du har spørgsmål.'),
            {
              type: 'list',
              children: [
                { type: 'listitem', children: [{ type: 'text', text: 'Pas' }] },
                { type: 'listitem', children: [{ type: 'text', text: 'Lejekontrakt' }] },
              ],
            },
            p('Du skal sende ansøgningen inden fredag. Ring til os, hvis du har spørgsmål.'),
          ],
        },
      },
    }
    const blocks = documentBlocks(doc, [
      { name: 'title', type: 'text' },
      { name: 'summary', type: 'textarea' },
      { name: 'body', type: 'richText' },
    ])
    expect(blocks.map((b) => [b.key, b.kind])).toEqual([
      ['title', 'heading'],
      ['summary', 'prose'],
      ['body.0', 'heading'],
      ['body.1', 'prose'],
      ['body.2.0', 'listItem'],
      ['body.2.1', 'listItem'],
      ['body.3', 'prose'],
    ])
    const result = scoreDocument(blocks)
    expect(result.fields.title.status).toBe('too-short')
    expect(result.fields.summary).toMatchObject({ status: 'too-short', reason: 'too-few-words' })
    // body: Frister(7 L) 1 sentence; 26 words/4 sentences/4 long from the paragraphs; Pas(3), Lejekontrakt(12 L)
    // words 1+26+2 = 29, sentences 1+4+2 = 7, long 1+4+1 = 6: LIX = 4.14 + 20.69 = 24.8 → 25
    expect(result.fields.body).toMatchObject({
      status: 'scored',
      lix: 24.8,
      score: 25,
      counts: { words: 29, sentences: 7, longWords: 6 },
    })
    // Document adds the title (3 words, 1 sentence, 0 long: Sådan(5) klager(6) du(2)) and the summary
    // (Du(2) kan(3) klage(5) over(4) en(2) afgørelse(9 L): 6 words, 1 sentence, 1 long).
    // words 38, sentences 9, long 7: LIX = 4.22 + 18.42 = 22.6
    expect(result.document).toMatchObject({
      status: 'scored',
      lix: 22.6,
      counts: { words: 38, sentences: 9, longWords: 7 },
    })
  })
})

describe('the formula', () => {
  it('matches the definition and the bands', () => {
    expect(lix(100, 5, 30)).toBe(50)
    expect(() => lix(0, 0, 0)).toThrow(RangeError)
    expect([24, 24.4, 24.5, 34, 35, 44, 45, 54, 55, 80].map(lixBand)).toEqual([
      'very-easy',
      'very-easy',
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'very-hard',
      'very-hard',
    ])
  })
})
