import { describe, expect, it } from 'vitest'
import { qaCheckSegment } from '../../../src/translation'
import {
  detectArabicScriptLanguage,
  wrongLanguageCheck,
} from '../../../src/translation/qa/wrongLanguage'

/** Real sentences of the kind the CMS carries (complaint guidance, welcome material, letters). */
const SENTENCES: Array<{ language: 'ar' | 'ur' | 'fa'; text: string }> = [
  { language: 'ar', text: 'يمكنك تقديم شكوى إلى البلدية خلال أربعة أسابيع من تاريخ القرار.' },
  { language: 'ar', text: 'إذا كانت لديك أسئلة حول الرسالة، يمكنك الاتصال بمركز المواطنين.' },
  { language: 'ar', text: 'مرحباً بك في كوبنهاغن. هذه المادة تساعدك على فهم البلدية.' },
  { language: 'ar', text: 'الاجتماع في المكتبة الرئيسية يوم الثلاثاء في الساعة العاشرة' },
  {
    language: 'ur',
    text: 'آپ فیصلے کی تاریخ سے چار ہفتوں کے اندر بلدیہ میں شکایت درج کر سکتے ہیں۔',
  },
  { language: 'ur', text: 'اگر آپ کو خط کے بارے میں سوالات ہیں تو شہریوں کے مرکز سے رابطہ کریں۔' },
  {
    language: 'ur',
    text: 'کوپن ہیگن میں خوش آمدید۔ یہ مواد آپ کو بلدیہ کو سمجھنے میں مدد دیتا ہے۔',
  },
  { language: 'ur', text: 'ملاقات منگل کو دس بجے مرکزی لائبریری میں ہوگی' },
  { language: 'fa', text: 'شما می‌توانید ظرف چهار هفته از تاریخ تصمیم به شهرداری شکایت کنید.' },
  { language: 'fa', text: 'اگر درباره این نامه سؤالی دارید، با مرکز شهروندان تماس بگیرید.' },
  { language: 'fa', text: 'به کپنهاگ خوش آمدید. این مطالب به شما کمک می‌کند شهرداری را بشناسید.' },
  { language: 'fa', text: 'جلسه روز سه‌شنبه ساعت ده در کتابخانه مرکزی برگزار می‌شود' },
]

const LOCALES = ['ar', 'ur', 'fa'] as const

describe('wrong-language QA: Arabic, Urdu and Persian told apart from their own letters and words', () => {
  it.each(SENTENCES)('recognises $language: $text', ({ language, text }) => {
    expect(detectArabicScriptLanguage(text).language).toBe(language)
  })

  // Every sentence against every task language: silent in its own, a blocking error in the other two.
  const cases = SENTENCES.flatMap((s) =>
    LOCALES.map((locale) => ({ ...s, locale, blocks: locale !== s.language })),
  )
  it.each(cases)(
    '$language text in a $locale task blocks: $blocks',
    ({ text, locale, blocks, language }) => {
      const found = wrongLanguageCheck.run({ targetPlain: text, locale })
      expect(found.length > 0).toBe(blocks)
      if (blocks)
        expect(found[0].message).toMatch(
          new RegExp(`looks like ${{ ar: 'Arabic', ur: 'Urdu', fa: 'Persian' }[language]}`),
        )
    },
  )

  it.each([
    ['a two-word title', 'شكوى البلدية'],
    ['names and numbers only', 'MitID 33 66 33 66 kk.dk'],
    ['Turkish text', 'Belediyeye dört hafta içinde şikayette bulunabilirsiniz.'],
  ])('says nothing about %s', (_what, text) => {
    expect(detectArabicScriptLanguage(text).language).toBeNull()
    for (const locale of LOCALES)
      expect(wrongLanguageCheck.run({ targetPlain: text, locale })).toEqual([])
  })

  it('does not look at languages written in other scripts', () => {
    expect(wrongLanguageCheck.run({ targetPlain: SENTENCES[0].text, locale: 'tr' })).toEqual([])
  })

  it('runs in the QA every save and approval uses, as an error (it blocks approval), also around inline codes', () => {
    const issues = qaCheckSegment({
      source: 'Du kan klage til kommunen inden for fire uger. Ring på <x id="0"/>.',
      target: 'يمكنك تقديم شكوى إلى البلدية خلال أربعة أسابيع. اتصل على <x id="0"/>.',
      locale: 'ur',
    })
    expect(issues.find((i) => i.code === 'wrong-language')?.severity).toBe('error')
    const ok = qaCheckSegment({
      source: 'Du kan klage til kommunen inden for fire uger. Ring på <x id="0"/>.',
      target: 'يمكنك تقديم شكوى إلى البلدية خلال أربعة أسابيع. اتصل على <x id="0"/>.',
      locale: 'ar',
    })
    expect(ok.map((i) => i.code)).not.toContain('wrong-language')
  })
})
