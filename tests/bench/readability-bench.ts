import {
  buildWordList,
  createBlockCache,
  DEFAULT_PLAIN_WORDS,
  documentBlocks,
  type ReadableField,
  scoreDocument,
} from '../../src/readability'

const FIELDS: ReadableField[] = [
  { name: 'title', type: 'text' },
  { name: 'summary', type: 'textarea' },
  { name: 'body', type: 'richText' },
]

/** Sentences from real municipal letters, plain and bureaucratic, with abbreviations, numbers, URLs and placeholders. */
const SENTENCES = [
  'Du skal sende ansøgningen inden fredag.',
  'Ring til os på 33 66 33 66, hvis du har spørgsmål.',
  'Såfremt De ønsker at påklage nærværende afgørelse, skal klagen fremsendes skriftligt til forvaltningen.',
  'Beløbet på 1.500 kr. udbetales til din NemKonto den 3. i måneden, jf. § 12.',
  'Læs mere på https://www.kk.dk/ydelser eller skriv til borgerservice@kk.dk.',
  'Kære {{navn}}, vi har modtaget din anmodning om boligstøtte.',
  'Ansøgningen behandles normalt inden for fire uger, f.eks. hvis alle bilag er vedlagt.',
  'Du bliver indkaldt til en samtale med din sagsbehandler i Jobcenter København.',
]

function paragraph(i: number, edit = '') {
  const words = [0, 1, 2, 3, 4].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ')
  return {
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', text: `${edit}${words}`, format: 0, version: 1 }],
  }
}

function documentOf(paragraphs: number, edited?: { index: number; text: string }) {
  return {
    title: 'Velkommen til København',
    summary: 'Her kan du læse, hvad kommunen kan hjælpe dig med.',
    body: {
      root: {
        type: 'root',
        children: Array.from({ length: paragraphs }, (_, i) =>
          paragraph(i, edited?.index === i ? edited.text : ''),
        ),
      },
    },
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** LIX and hints for a 20,000-word document: a cold read, and the recompute after each keystroke. */
export async function runReadabilityBench(): Promise<Record<string, number>> {
  const wordList = buildWordList(DEFAULT_PLAIN_WORDS)
  let paragraphs = 1
  while (
    scoreDocument(documentBlocks(documentOf(paragraphs), FIELDS)).document.counts.words < 20_000
  )
    paragraphs *= 2
  // Narrow down to the first size with at least 20,000 words.
  let low = paragraphs / 2
  while (paragraphs - low > 1) {
    const mid = Math.floor((low + paragraphs) / 2)
    if (scoreDocument(documentBlocks(documentOf(mid), FIELDS)).document.counts.words >= 20_000)
      paragraphs = mid
    else low = mid
  }
  const words = scoreDocument(documentBlocks(documentOf(paragraphs), FIELDS)).document.counts.words

  const cold: number[] = []
  for (let i = 0; i < 10; i++) {
    const doc = documentOf(paragraphs, { index: i, text: `Ændring ${i}. ` })
    const start = performance.now()
    scoreDocument(documentBlocks(doc, FIELDS), { wordList })
    cold.push(performance.now() - start)
  }

  // As the editor types: one paragraph changes by one character per keystroke; the cache keeps the rest.
  const cache = createBlockCache()
  scoreDocument(documentBlocks(documentOf(paragraphs), FIELDS), { wordList, cache })
  const keystroke: number[] = []
  let typed = ''
  for (let i = 0; i < 200; i++) {
    typed += 'abcdefghij '[i % 11]
    const doc = documentOf(paragraphs, { index: Math.floor(paragraphs / 2), text: typed })
    const start = performance.now()
    scoreDocument(documentBlocks(doc, FIELDS), { wordList, cache })
    keystroke.push(performance.now() - start)
  }
  return {
    document_words: words,
    full_recompute_p50_ms: percentile(cold, 50),
    keystroke_recompute_p50_ms: percentile(keystroke, 50),
    keystroke_recompute_p95_ms: percentile(keystroke, 95),
  }
}
