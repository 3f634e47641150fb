import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Fonts for print, served from the @fontsource packages so Arabic-script languages print with a
 * real Naskh (Arabic, Persian) or Nastaliq (Urdu) face instead of whatever the printer has.
 *
 * Arabic and Persian print in Amiri rather than Noto Naskh Arabic: Noto Naskh (and Noto Sans
 * Arabic) build dotted letters from a dotless base glyph plus a dot glyph placed by GPOS `mark`.
 * Chromium's PDF backend (Skia) cannot map two glyphs to one character in the font's ToUnicode
 * table, so it maps both to U+0000 and wraps them in /ActualText spans with the mark's own offset;
 * poppler's pdftotext then starts a new word at every such span ("دليل" → "دلي ل"), and tools that
 * ignore /ActualText get nothing. Amiri has a precomposed glyph per letter (one glyph, one
 * character), so the text extracts whole. Measured in tests/print/print-metadata.test.ts and
 * README "Print". Urdu keeps Noto Nastaliq Urdu, the only Nastaliq here, with the same limitation.
 */
const FONT_FILES: Record<string, string> = {
  'noto-sans-400.woff2': '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  'noto-sans-700.woff2': '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
  'noto-sans-ext-400.woff2': '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2',
  'noto-naskh-arabic-400.woff2':
    '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
  'noto-naskh-arabic-700.woff2':
    '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
  'amiri-400.woff2': '@fontsource/amiri/files/amiri-arabic-400-normal.woff2',
  'amiri-700.woff2': '@fontsource/amiri/files/amiri-arabic-700-normal.woff2',
  'noto-nastaliq-urdu-400.woff2':
    '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2',
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
@font-face { font-family: 'Amiri'; font-weight: 400; src: url('/print/fonts/amiri-400.woff2') format('woff2'); }
@font-face { font-family: 'Amiri'; font-weight: 700; src: url('/print/fonts/amiri-700.woff2') format('woff2'); }
@font-face { font-family: 'Noto Nastaliq Urdu'; font-weight: 400; src: url('/print/fonts/noto-nastaliq-urdu-400.woff2') format('woff2'); }
`
