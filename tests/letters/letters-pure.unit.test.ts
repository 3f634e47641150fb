import { describe, expect, it } from 'vitest'
import {
  containsCprLikeNumber,
  fillHtml,
  fillText,
  formatValue,
  letterValueProblems,
  MAX_BATCH_ROWS,
  parseBatchCsv,
  smsLength,
  unitCodeProblem,
  type PlaceholderSpec,
} from '../../src/letters'

const specs: PlaceholderSpec[] = [
  { key: 'citizenName', type: 'name' },
  { key: 'meetingDate', type: 'date' },
  { key: 'meetingTime', type: 'time' },
  { key: 'caseworkerPhone', type: 'phone' },
]
const good = {
  citizenName: 'Amina Hassan',
  meetingDate: '2026-03-03',
  meetingTime: '09:30',
  caseworkerPhone: '12 34 56 78',
}
const LANGS = ['da', 'en', 'ar', 'tr', 'ur', 'so', 'fa']

describe('SMS segments (GSM 03.38 and UCS-2)', () => {
  it('counts GSM-7 up to 160 in one part, then 153 per part', () => {
    expect(smsLength('a'.repeat(160))).toMatchObject({
      encoding: 'GSM-7',
      units: 160,
      segments: 1,
      remaining: 0,
    })
    expect(smsLength('a'.repeat(161))).toMatchObject({
      encoding: 'GSM-7',
      segments: 2,
      perSegment: 153,
    })
    expect(smsLength('a'.repeat(306)).segments).toBe(2)
    expect(smsLength('a'.repeat(307)).segments).toBe(3)
  })
  it('counts characters of the extension table twice and keeps Danish letters in GSM-7', () => {
    expect(smsLength('€').units).toBe(2)
    expect(smsLength('Kære Åse, mødet er på Ærø').encoding).toBe('GSM-7')
  })
  it('needs UCS-2 for Arabic, Urdu and Persian: 70, then 67 per part', () => {
    const arabic = smsLength('ا'.repeat(70))
    expect(arabic).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1 })
    expect(smsLength('ا'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67 })
    expect(smsLength('ی'.repeat(135)).segments).toBe(3)
  })
  it('one non-GSM character (Turkish ı) turns the whole text into UCS-2 and is named', () => {
    const turkish = smsLength('Toplantı yarın')
    expect(turkish.encoding).toBe('UCS-2')
    expect(turkish.nonGsm).toEqual(['ı'])
  })
})

describe('CPR-like numbers', () => {
  it('finds CPR numbers with or without a hyphen', () => {
    expect(containsCprLikeNumber('010190-1234')).toBe(true)
    expect(containsCprLikeNumber('Amina 0101901234')).toBe(true)
    expect(containsCprLikeNumber('311299 1234')).toBe(true)
  })
  it('leaves phone numbers, dates and impossible dates alone', () => {
    expect(containsCprLikeNumber('12 34 56 78')).toBe(false)
    expect(containsCprLikeNumber('2026-03-03')).toBe(false)
    expect(containsCprLikeNumber('451390-1234')).toBe(false)
    expect(containsCprLikeNumber('+45 12345678')).toBe(false)
  })
})

describe('letter values', () => {
  it('accepts good values', () => {
    expect(letterValueProblems(specs, good)).toEqual([])
  })
  it('names the field of missing, mistyped and undeclared values', () => {
    const problems = letterValueProblems(specs, {
      ...good,
      meetingDate: '3. marts',
      meetingTime: '25:00',
      citizenName: '',
      extra: 'x',
    })
    expect(problems.map((p) => p.field).sort()).toEqual([
      'citizenName',
      'extra',
      'meetingDate',
      'meetingTime',
    ])
    expect(problems.find((p) => p.field === 'meetingDate')?.message).toMatch(/YYYY-MM-DD/)
  })
  it('refuses a date that is not in the calendar', () => {
    expect(letterValueProblems(specs, { ...good, meetingDate: '2026-02-30' })[0].message).toMatch(
      /calendar/,
    )
  })
  it('refuses a CPR number in a placeholder not declared for one, accepts it in a cpr placeholder', () => {
    expect(
      letterValueProblems(specs, { ...good, citizenName: 'Amina 010190-1234' })[0],
    ).toMatchObject({ field: 'citizenName', message: expect.stringMatching(/CPR/) })
    expect(
      letterValueProblems([...specs, { key: 'cpr', type: 'cpr' }], { ...good, cpr: '010190-1234' }),
    ).toEqual([])
  })
  it('refuses markup and placeholder braces in values', () => {
    expect(letterValueProblems(specs, { ...good, citizenName: '<script>' })[0].field).toBe(
      'citizenName',
    )
    expect(letterValueProblems(specs, { ...good, citizenName: '{{meetingDate}}' })[0].field).toBe(
      'citizenName',
    )
  })
})

