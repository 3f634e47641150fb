/**
 * The editable list of Danish words with a plainer alternative ("fremsende" → "sende").
 * Entries are base forms; inflected forms are found by their endings, so "fremsendes",
 * "fremsendte" and "anmodningen" match without listing them. Multi-word entries
 * ("i henhold til") are matched as phrases.
 */

export interface PlainWordEntry {
  /** The word or phrase to avoid, base form, lower case. */
  word: string
  /** What to write instead. */
  plainer: string
  /** Why, or when the word is still right. */
  note?: string | null
}

export interface PlainWordList {
  lookup(word: string): PlainWordEntry | null
  phrases: ReadonlyArray<PlainWordEntry>
  size: number
}

/** Danish inflection endings, longest first: nouns (-en, -erne), verbs (-er, -ede, -es, -t), adjectives (-e). */
const ENDINGS = [
  'erne',
  'ende',
  'ene',
  'ede',
  'ets',
  'ens',
  'ers',
  'er',
  'en',
  'et',
  'es',
  'te',
  'ne',
  'e',
  'r',
  's',
  't',
  'n',
]

export function normaliseEntryWord(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ')
}

export function buildWordList(entries: ReadonlyArray<PlainWordEntry>): PlainWordList {
  const byStem = new Map<string, PlainWordEntry>()
  const phrases: PlainWordEntry[] = []
  for (const raw of entries) {
    const word = normaliseEntryWord(raw.word)
    if (!word) continue
    const entry = { ...raw, word }
    if (word.includes(' ')) {
      phrases.push(entry)
      continue
    }
    byStem.set(word, entry)
    // "fremsende" is also the stem "fremsend" of "fremsendt", "fremsendte".
    if (word.length > 4 && word.endsWith('e') && !byStem.has(word.slice(0, -1)))
      byStem.set(word.slice(0, -1), entry)
  }
  return {
    phrases,
    size: byStem.size + phrases.length,
    lookup(token: string) {
      const word = token.toLowerCase()
      const exact = byStem.get(word)
      if (exact) return exact
      for (const ending of ENDINGS) {
        if (word.length - ending.length < 3 || !word.endsWith(ending)) continue
        const found = byStem.get(word.slice(0, -ending.length))
        if (found) return found
      }
      return null
    },
  }
}

/** The seed list (editable in the admin as "Plain words"); also what the unit tests use. */
export const DEFAULT_PLAIN_WORDS: ReadonlyArray<PlainWordEntry> = [
  { word: 'anmode', plainer: 'bede', note: '"Vi beder dig" er mere direkte end "Du anmodes om".' },
  {
    word: 'anmodning',
    plainer: 'ønske, spørgsmål',
    note: 'Sig hvad borgeren bad om: "Du har spurgt om …".',
  },
  { word: 'fremsende', plainer: 'sende' },
  { word: 'modtage', plainer: 'få' },
  { word: 'foretage', plainer: 'gøre, lave' },
  { word: 'iværksætte', plainer: 'sætte i gang, begynde' },
  { word: 'påbegynde', plainer: 'begynde' },
  { word: 'endvidere', plainer: 'også' },
  { word: 'herudover', plainer: 'desuden, også' },
  { word: 'ligeledes', plainer: 'også' },
  { word: 'såfremt', plainer: 'hvis' },
  { word: 'idet', plainer: 'fordi' },
  { word: 'hvorvidt', plainer: 'om' },
  {
    word: 'jævnfør',
    plainer: 'se, efter',
    note: 'Henvis til reglen i en parentes eller i en note.',
  },
  { word: 'vedrørende', plainer: 'om' },
  { word: 'yderligere', plainer: 'mere' },
  { word: 'fornøden', plainer: 'nødvendig' },
  { word: 'eventuelt', plainer: 'måske, hvis' },
  { word: 'nærværende', plainer: 'dette, denne' },
  { word: 'pågældende', plainer: 'den, det, du', note: 'Skriv til borgeren som "du".' },
  { word: 'underrette', plainer: 'give besked, fortælle' },
  { word: 'orientere', plainer: 'fortælle' },
  { word: 'tilstrækkelig', plainer: 'nok' },
  { word: 'forefindes', plainer: 'findes, er' },
  { word: 'forinden', plainer: 'før' },
  { word: 'efterfølgende', plainer: 'bagefter, senere' },
  { word: 'tilkendegive', plainer: 'sige, fortælle' },
  { word: 'imødese', plainer: 'vente på, se frem til' },
  { word: 'fremadrettet', plainer: 'fremover, fra nu af' },
  { word: 'således', plainer: 'sådan' },
  { word: 'bevilge', plainer: 'give' },
  {
    word: 'berettiget',
    plainer: 'har ret til',
    note: '"Du har ret til" i stedet for "Du er berettiget til".',
  },
  { word: 'i henhold til', plainer: 'efter' },
  { word: 'med henblik på', plainer: 'for at' },
  { word: 'snarest muligt', plainer: 'så hurtigt du kan' },
  { word: 'i indeværende år', plainer: 'i år' },
  { word: 'i forbindelse med', plainer: 'når, ved' },
]
