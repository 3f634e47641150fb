import { FONT_FACES } from '../../../src/print/fonts'

/** A4 booklet: cover, contents, one entry per page; logical properties so RTL needs no second sheet. */
export const BOOKLET_CSS = `${FONT_FACES}
@page { size: A4; margin: 18mm 18mm 20mm; }
* { box-sizing: border-box; }
html { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 11pt; line-height: 1.5; color: #111; }
html[lang|='ar'], html[lang|='fa'] { font-family: 'Noto Naskh Arabic', 'Noto Sans', serif; font-size: 12.5pt; line-height: 1.8; }
html[lang|='ur'] { font-family: 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif; font-size: 12pt; line-height: 2.3; }
body { margin: 0; }
.sheet { break-before: page; text-align: start; }
.sheet:first-child { break-before: auto; }
.cover { display: flex; flex-direction: column; justify-content: center; min-height: 240mm; }
.cover h1 { font-size: 28pt; line-height: 1.2; margin: 0 0 6mm; }
.cover p { font-size: 13pt; margin: 0 0 2mm; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 1.5mm; }
.toc .toc-section > a { font-weight: 700; }
.toc ol ol { padding-inline-start: 6mm; margin-top: 1.5mm; }
.toc a { display: flex; gap: 2mm; color: inherit; text-decoration: none; }
.toc .toc-title { flex: 1 1 auto; }
.toc .toc-page { flex: 0 0 auto; font-variant-numeric: tabular-nums; unicode-bidi: isolate; }
.toc .toc-page:empty { display: none; }
h1 { font-size: 20pt; line-height: 1.25; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; break-after: avoid; }
.section-heading { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.05em; color: #555; margin: 0 0 3mm; }
.summary { font-size: 12pt; margin-bottom: 4mm; }
p, li { orphans: 3; widows: 3; }
ul, ol { padding-inline-start: 7mm; }
.questions li { margin-bottom: 2mm; }
.meta { font-size: 9.5pt; color: #444; margin-bottom: 4mm; }
.passage { border-inline-start: 1.2mm solid #b3261e; padding: 1mm 0 1mm 4mm; padding-inline-start: 4mm; margin: 2mm 0 4mm; white-space: pre-line; }
.passage.after { border-inline-start-color: #1e7d32; }
.lix { font-weight: 700; }
.note { font-size: 9.5pt; border: 0.3mm solid #999; padding: 2mm 3mm; margin-top: 6mm; }
a { color: inherit; }
@media screen { body { background: #eee; } .sheet { background: #fff; max-width: 210mm; margin: 8mm auto; padding: 18mm; box-shadow: 0 0 4mm #0002; } .cover { min-height: 0; } }
`
