import { describe, expect, it } from 'vitest'
import type { TargetLocale } from '../../../src/languages'
import {
  QA_CHECKS,
  qaCheckSegment,
  qaSummary,
  type GlossaryTerm,
  type QaCheck,
} from '../../../src/translation/qa'

type Case = { source: string; target: string; locale?: TargetLocale; glossary?: GlossaryTerm[] }
const mitid: GlossaryTerm = { source: 'MitID', translations: {}, doNotTranslate: true }
const borgerraadgiver: GlossaryTerm = {
  source: 'Borgerrådgiveren',
  translations: { en: "the Citizens' Adviser" },
  doNotTranslate: false,
}

/** Per check: texts it must pass and texts it must flag (Weblate's checks are tested the same way). */
const TABLE: Record<string, { pass: Case[]; fail: Case[] }> = {
  empty: {
    pass: [
      { source: 'Velkommen', target: 'Welcome' },
      { source: '—', target: '' },
    ],
    fail: [
      { source: 'Velkommen', target: '' },
      { source: 'Ring 112', target: '   ' },
    ],
  },
  'pseudo-translation': {
    pass: [
      { source: 'Ring til os', target: 'Call us' },
      { source: 'Brug ⟦ og ⟧', target: 'Use ⟦ and ⟧' },
    ],
    fail: [
      { source: 'Ring til os', target: '⟦en⟧ Ríñg~ tíl ós' },
      { source: 'Ring til os', target: '⟦ar⟧ ربك تبل وس', locale: 'ar' },
    ],
  },
  'tags-unbalanced': {
    pass: [{ source: 'Læs <b>dette</b>', target: 'Read <b>this</b>' }],
    fail: [
      { source: 'Læs <b>dette</b>', target: 'Read <b>this' },
      { source: '<b><i>x</i></b>', target: '<b><i>x</b></i>' },
    ],
  },
  'tags-changed': {
    pass: [{ source: 'Ring på <x id="0"/>.', target: 'Call <x id="0"/>.' }],
    fail: [
      { source: 'Ring på <x id="0"/>.', target: 'Call us.' },
      { source: 'Ring nu.', target: 'Call <b>now</b>.' },
    ],
  },
  'protected-missing': {
    pass: [
      { source: 'Log ind med MitID.', target: 'Log in with MitID.', glossary: [mitid] },
      { source: 'Log ind.', target: 'Log in.', glossary: [mitid] },
    ],
    fail: [
      {
        source: 'Du logger ind med MitID, ikke NemID.',
        target: 'Du logger ind med proton ışını.',
        locale: 'tr',
        glossary: [mitid],
      },
    ],
  },
  'placeholder-added': {
    pass: [{ source: 'Mødet er {{dato}}', target: 'The meeting is {{dato}}' }],
    fail: [{ source: 'Mødet er i morgen', target: 'The meeting is {{dato}}' }],
  },
  'numbers-changed': {
    pass: [
      { source: 'Frist 14 dage, 1.000 kr.', target: 'Deadline 14 days, 1,000 kr.' },
      { source: 'Frist 14 dage', target: 'المهلة ١٤ يومًا', locale: 'ar' },
    ],
    fail: [
      { source: 'Frist 14 dage', target: 'Deadline 15 days' },
      { source: 'Ring 33 66 33 66', target: 'Call us' },
    ],
  },
  'glossary-term-not-used': {
    pass: [
      {
        source: 'Skriv til Borgerrådgiveren',
        target: "Write to the Citizens' Adviser",
        glossary: [borgerraadgiver],
      },
    ],
    fail: [
      {
        source: 'Skriv til Borgerrådgiveren',
        target: 'Write to the ombudsman',
        glossary: [borgerraadgiver],
      },
    ],
  },
  'length-ratio': {
    pass: [
      {
        source: 'Du kan få hjælp på biblioteket hver tirsdag.',
        target: 'You can get help at the library every Tuesday.',
      },
    ],
    fail: [{ source: 'Du kan få hjælp på biblioteket hver tirsdag.', target: 'Help.' }],
  },
  'wrong-script': {
    pass: [
      {
        source: 'Log ind med MitID i dag',
        target: 'سجّل الدخول باستخدام MitID اليوم',
        locale: 'ar',
        glossary: [mitid],
      },
    ],
    fail: [
      { source: 'Velkommen til kommunen', target: 'Welcome to the municipality', locale: 'ar' },
    ],
  },
  'wrong-language': {
    pass: [
      {
        source: 'Du kan klage inden for fire uger.',
        target: 'يمكنك تقديم شكوى إلى البلدية خلال أربعة أسابيع.',
        locale: 'ar',
      },
      {
        source: 'Du kan klage inden for fire uger.',
        target: 'آپ چار ہفتوں کے اندر بلدیہ میں شکایت درج کر سکتے ہیں۔',
        locale: 'ur',
      },
      {
        source: 'Du kan klage inden for fire uger.',
        target: 'شما می‌توانید ظرف چهار هفته به شهرداری شکایت کنید.',
        locale: 'fa',
      },
    ],
    fail: [
      {
        source: 'Du kan klage inden for fire uger.',
        target: 'يمكنك تقديم شكوى إلى البلدية خلال أربعة أسابيع.',
        locale: 'ur',
      },
      {
        source: 'Du kan klage inden for fire uger.',
        target: 'آپ چار ہفتوں کے اندر بلدیہ میں شکایت درج کر سکتے ہیں۔',
        locale: 'fa',
      },
      {
        source: 'Du kan klage inden for fire uger.',
        target: 'شما می‌توانید ظرف چهار هفته به شهرداری شکایت کنید.',
        locale: 'ar',
      },
    ],
  },
  untranslated: {
    pass: [{ source: 'Velkommen til kommunen', target: 'Welcome to the municipality' }],
    fail: [{ source: 'Velkommen til kommunen', target: 'Velkommen til kommunen' }],
  },
}

const run = (check: QaCheck, c: Case) =>
  qaCheckSegment({ ...c, locale: c.locale ?? 'en', checks: [check] })

describe('QA checks', () => {
  it('every registered check has a unique code, a description and cases in this table', () => {
    const codes = QA_CHECKS.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.sort()).toEqual(Object.keys(TABLE).sort())
    for (const check of QA_CHECKS) expect(check.description.length).toBeGreaterThan(20)
  })

  for (const check of QA_CHECKS) {
    describe(check.code, () => {
      it.each(TABLE[check.code]?.pass ?? [])('passes %j', (c) => expect(run(check, c)).toEqual([]))
      it.each(TABLE[check.code]?.fail ?? [])('flags %j', (c) => {
        const issues = run(check, c)
        expect(issues.length).toBeGreaterThan(0)
        expect(
          issues.every(
            (i) => i.code === check.code && i.severity === check.severity && i.message.length > 0,
          ),
        ).toBe(true)
      })
    })
  }

  it('an empty translation stops the other checks', () => {
    expect(
      qaCheckSegment({ source: 'Ring <b>112</b>', target: '', locale: 'en' }).map((i) => i.code),
    ).toEqual(['empty'])
  })

  it('summarises errors and warnings over segments', () => {
    const segments = [
      { qa: qaCheckSegment({ source: 'Frist 14 dage', target: 'Deadline 15 days', locale: 'en' }) },
      {
        qa: qaCheckSegment({
          source: 'Velkommen til kommunen',
          target: 'Velkommen til kommunen',
          locale: 'en',
        }),
      },
    ]
    expect(qaSummary(segments)).toEqual({ qaErrors: 1, qaWarnings: 1 })
  })
})