describe("formatting per language: the same values, written each language's way", () => {
  it('writes a date in Danish, Arabic and Persian, always in the Gregorian calendar', () => {
    expect(formatValue(specs[1], '2026-03-03', 'da-DK').text).toBe('tirsdag den 3. marts 2026')
    expect(formatValue(specs[1], '2026-03-03', 'ar').text).toContain('مارس')
    const persian = formatValue(specs[1], '2026-03-03', 'fa').text
    expect(persian).toContain('۲۰۲۶')
    expect(persian).not.toContain('۱۴۰۴')
  })
  it("writes times with the language's separator and digits", () => {
    expect(formatValue(specs[2], '09:30', 'da-DK').text).toBe('09.30')
    expect(formatValue(specs[2], '09:30', 'en').text).toBe('09:30')
    expect(formatValue(specs[2], '09:30', 'fa').text).toBe('۰۹:۳۰')
  })
  it('keeps phone numbers as typed and left to right', () => {
    expect(formatValue(specs[3], '12 34 56 78', 'ar')).toEqual({ text: '12 34 56 78', dir: 'ltr' })
  })
  it('fills HTML escaped and isolated, text with isolates in RTL', () => {
    const values = {
      citizenName: { text: 'A & <B>' },
      caseworkerPhone: { text: '12 34', dir: 'ltr' as const },
    }
    expect(fillHtml('<p>Kære {{citizenName}}, ring {{ caseworkerPhone }}</p>', values)).toBe(
      '<p>Kære <bdi class="value">A &amp; &lt;B&gt;</bdi>, ring <bdi class="value" dir="ltr">12 34</bdi></p>',
    )
    expect(fillText('اتصل {{caseworkerPhone}}', values, true)).toBe('اتصل \u206612 34\u2069')
  })
})

describe('unit codes', () => {
  it('accepts JC-NORREBRO and refuses free text', () => {
    expect(unitCodeProblem('JC-NORREBRO')).toBeNull()
    expect(unitCodeProblem('SC-AMAGER-2')).toBeNull()
    expect(unitCodeProblem('jobcenter nørrebro')).toMatch(/unit code/)
    expect(unitCodeProblem('')).toBe('is missing')
  })
})

describe('batch CSV', () => {
  const csv = (text: string) => new TextEncoder().encode(text)
  const header = 'language,citizenName,meetingDate,meetingTime,caseworkerPhone'
  it('reads rows with comma or semicolon, with a BOM', () => {
    const parsed = parseBatchCsv(
      csv(
        `\ufeff${header}\nar,Amina Hassan,2026-03-03,09:30,12 34 56 78\nda,"Hansen, Ole",2026-03-04,10:00,12345678\n`,
      ),
      specs,
      LANGS,
    )
    expect(parsed).toMatchObject({
      ok: true,
      rows: [
        { line: 2, language: 'ar' },
        { line: 3, values: { citizenName: 'Hansen, Ole' } },
      ],
    })
    const semicolons = parseBatchCsv(
      csv(`${header.replaceAll(',', ';')}\ntr;Ali;2026-03-03;09:30;12 34 56 78\n`),
      specs,
      LANGS,
    )
    expect(semicolons.ok).toBe(true)
  })
  it('lists every bad row by line and column before anything is made', () => {
    const parsed = parseBatchCsv(
      csv(
        `${header}\nar,Amina,2026-03-03,09:30,12 34 56 78\nxx,Ole,3 marts,09:30,12 34 56 78\nfa,Sara 010190-1234,2026-03-03,09:30,12 34 56 78\n`,
      ),
      specs,
      LANGS,
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems.map((p) => `${p.line}:${p.field}`)).toEqual([
      '3:language',
      '3:meetingDate',
      '4:citizenName',
    ])
    expect(parsed.problems[0].message).toMatch(/^Line 3, column language/)
  })
  it('refuses unknown and missing columns in the header', () => {
    const parsed = parseBatchCsv(csv('language,citizenName,cpr\nar,Amina,x\n'), specs, LANGS)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems.map((p) => p.message).join('\n')).toMatch(
      /Unknown column "cpr"[\s\S]*Column "meetingDate" is missing/,
    )
  })
  it('refuses a file that is not UTF-8 (Windows-1252 from an old spreadsheet)', () => {
    const latin1 = Uint8Array.from([
      ...csv(`${header}\nda,`),
      0xd8,
      ...csv('le,2026-03-03,09:30,12345678\n'),
    ])
    const parsed = parseBatchCsv(latin1, specs, LANGS)
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ field: 'file', message: expect.stringMatching(/UTF-8/) }],
    })
  })
  it('refuses more rows than a batch may have, naming the limit', () => {
    const rows = Array.from(
      { length: MAX_BATCH_ROWS + 1 },
      () => 'ar,A,2026-03-03,09:30,12345678',
    ).join('\n')
    const parsed = parseBatchCsv(csv(`${header}\n${rows}\n`), specs, LANGS)
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/at most 2000/) }],
    })
  })
  it('refuses a file over the size limit without parsing it', () => {
    const parsed = parseBatchCsv(new Uint8Array(5 * 1024 * 1024), specs, LANGS)
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ field: 'file', message: expect.stringMatching(/limit/) }],
    })
  })
})

describe('seeded letter templates', () => {
  it('type every placeholder, with an example valid for its type, and use only declared ones in the SMS', async () => {
    const { letterTemplates } = await import('../../seed/content')
    const { valueProblem, isPlaceholderType } = await import('../../src/letters/placeholderTypes')
    const { placeholderKeys } = await import('../../src/letters/fill')
    for (const template of letterTemplates) {
      for (const p of template.placeholders) {
        expect(isPlaceholderType(p.type), `${template.slug}.${p.key}`).toBe(true)
        expect(
          valueProblem({ key: p.key, type: p.type }, p.example),
          `${template.slug}.${p.key} example "${p.example}"`,
        ).toBeNull()
      }
      const declared = template.placeholders.map((p) => p.key)
      for (const key of placeholderKeys(template.smsReminder ?? '')) expect(declared).toContain(key)
    }
    const invitation = letterTemplates.find((t) => t.slug === 'indkaldelse-til-samtale')!
    expect(smsLength(invitation.smsReminder!.replace(/\{\{\w+\}\}/g, 'xxxxxxxxxx')).segments).toBe(
      1,
    )
  })
})
