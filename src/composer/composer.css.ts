/** The composer's own styles; the letter previews reuse the print fonts and directions. */
export const COMPOSER_CSS = `
body { margin: 0; font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; color: #111; background: #f4f4f4; }
header { background: #1d3b5a; color: #fff; padding: 0.6rem 1rem; display: flex; gap: 1rem; align-items: baseline; }
header a { color: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
fieldset { border: 1px solid #bbb; background: #fff; margin: 0 0 1rem; padding: 0.8rem 1rem; }
legend { font-weight: 700; padding: 0 0.3rem; }
label { display: block; margin: 0.4rem 0 0.1rem; font-weight: 600; }
input, select { font: inherit; padding: 0.3rem; min-width: 16rem; border: 1px solid #767676; }
.radio label { display: inline; font-weight: 400; margin-inline-end: 1rem; }
.radio input { min-width: 0; }
button { font: inherit; padding: 0.4rem 1rem; background: #1d3b5a; color: #fff; border: 0; cursor: pointer; }
button:disabled { background: #767676; cursor: not-allowed; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.sheet { background: #fff; border: 1px solid #bbb; padding: 1rem 1.4rem; }
.status-approved { color: #176c2c; }
.status-missing, .status-outdated { color: #8a3b00; }
.problems { color: #9b1c1c; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.6rem; text-align: start; vertical-align: top; }
[lang|='ar'], [lang|='fa'] { font-family: 'Amiri', 'Noto Naskh Arabic', serif; font-size: 1.1em; }
[lang|='ur'] { font-family: 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif; line-height: 2.2; }
.fallback-note { border: 1px solid #999; padding: 0.3rem 0.6rem; font-size: 0.9em; }
`
