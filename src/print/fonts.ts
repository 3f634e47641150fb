import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Fonts for print, served from the @fontsource packages so Arabic-script languages print with a
 * real Naskh (Arabic, Persian) or Nastaliq (Urdu) face instead of whatever the printer has.
 */
const FONT_FILES: Record<string, string> = {
  'noto-sans-400.woff2': '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  'noto-sans-700.woff2': '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
  'noto-sans-ext-400.woff2': '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2',
  'noto-naskh-arabic-400.woff2': '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
  'noto-naskh-arabic-700.woff2': '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
  'noto-nastaliq-urdu-400.woff2': '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2',
}

export async function readFont(name: string): Promise<Buffer | null> {
  const relative = FONT_FILES[name]
  if (!relative) return null
  return readFile(path.join(process.cwd(), 'node_modules', relative))
}

export const FONT_FACES = `
@font-face { font-family: 'Noto Sans'; font-weight: 400; src: url('/print/fonts/noto-sans-400.woff2') format('woff2'); }
@font-face { font-family: 'Noto Sans'; font-weight: 400; src: url('/print/fonts/noto-sans-ext-400.woff2') format('woff2'); unicode-range: U+0100-024F; }
@font-face { font-family: 'Noto Sans'; font-weight: 700; src: url('/print/fonts/noto-sans-700.woff2') format('woff2'); }
@font-face { font-family: 'Noto Naskh Arabic'; font-weight: 400; src: url('/print/fonts/noto-naskh-arabic-400.woff2') format('woff2'); }
@font-face { font-family: 'Noto Naskh Arabic'; font-weight: 700; src: url('/print/fonts/noto-naskh-arabic-700.woff2') format('woff2'); }
@font-face { font-family: 'Noto Nastaliq Urdu'; font-weight: 400; src: url('/print/fonts/noto-nastaliq-urdu-400.woff2') format('woff2'); }
`
