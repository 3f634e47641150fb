import type { Locale } from '../../../src/languages'

/**
 * The booklets' own words (titles, headings, "Contents") in each language. The entries come from
 * approved translations; these few labels are fixed text, to be checked by the translators.
 */
export interface CatalogueLabels {
  methodsTitle: string
  letterPracticeTitle: string
  contents: string
  citizenInvolvement: string
  goodLetterPractice: string
  reflectionQuestions: string
  municipality: string
  notYetTranslated: (n: number) => string
}

export const CATALOGUE_LABELS: Record<Locale, CatalogueLabels> = {
  da: {
    methodsTitle: 'Metodekatalog',
    letterPracticeTitle: 'Inspirationskatalog: god brevpraksis',
    contents: 'Indhold',
    citizenInvolvement: 'Metoder til borgerinddragelse',
    goodLetterPractice: 'God brevpraksis',
    reflectionQuestions: 'Refleksionsspørgsmål',
    municipality: 'Københavns Kommune',
    notYetTranslated: (n) => `${n} tekster er endnu ikke oversat.`,
  },
  en: {
    methodsTitle: 'Method catalogue',
    letterPracticeTitle: 'Inspiration catalogue: good letter practice',
    contents: 'Contents',
    citizenInvolvement: 'Methods for citizen involvement',
    goodLetterPractice: 'Good letter practice',
    reflectionQuestions: 'Reflection questions',
    municipality: 'City of Copenhagen',
    notYetTranslated: (n) =>
      `${n} texts are not translated into English yet; see the Danish edition.`,
  },
  ar: {
    methodsTitle: 'دليل الأساليب',
    letterPracticeTitle: 'دليل الإلهام: الممارسات الجيدة في كتابة الرسائل',
    contents: 'المحتويات',
    citizenInvolvement: 'أساليب إشراك المواطنين',
    goodLetterPractice: 'الممارسات الجيدة في كتابة الرسائل',
    reflectionQuestions: 'أسئلة للتفكير',
    municipality: 'بلدية كوبنهاغن',
    notYetTranslated: (n) => `${n} من النصوص لم تُترجم بعد إلى العربية؛ راجع النسخة الدنماركية.`,
  },
  tr: {
    methodsTitle: 'Yöntem kataloğu',
    letterPracticeTitle: 'İlham kataloğu: iyi mektup uygulamaları',
    contents: 'İçindekiler',
    citizenInvolvement: 'Vatandaş katılımı yöntemleri',
    goodLetterPractice: 'İyi mektup uygulamaları',
    reflectionQuestions: 'Düşünme soruları',
    municipality: 'Kopenhag Belediyesi',
    notYetTranslated: (n) => `${n} metin henüz Türkçeye çevrilmedi; Danca baskıya bakın.`,
  },
  ur: {
    methodsTitle: 'طریقۂ کار کی فہرست',
    letterPracticeTitle: 'رہنما فہرست: خطوط لکھنے کے اچھے طریقے',
    contents: 'فہرستِ مضامین',
    citizenInvolvement: 'شہریوں کی شمولیت کے طریقے',
    goodLetterPractice: 'خطوط لکھنے کے اچھے طریقے',
    reflectionQuestions: 'غور و فکر کے سوالات',
    municipality: 'کوپن ہیگن بلدیہ',
    notYetTranslated: (n) => `${n} متن ابھی اردو میں ترجمہ نہیں ہوئے؛ ڈینش ایڈیشن دیکھیں۔`,
  },
  so: {
    methodsTitle: 'Buugga hababka',
    letterPracticeTitle: 'Buugga dhiirigelinta: habka wanaagsan ee warqadaha',
    contents: 'Tusmada',
    citizenInvolvement: 'Hababka ka qaybgelinta muwaadiniinta',
    goodLetterPractice: 'Habka wanaagsan ee warqadaha',
    reflectionQuestions: "Su'aalo milicsi",
    municipality: 'Degmada Copenhagen',
    notYetTranslated: (n) =>
      `${n} qoraal weli laguma turjumin af-Soomaali; eeg daabacaadda Deenishka.`,
  },
  fa: {
    methodsTitle: 'کاتالوگ روش‌ها',
    letterPracticeTitle: 'کاتالوگ الهام: شیوه‌های خوب نامه‌نویسی',
    contents: 'فهرست مطالب',
    citizenInvolvement: 'روش‌های مشارکت شهروندان',
    goodLetterPractice: 'شیوه‌های خوب نامه‌نویسی',
    reflectionQuestions: 'پرسش‌های تأملی',
    municipality: 'شهرداری کپنهاگ',
    notYetTranslated: (n) => `${n} متن هنوز به فارسی ترجمه نشده است؛ نسخه دانمارکی را ببینید.`,
  },
}
