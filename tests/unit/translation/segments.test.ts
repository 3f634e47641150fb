import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LexicalNode } from '../../../src/translation/inline'
import { markupToInline, SegmentMarkupError } from '../../../src/translation/inline'
import {
  applySegmentTranslations,
  segmentDocument,
  type TranslatableField,
} from '../../../src/translation/segments'

const FIELDS: TranslatableField[] = [
  { name: 'title', type: 'text' },
  { name: 'summary', type: 'textarea' },
  { name: 'body', type: 'richText' },
  {
    name: 'variants',
    type: 'array',
    fields: [
      { name: 'heading', type: 'text' },
      { name: 'body', type: 'richText' },
    ],
  },
]

const text = (t: string, format = 0): LexicalNode => ({
  type: 'text',
  text: t,
  format,
  style: '',
  detail: 0,
  mode: 'normal',
  version: 1,
})
const block = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
  ...extra,
})
const doc = (...children: LexicalNode[]) => ({ root: block('root', children) })

/** Lexical merges neighbouring text nodes with the same formatting; generated trees must too. */
function normalise(nodes: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const node of nodes) {
    if (node.type === 'text' && !node.text) continue
    const last = out[out.length - 1]
    if (
      node.type === 'text' &&
      last?.type === 'text' &&
      last.format === node.format &&
      last.style === node.style &&
      last.detail === node.detail &&
      last.mode === node.mode
    ) {
      last.text += node.text!
    } else out.push(node.children ? { ...node, children: normalise(node.children) } : node)
  }
  return out
}

const words = fc.constantFrom(
  'Ring',
  'til',
  'Borgerrådgiveren',
  'på',
  '33 66 33 66',
  'kontakt@kk.dk',
  'https://www.kk.dk/klage',
  '{{citizenName}}',
  'a < b & c > d',
  '"citat"',
  'مرحبا',
  'æøå',
  ' ',
  '.',
  '1.000 kr.',
)
const textNode = fc
  .record({
    words: fc.array(words, { minLength: 1, maxLength: 5 }),
    format: fc.integer({ min: 0, max: 127 }),
    style: fc.constantFrom('', 'color: red'),
  })
  .map(({ words: w, format, style }) => ({ ...text(w.join(' '), format), style }))
