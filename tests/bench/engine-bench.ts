import { TARGET_LOCALES } from '../../src/languages'
import {
  applySegmentTranslations,
  InMemoryTranslationMemory,
  segmentDocument,
  translateSegments,
  type TranslatableField,
} from '../../src/translation'
import { createDeeplProvider } from '../../src/adapters'
import { startFakeDeepl } from '../support/fake-deepl-server'

const FIELDS: TranslatableField[] = [
  { name: 'title', type: 'text' },
  { name: 'body', type: 'richText' },
]

function paragraph(i: number, edited = false) {
  const text = (t: string, format = 0) => ({
    type: 'text',
    text: t,
    format,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  return {
    type: 'paragraph',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    textFormat: 0,
    children: [
      text(
        `${edited ? 'Fra 1. januar ' : ''}Afsnit ${i}: Kommunen hjælper dig med bolig, arbejde og skole. Ring på `,
      ),
      text('33 66 33 66', 1),
      text(' eller skriv til '),
      {
        type: 'link',
        fields: { url: 'https://www.kk.dk/kontakt', newTab: false, linkType: 'custom' },
        format: '',
        indent: 0,
        version: 3,
        direction: 'ltr',
        children: [text('kk.dk/kontakt')],
      },
      text('.'),
    ],
  }
}

function documentWith(paragraphs: number, editedIndex?: number) {
  return {
    title: 'Velkommen til København',
    body: {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: Array.from({ length: paragraphs }, (_, i) => paragraph(i, i === editedIndex)),
      },
    },
  }
}

/** Characters billed for a one-paragraph edit ÷ characters that changed; segment+join throughput. */
export async function runEngineBench(): Promise<Record<string, number>> {
  const fake = await startFakeDeepl()
  try {
    const provider = createDeeplProvider({ authKey: fake.authKey, serverUrl: fake.url })
    const memory = new InMemoryTranslationMemory()
    for (const target of TARGET_LOCALES)
      await translateSegments({
        segments: segmentDocument(documentWith(20), FIELDS),
        target,
        provider,
        memory,
      })
    const before = new Map(segmentDocument(documentWith(20), FIELDS).map((s) => [s.key, s.text]))
    const edited = segmentDocument(documentWith(20, 7), FIELDS)
    const changedChars = edited
      .filter((s) => before.get(s.key) !== s.text)
      .reduce((n, s) => n + s.text.length, 0)
    let billed = 0
    let languagesSent = 0
    for (const target of TARGET_LOCALES) {
      const result = await translateSegments({ segments: edited, target, provider, memory })
      billed += result.billedCharacters
      if (result.billedCharacters > 0) languagesSent++
    }
    const big = documentWith(200)
    const iterations = 20
    const started = performance.now()
    let segments = 0
    for (let i = 0; i < iterations; i++) {
      const s = segmentDocument(big, FIELDS)
      applySegmentTranslations(big, FIELDS, new Map(s.map((x) => [x.key, x.text])))
      segments += s.length
    }
    const seconds = (performance.now() - started) / 1000
    return {
      billed_chars_one_paragraph_edit: billed,
      changed_chars_per_language: changedChars,
      languages_machine_translated: languagesSent,
      billed_per_changed_char: billed / (changedChars * languagesSent),
      segment_join_segments_per_s: segments / seconds,
    }
  } finally {
    await fake.close()
  }
}

if (process.argv[1]?.endsWith('engine-bench.ts')) {
  console.log(await runEngineBench())
}
