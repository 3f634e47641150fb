import type { Locale } from '../languages'

/** Shown, in the requested language, above Danish text served because the translation is not live yet. */
export const FALLBACK_NOTE: Partial<Record<Locale, string>> = {
  en: 'This text is not yet available in English. The Danish text is shown.',
  ar: 'هذا النص غير متوفر بالعربية بعد. يُعرض النص الدنماركي.',
  tr: 'Bu metin henüz Türkçe olarak mevcut değil. Danca metin gösterilmektedir.',
  ur: 'یہ متن ابھی اردو میں دستیاب نہیں ہے۔ ڈینش متن دکھایا گیا ہے۔',
  so: 'Qoraalkan weli laguma hayo af-Soomaali. Qoraalka Deenishka ayaa la muujiyay.',
  fa: 'این متن هنوز به فارسی موجود نیست. متن دانمارکی نمایش داده شده است.',
}
