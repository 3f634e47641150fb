import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FONT_FACES } from '../../src/print/fonts'
import { PRINT_CSS } from '../../src/print/printCss'
import { closePdfBrowser, renderHtmlPdf } from '../../src/print/renderPdf'

/**
 * Why pdftotext split Arabic words in our PDFs, measured: Noto Naskh Arabic (and Noto Sans Arabic)
 * draw a dotted letter as a dotless glyph plus a dot glyph positioned by GPOS `mark`; Chromium's
 * PDF backend maps both to U+0000 in ToUnicode and wraps them in /ActualText spans; poppler
 * starts a word at each span. Amiri has one glyph per letter and extracts whole.
 */
const out = mkdtempSync(path.join(tmpdir(), 'arabic-extraction-'))
const SAMPLES = {
  ar: 'دليل البلدية للمواطنين. يمكنك تقديم شكوى إذا كنت لا توافق على قرار من البلدية.',
  fa: 'راهنمای شهرداری برای شهروندان. اگر با تصمیم شهرداری موافق نیستید شکایت کنید.',
}

async function extracted(lang: string, text: string, css: string, name: string): Promise<string> {
  const html = `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8"><title>t</title><style>${css}</style></head><body><main><article lang="${lang}" dir="rtl"><h1>${text}</h1><p>${text}</p></article></main></body></html>`
  const file = path.join(out, `${name}.pdf`)
  writeFileSync(file, await renderHtmlPdf(html))
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .toString()
    .replace(/[\u202a-\u202e]/g, '')
}

/** Words of the sample that do not come out of the PDF whole. */
function brokenWords(source: string, pdfText: string): string[] {
  const words = new Set(pdfText.replace(/[.،]/g, ' ').split(/\s+/).filter(Boolean))
  return source
    .replace(/[.،]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !words.has(w))
}

afterAll(async () => closePdfBrowser())

describe('Arabic-script text in our PDFs extracts as whole words', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`keeps every ${lang} word whole with the print styles (Amiri)`, async () => {
      const pdfText = await extracted(lang, text, PRINT_CSS, `print-${lang}`)
      expect(brokenWords(text, pdfText)).toEqual([])
    })
  }

  it('measures the cause: the same text in Noto Naskh Arabic comes out split (if this starts passing, Chromium or poppler fixed it)', async () => {
    const naskhOnly = `${FONT_FACES} body { font-family: 'Noto Naskh Arabic'; font-size: 13pt; }`
    const pdfText = await extracted('ar', SAMPLES.ar, naskhOnly, 'naskh-ar')
    const broken = brokenWords(SAMPLES.ar, pdfText)
    expect(broken.length).toBeGreaterThan(3)
    expect(pdfText).toContain('دلي ل')
  })
})
