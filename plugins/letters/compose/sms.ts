import { languageOf, type Locale, SOURCE_LOCALE } from '../../../src/languages'
import { fillText } from '../../../src/letters/fill'
import { smsLength, type SmsLength } from '../../../src/letters/sms'
import { formattedValues } from './letterHtml'
import type { LoadedLetter } from './loadLetter'

export interface SmsText {
  locale: Locale
  text: string
  length: SmsLength
}

/**
 * The SMS reminder, filled, in Danish and (only when the template's translation is approved) in
 * the citizen's language, with its length by the real segment rules. Output for the municipality's
 * SMS service; nothing is sent from here.
 */
export function smsTexts(letter: LoadedLetter, values: Record<string, string>): SmsText[] {
  const out: SmsText[] = []
  const add = (locale: Locale, template: string | null) => {
    if (!template) return
    const text = fillText(
      template,
      formattedValues(letter.specs, values, locale),
      languageOf(locale).dir === 'rtl',
    )
    out.push({ locale, text, length: smsLength(text) })
  }
  add(SOURCE_LOCALE, letter.danish.smsReminder)
  if (letter.translation && letter.translation.status === 'approved')
    add(letter.locale, letter.translation.smsReminder)
  return out
}