const inlineNode: fc.Arbitrary<LexicalNode> = fc.oneof(
  { weight: 6, arbitrary: textNode },
  { weight: 1, arbitrary: fc.constant({ type: 'linebreak', version: 1 }) },
  {
    weight: 1,
    arbitrary: fc.array(textNode, { minLength: 1, maxLength: 3 }).map((children) =>
      block('link', children, {
        fields: { url: 'https://www.kk.dk', newTab: false, linkType: 'custom' },
        id: 'abc',
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constant({
      type: 'inlineBlock',
      version: 1,
      fields: { blockType: 'x', id: '1' },
    }),
  },
)
const inlines = fc.array(inlineNode, { minLength: 1, maxLength: 6 })
const listItem = (depth: number): fc.Arbitrary<LexicalNode> =>
  depth > 1
    ? inlines.map((c) => block('listitem', c, { value: 1 }))
    : fc
        .tuple(
          inlines,
          fc.option(fc.array(listItem(depth + 1), { minLength: 1, maxLength: 2 }), {
            nil: undefined,
          }),
        )
        .map(([c, nested]) =>
          block(
            'listitem',
            nested ? [...c, block('list', nested, { listType: 'bullet', tag: 'ul', start: 1 })] : c,
            { value: 1 },
          ),
        )
const blockNode = fc.oneof(
  inlines.map((c) => block('paragraph', c, { textFormat: 0 })),
  inlines.map((c) => block('heading', c, { tag: 'h2' })),
  inlines.map((c) => block('quote', c)),
  fc
    .array(listItem(0), { minLength: 1, maxLength: 3 })
    .map((items) => block('list', items, { listType: 'number', tag: 'ol', start: 1 })),
  fc.constant({ type: 'horizontalrule', version: 1 } as LexicalNode),
)
const lexicalDoc = fc
  .array(blockNode, { minLength: 1, maxLength: 6 })
  .map((blocks) => ({ root: { ...block('root', blocks), children: normalise(blocks) } }))

describe('segmenter', () => {
  it('round-trips generated Lexical documents losslessly (segment → join)', () => {
    fc.assert(
      fc.property(lexicalDoc, fc.string(), (body, title) => {
        const source = {
          title: title.replace(/\n/g, ' '),
          summary: 'Linje 1\nLinje 2 {{x}}',
          body,
          variants: [{ id: 'row1', heading: 'Til familier', body }],
        }
        const segments = segmentDocument(source, FIELDS)
        const joined = applySegmentTranslations(
          source,
          FIELDS,
          new Map(segments.map((s) => [s.key, s.text])),
        )
        expect(joined.body).toEqual(body)
        expect(joined.summary).toBe(source.summary)
        expect((joined.variants as Array<{ body: unknown; heading: string }>)[0]).toEqual({
          heading: 'Til familier',
          body,
        })
        if (/[\p{L}\p{N}]/u.test(source.title)) expect(joined.title).toBe(source.title)
      }),
      { numRuns: 200 },
    )
  })

  it('sends inline marks as tags and never block structure', () => {
    const body = doc(
      block('heading', [text('Sådan klager du')], { tag: 'h2' }),
      block('paragraph', [
        text('Ring på '),
        text('33 66 33 66', 1),
        { type: 'linebreak', version: 1 },
        block('link', [text('læs mere')], { fields: { url: 'https://www.kk.dk/klage' } }),
      ]),
      block(
        'list',
        [block('listitem', [text('Skriv til '), text('{{caseworkerName}}', 2)], { value: 1 })],
        { listType: 'bullet' },
      ),
    )
    const segments = segmentDocument({ body }, [{ name: 'body', type: 'richText' }])
    expect(segments.map((s) => [s.key, s.text])).toEqual([
      ['body.0', 'Sådan klager du'],
      ['body.1', 'Ring på <b><x id="0"/></b><br/><a id="1">læs mere</a>'],
      ['body.2.0', 'Skriv til <i><x id="0"/></i>'],
    ])
    expect(segments[1].slots[0]).toEqual({ kind: 'protected', text: '33 66 33 66' })
    expect(JSON.stringify(segments.map((s) => s.text))).not.toMatch(
      /paragraph|heading|listitem|https/,
    )
  })

  it('protects URLs, e-mails, phone numbers, placeholders and do-not-translate terms', () => {
    const [segment] = segmentDocument(
      {
        title:
          'Skriv til kontakt@kk.dk, ring +45 33 66 33 66, se www.kk.dk/borger eller {{ meetingPlace }} hos Borgerrådgiveren.',
      },
      [{ name: 'title', type: 'text' }],
      { doNotTranslate: ['Borgerrådgiveren'] },
    )
    expect(segment.slots.map((s) => (s.kind === 'protected' ? s.text : s.kind))).toEqual([
      'kontakt@kk.dk',
      '+45 33 66 33 66',
      'www.kk.dk/borger',
      '{{ meetingPlace }}',
      'Borgerrådgiveren',
    ])
    expect(segment.text).toBe(
      'Skriv til <x id="0"/>, ring <x id="1"/>, se <x id="2"/> eller <x id="3"/> hos <x id="4"/>.',
    )
  })

  it('keeps hashes stable and specific: same text same hash, a changed URL a new hash', () => {
    const a = segmentDocument(
      {
        body: doc(
          block('paragraph', [block('link', [text('her')], { fields: { url: 'https://a.dk' } })]),
        ),
      },
      [{ name: 'body', type: 'richText' }],
    )
    const b = segmentDocument(
      {
        body: doc(
          block('paragraph', [block('link', [text('her')], { fields: { url: 'https://a.dk' } })]),
        ),
      },
      [{ name: 'body', type: 'richText' }],
    )
    const c = segmentDocument(
      {
        body: doc(
          block('paragraph', [block('link', [text('her')], { fields: { url: 'https://b.dk' } })]),
        ),
      },
      [{ name: 'body', type: 'richText' }],
    )
    expect(a[0].sourceHash).toBe(b[0].sourceHash)
    expect(a[0].sourceHash).not.toBe(c[0].sourceHash)
  })

  it('rebuilds a translation with reordered tags and rejects markup that does not fit', () => {
    const body = doc(
      block('paragraph', [text('Ring '), text('nu', 1), text(' på '), text('tlf', 2)]),
    )
    const [segment] = segmentDocument({ body }, [{ name: 'body', type: 'richText' }])
    const joined = applySegmentTranslations(
      { body },
      [{ name: 'body', type: 'richText' }],
      new Map([['body.0', '<i>tlf</i> على <b>الآن</b> اتصل']]),
      { direction: 'rtl' },
    )
    const paragraph = (joined.body as { root: LexicalNode }).root.children![0]
    expect(paragraph.direction).toBe('rtl')
    expect(paragraph.children!.map((n) => [n.text, n.format])).toEqual([
      ['tlf', 2],
      [' على ', 0],
      ['الآن', 1],
      [' اتصل', 0],
    ])
    expect(() => markupToInline('<b>open', segment.slots)).toThrow(SegmentMarkupError)
    expect(() => markupToInline('<a id="7">x</a>', segment.slots)).toThrow(
      'does not belong to this segment',
    )
  })
})
