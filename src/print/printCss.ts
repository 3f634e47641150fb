import { FONT_FACES } from './fonts'

/** A4 print styles; direction-aware through logical properties so RTL needs no second sheet. */
export const PRINT_CSS = `${FONT_FACES}
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 11pt; line-height: 1.5; color: #111; }
[lang|='ar'], [lang|='fa'] { font-family: 'Amiri', 'Noto Naskh Arabic', 'Noto Sans', serif; font-size: 13pt; line-height: 1.8; }
[lang|='ur'] { font-family: 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif; font-size: 12pt; line-height: 2.3; }
main { max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
article { text-align: start; }
article + article { break-before: page; }
h1 { font-size: 20pt; line-height: 1.25; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
ul, ol { padding-inline-start: 7mm; }
blockquote { margin: 3mm 0; padding-inline-start: 4mm; border-inline-start: 1mm solid #999; }
a { color: inherit; }
a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 9pt; unicode-bidi: isolate; direction: ltr; }
.summary { font-size: 12pt; margin-bottom: 5mm; }
.meta { font-size: 9pt; color: #555; margin-bottom: 6mm; }
.fallback-note { font-size: 9pt; border: 0.3mm solid #999; padding: 2mm 3mm; margin-bottom: 5mm; }
.bilingual { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.bilingual > article + article { break-before: auto; }
@media screen { body { background: #eee; } main { background: #fff; padding: 16mm; margin: 8mm auto; box-shadow: 0 0 4mm #0002; } }
`
