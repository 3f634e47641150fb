import { describe, expect, it } from 'vitest'
import { balanceMarkup, missingCodes, segmentLabel } from '../../../src/review/chipMarkup'
import { describeQaIssue } from '../../../src/review/qaInWords'
import { actionsFor } from '../../../src/review/taskActions'
import { describeInlineCodes } from '../../../src/translation/inlineCodes'
import { inlineToMarkup, type LexicalNode } from '../../../src/translation/inline'
import { tagsBalanced } from '../../../src/translation/markup'
import {
  addedCodes,
  pairPoRoundTrips,
  poTextOf,
  restoreProtectedCodes,
  XliffPlanError,
} from '../../../src/translation/xliffImportPlan'

const text = (t: string, format = 0): LexicalNode => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

describe('chip editor model: the markup stays well-formed whatever is deleted', () => {
  it.each([
    ['a pair without its close', 'Ring <b>nu', 'Ring nu'],
    ['a close without its open', 'Ring nu</b> her', 'Ring nu her'],
    ['crossing pairs', '<b>a<i>b</b>c</i>', 'a<i>bc</i>'],
    ['a link that lost its end, a bold that is whole', '<a id="0">her <b>nu</b>', 'her <b>nu</b>'],
    [
      'well-formed markup',
      'Ring <b><x id="0"/></b> på <a id="1">kk.dk</a>.',
      'Ring <b><x id="0"/></b> på <a id="1">kk.dk</a>.',
    ],
  ])('%s', (_what, input, expected) => {
    expect(balanceMarkup(input)).toBe(expected)
    expect(tagsBalanced(balanceMarkup(input))).toBe(true)
  })

  it('offers the Danish codes the translation lacks, in Danish order, counting repeats', () => {
    expect(
      missingCodes('Ring <b>nu</b> på <x id="0"/> eller <x id="1"/>', 'اتصل <x id="1"/>').map(
        (c) => c.key,
      ),
    ).toEqual(['b', 'x#0'])
    expect(missingCodes('<b>a</b> og <b>b</b>', '<b>أ</b> و ب').map((c) => c.key)).toEqual(['b'])
    expect(missingCodes('Ring <b>nu</b>', 'اتصل <b>الآن</b>')).toEqual([])
  })

  it.each([
    ['title', 'Title'],
    ['summary', 'Summary'],
    ['body.2', 'Body, paragraph 3'],
    ['body.4.1', 'Body, list 5, item 2'],
    ['body.4.1.0.2', 'Body, list 5, item 2, sub-list, item 3'],
    ['audienceVariants.0.heading', 'Audience variants 1, heading'],
  ])('labels segment %s as "%s"', (key, label) => {
    expect(segmentLabel(key)).toBe(label)
  })
})

describe('inline codes in words', () => {
  it('says what each code stands for: bold, the link URL, the phone number, the placeholder', () => {
    const link: LexicalNode = {
      type: 'link',
      fields: { url: 'https://www.kk.dk/klage', linkType: 'custom' },
      children: [text('her')],
      version: 1,
    }
    const { markup, slots } = inlineToMarkup([
      text('Ring på '),
      text('33 66 33 66', 1),
      text(' den {{meetingDate}} eller læs '),
      link,
    ])
    const codes = describeInlineCodes(markup, slots)
    expect(codes.b.description).toBe('bold')
    expect(codes['x#0']).toMatchObject({
      label: '33 66 33 66',
      description: 'phone number 33 66 33 66',
    })
    expect(codes['x#1']).toMatchObject({
      label: '{{meetingDate}}',
      description: 'placeholder {{meetingDate}}',
    })
    expect(codes['a#2'].description).toBe('link to https://www.kk.dk/klage')
    expect(
      describeQaIssue(
        {
          code: 'tags-changed',
          message: 'missing: b, x#0',
          details: { missing: ['b', 'x#0'], added: [] },
        },
        codes,
      ),
    ).toBe(
      'Formatting, links or protected text differ from the Danish; missing: bold, phone number 33 66 33 66',
    )
  })

  it('falls back to generic words when the Danish moved on (no slots)', () => {
    expect(describeInlineCodes('Ring <x id="0"/>')['x#0'].label).toBe('#0')
  })
})

describe('actions offered per task state (the state machine’s rules)', () => {
  it.each([
    ['machine_translated', { save: true, approve: true, sendBack: false, retry: false }],
    ['needs_human', { save: true, approve: true, sendBack: false, retry: false }],
    ['in_review', { save: true, approve: true, sendBack: true, retry: false }],
    ['published', { save: false, approve: false, sendBack: false, retry: false }],
    ['outdated', { save: false, approve: false, sendBack: false, retry: false }],
    ['failed', { save: false, approve: false, sendBack: false, retry: true }],
    ['queued', { save: false, approve: false, sendBack: false, retry: false }],
  ])('%s', (state, actions) => {
    expect(actionsFor(state)).toEqual(actions)
  })
})

describe('XLIFF import plan (pure)', () => {
  it('puts a protected code back where a tool wrote out its text', () => {
    expect(
      restoreProtectedCodes(
        'اتصل على 33 66 33 66 أو https://kk.dk',
        'Ring <x id="0"/> eller <x id="1"/>',
        { 0: '33 66 33 66', 1: 'https://kk.dk' },
      ),
    ).toBe('اتصل على <x id="0"/> أو <x id="1"/>')
    expect(
      restoreProtectedCodes('اتصل <x id="0"/>', 'Ring <x id="0"/>', { 0: '33 66 33 66' }),
    ).toBe('اتصل <x id="0"/>')
  })

  it('names added codes in words, counting repeats', () => {
    expect(
      addedCodes('Fristen er <b>fire uger</b>.', 'المهلة <b>أربعة</b> <i>أسابيع</i>.'),
    ).toEqual(['italic (i)'])
    expect(addedCodes('<b>a</b>', '<b>a</b><b>b</b>')).toEqual(['bold (b)'])
    expect(addedCodes('Ring <x id="0"/>', 'اتصل <x id="0"/>')).toEqual([])
  })

  it('flattens markup as xliff2po does', () => {
    expect(poTextOf('Ring på <b><x id="0"/></b><br/>nu', { 0: '33 66 33 66' })).toBe(
      'Ring på 33 66 33 66nu',
    )
  })

  it('refuses a file that names no document and has no exported file beside it', () => {
    const lone = {
      original: 'translation.po',
      sourceLanguage: 'da',
      targetLanguage: 'ar',
      units: [{ id: '1', source: 'x', target: 'y', location: 'title' }],
    }
    expect(() => pairPoRoundTrips([lone])).toThrow(XliffPlanError)
    expect(() =>
      pairPoRoundTrips([{ ...lone, units: [{ id: '1', source: 'x', target: 'y' }] }]),
    ).toThrow(/does not name a document/)
  })
})
