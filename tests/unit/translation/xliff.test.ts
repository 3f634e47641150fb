import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeText } from '../../../src/translation/markup'
import { buildXliff, markupToXliff, parseXliff, XliffError } from '../../../src/translation/xliff'

const text = fc
  .constantFrom(
    'Ring til ',
    'Borgerrådgiveren',
    'a < b & c > d',
    '"citat" \'enkelt\'',
    'مرحبا بكم',
    ' ',
    '  to mellemrum  ',
    'æøå\n',
    '1.000 kr.',
  )
  .map(escapeText)
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { weight: 5, arbitrary: text },
    { weight: 1, arbitrary: fc.constant('<br/>') },
    { weight: 1, arbitrary: fc.nat(9).map((n) => `<x id="${n}"/>`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('b', 'i', 'u', 's', 'code', 'sub', 'sup'), tie('nodes'))
        .map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('a', 'f'), fc.nat(9), tie('nodes'))
        .map(([tag, id, inner]) => `<${tag} id="${id}">${inner}</${tag}>`),
    },
  ),
  nodes: fc.array(tie('node'), { minLength: 0, maxLength: 4 }).map((parts) => parts.join('')),
})).nodes

const file = (units: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"${extra}>
  <file original="leaflets/7" source-language="da" target-language="ar" datatype="x-lexical-segments"><body>${units}</body></file>
</xliff>`

describe('XLIFF 1.2 exchange', () => {
  it('round-trips any segment markup through export and import, source and target', () => {
    fc.assert(
      fc.property(markup, markup, (source, target) => {
        const xml = buildXliff([
          {
            original: 'leaflets/7',
            sourceLanguage: 'da',
            targetLanguage: 'ar',
            title: 'Sådan klager du',
            units: [{ id: 'body.0', source, target, notes: ['QA: check'] }],
          },
        ])
        const [parsed] = parseXliff(xml)
        expect(parsed.units[0].source).toBe(source)
        expect(parsed.units[0].target ?? '').toBe(target)
      }),
      { numRuns: 300 },
    )
  })

  it('writes standard inline codes a CAT tool shows as tags', () => {
    expect(markupToXliff('Ring <b>nu</b> på <x id="0"/><br/><a id="1">her</a>')).toBe(
      'Ring <g id="b.1" ctype="bold">nu</g> på <x id="x.0" ctype="x-protected"/><x id="br.2" ctype="lb"/><g id="a.1" ctype="link">her</g>',
    )
    const files = parseXliff(
      buildXliff([
        {
          original: 'leaflets/7',
          sourceLanguage: 'da',
          targetLanguage: 'ar',
          title: 'Titel & mere',
          units: [{ id: 'title', source: 'Hej' }],
        },
        {
          original: 'methods/2',
          sourceLanguage: 'da',
          targetLanguage: 'ar',
          units: [
            { id: 'title', source: 'Metode', target: 'طريقة', state: 'needs-review-translation' },
          ],
        },
      ]),
    )
    expect(files).toMatchObject([
      {
        original: 'leaflets/7',
        sourceLanguage: 'da',
        targetLanguage: 'ar',
        title: 'Titel & mere',
        units: [{ id: 'title', source: 'Hej' }],
      },
      {
        original: 'methods/2',
        units: [
          { id: 'title', source: 'Metode', target: 'طريقة', state: 'needs-review-translation' },
        ],
      },
    ])
    expect(files[0].units[0].target).toBeUndefined()
  })

  it('reads what CAT tools add: CDATA, mrk segmentation, alt-trans suggestions, prefixed elements', () => {
    const [parsed] = parseXliff(
      file(`<trans-unit id="title"><source>Hej</source><seg-source><mrk mtype="seg" mid="1">Hej</mrk></seg-source>
        <target state="translated"><mrk mtype="seg" mid="1"><![CDATA[مرحبا <ok>]]></mrk></target>
        <alt-trans><source>Hej</source><target>WRONG</target></alt-trans></trans-unit>`),
    )
    expect(parsed.units).toEqual([
      { id: 'title', source: 'Hej', target: 'مرحبا &lt;ok&gt;', state: 'translated', notes: [] },
    ])
  })

  it('refuses what it cannot map back, with a message that says what and where', () => {
    const bad = (xml: string) => {
      try {
        parseXliff(xml)
      } catch (error) {
        expect(error).toBeInstanceOf(XliffError)
        return (error as Error).message
      }
      throw new Error('accepted')
    }
    expect(
      bad('<xliff version="1.2"><file><body><trans-unit id="a"><source>x</source></trans-unit>'),
    ).toMatch(/Not well-formed XML/)
    expect(bad('not xml at all')).toMatch(/Not well-formed XML|not an XLIFF/)
    expect(
      bad(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><xliff version="1.2"><file><body/></file></xliff>',
      ),
    ).toMatch(/DOCTYPE/)
    expect(
      bad(
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"/></xliff>',
      ),
    ).toMatch(/XLIFF 2.0 is not supported/)
    expect(bad('<html><body/></html>')).toMatch(/not an XLIFF file/)
    expect(
      bad(
        file(
          '<trans-unit id="a"><source>x</source><target>y <ph id="1">{0}</ph></target></trans-unit>',
        ),
      ),
    ).toMatch(/unit "a": inline code <ph id="1">/)
    expect(
      bad(
        file(
          '<trans-unit id="a"><source>x</source><target>y <g id="zz.1">z</g></target></trans-unit>',
        ),
      ),
    ).toMatch(/inline code <g id="zz.1">/)
    expect(
      bad(
        file(
          '<trans-unit id="a"><source>x</source></trans-unit><trans-unit id="a"><source>x</source></trans-unit>',
        ),
      ),
    ).toMatch(/leaflets\/7: segment "a" appears twice/)
    expect(bad(file('<trans-unit><source>x</source></trans-unit>'))).toMatch(/trans-unit has no id/)
    expect(bad('<xliff version="1.2"></xliff>')).toMatch(/has no <file>/)
    expect(
      bad('<xliff version="1.2"><trans-unit id="a"><source>x</source></trans-unit></xliff>'),
    ).toMatch(/outside a <file>/)
  })
})
