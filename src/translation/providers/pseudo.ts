import { directionOf, type TargetLocale } from '../../languages'
import { tokenize } from '../markup'
import type { MachineTranslationProvider, TranslateRequest, TranslateResponse } from './types'

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  c: 'ç',
  n: 'ñ',
}
// Letters all three Arabic-script languages share (no ي ك): the wrong-language check must not read nonsense as Arabic.
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقلمنهو'

function pseudoWord(word: string, rtl: boolean): string {
  if (!rtl) return [...word].map((ch) => ACCENTED[ch] ?? ch).join('') + (word.length > 3 ? '~' : '')
  return [...word]
    .map((ch) => (/\p{L}/u.test(ch) ? ARABIC[ch.toLowerCase().charCodeAt(0) % ARABIC.length] : ch))
    .join('')
}

function pseudoText(text: string, rtl: boolean): string {
  return text.replace(/\p{L}+/gu, (w) => pseudoWord(w, rtl))
}

/**
 * Pseudo-translation for layout testing without a DeepL key: NOT a translation. Each text is
 * marked ⟦xx⟧, lengthened like real translations tend to be, and written in Arabic letters for
 * RTL languages so right-to-left layout can be checked. Tags and protected spans pass through.
 */
export function createPseudoProvider(): MachineTranslationProvider {
  return {
    name: 'pseudo',
    label: 'Pseudo-translation (NOT a translation; for layout testing only)',
    async translate(request: TranslateRequest): Promise<TranslateResponse> {
      const rtl = directionOf(request.target as TargetLocale) === 'rtl'
      const texts = request.texts.map((markup) => {
        let out = ''
        for (const token of tokenize(markup)) {
          if (token.kind === 'text')
            out += pseudoText(token.text, rtl)
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/>/g, '&gt;')
          else if (token.kind === 'close') out += `</${token.tag}>`
          else if (token.kind === 'open')
            out += token.id !== undefined ? `<${token.tag} id="${token.id}">` : `<${token.tag}>`
          else out += token.tag === 'br' ? '<br/>' : `<x id="${token.id}"/>`
        }
        return `⟦${request.target}⟧ ${out}`
      })
      return { texts, billedCharacters: 0 }
    },
  }
}
