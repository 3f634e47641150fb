/**
 * The one place that says which languages the CMS works in and what machine translation can do
 * for each. Adding a target language is one line in TARGET_LANGUAGES (e.g. `pl: { ... }`).
 *
 * `machineTranslation` is DeepL's own language table as of 2026: "full" languages accept XML tag
 * handling and glossaries, "text-only" languages translate plain text but reject tags and
 * glossaries, and "none" languages are not offered at all and go straight to a human translator.
 * It is the FALLBACK only: routing follows what DeepL's /v3/languages says when DeepL has answered
 * (src/translation/providers/capabilities.ts).
 */

export type MachineTranslationCapability = 'full' | 'text-only' | 'none'
export type TextDirection = 'ltr' | 'rtl'
/** The writing system a translation is expected to be in; QA flags text in the wrong one. */
export type Script = 'latin' | 'arabic' | 'cyrillic'

export interface LanguageDefinition {
  /** English name, for admins and logs. */
  label: string
  /** The language's own name, for language switchers shown to citizens. */
  nativeName: string
  /** BCP 47 tag served to consumers as `lang`. */
  bcp47: string
  dir: TextDirection
  script: Script
  machineTranslation: MachineTranslationCapability
  /** DeepL's target code where it differs from ours (DeepL wants EN-GB/EN-US, not EN). */
  deeplTarget?: string
}

export const SOURCE_LOCALE = 'da' as const

export const SOURCE_LANGUAGE: LanguageDefinition = {
  label: 'Danish',
  nativeName: 'Dansk',
  bcp47: 'da-DK',
  dir: 'ltr',
  script: 'latin',
  machineTranslation: 'full',
}

export const TARGET_LANGUAGES = {
  en: {
    label: 'English',
    nativeName: 'English',
    bcp47: 'en',
    dir: 'ltr',
    script: 'latin',
    machineTranslation: 'full',
    deeplTarget: 'EN-GB',
  },
  ar: {
    label: 'Arabic',
    nativeName: 'العربية',
    bcp47: 'ar',
    dir: 'rtl',
    script: 'arabic',
    machineTranslation: 'full',
  },
  tr: {
    label: 'Turkish',
    nativeName: 'Türkçe',
    bcp47: 'tr',
    dir: 'ltr',
    script: 'latin',
    machineTranslation: 'full',
  },
  ur: {
    label: 'Urdu',
    nativeName: 'اردو',
    bcp47: 'ur',
    dir: 'rtl',
    script: 'arabic',
    machineTranslation: 'text-only',
  },
  so: {
    label: 'Somali',
    nativeName: 'Soomaali',
    bcp47: 'so',
    dir: 'ltr',
    script: 'latin',
    machineTranslation: 'none',
  },
  fa: {
    label: 'Persian',
    nativeName: 'فارسی',
    bcp47: 'fa',
    dir: 'rtl',
    script: 'arabic',
    machineTranslation: 'text-only',
  },
} as const satisfies Record<string, LanguageDefinition>

export type TargetLocale = keyof typeof TARGET_LANGUAGES
export type Locale = typeof SOURCE_LOCALE | TargetLocale

export const TARGET_LOCALES = Object.keys(TARGET_LANGUAGES) as TargetLocale[]
export const ALL_LOCALES: Locale[] = [SOURCE_LOCALE, ...TARGET_LOCALES]

export function isLocale(code: unknown): code is Locale {
  return typeof code === 'string' && (ALL_LOCALES as string[]).includes(code)
}

export function isTargetLocale(code: unknown): code is TargetLocale {
  return typeof code === 'string' && code in TARGET_LANGUAGES
}

export function languageOf(locale: Locale): LanguageDefinition {
  return locale === SOURCE_LOCALE ? SOURCE_LANGUAGE : TARGET_LANGUAGES[locale]
}

export function directionOf(locale: Locale): TextDirection {
  return languageOf(locale).dir
}

/** DeepL's code for a locale, whether or not DeepL offers it today (its /v3/languages says). */
export function deeplLanguageCode(locale: TargetLocale): string {
  const lang: LanguageDefinition = TARGET_LANGUAGES[locale]
  return lang.deeplTarget ?? locale
}

/** DeepL's target language code for a locale, or null when the fallback table says DeepL does not offer it. */
export function deeplTargetCode(locale: TargetLocale): string | null {
  const lang: LanguageDefinition = TARGET_LANGUAGES[locale]
  if (lang.machineTranslation === 'none') return null
  return deeplLanguageCode(locale).toUpperCase()
}
