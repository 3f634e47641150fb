/** Review screen styles; logical properties so Arabic, Urdu and Persian columns need nothing extra. */
export const REVIEW_CSS = `
body { margin: 0; font-family: 'Noto Sans', system-ui, sans-serif; color: #1a1a1a; background: #f6f6f6; }
[lang|='ar'], [lang|='fa'] { font-family: 'Noto Naskh Arabic', serif; }
[lang|='ur'] { font-family: 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif; line-height: 2.2; }
header { background: #002e5f; color: #fff; padding: 0.75rem 1.5rem; display: flex; gap: 1.5rem; align-items: center; }
header a { color: #fff; }
main { padding: 1rem 1.5rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: start; padding: 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
form.filters { display: flex; gap: 1rem; margin-bottom: 1rem; align-items: end; }
.segment { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; background: #fff; padding: 0.75rem; margin-bottom: 0.5rem; border-inline-start: 4px solid transparent; }
.segment.changed { border-inline-start-color: #c60; background: #fff8ee; }
.segment textarea { width: 100%; min-height: 4.5rem; font: inherit; padding: 0.4rem; box-sizing: border-box; }
.origin { font-size: 0.75rem; padding: 0.1rem 0.4rem; border-radius: 0.2rem; background: #e4e9f2; }
.origin.machine { background: #fde9c8; }
.origin.needs-human { background: #f7d4d4; }
.qa { font-size: 0.85rem; margin: 0.25rem 0 0; padding-inline-start: 1.2rem; }
.qa .error { color: #a00; }
.qa .warning { color: #8a5a00; }
.glossary { font-size: 0.85rem; color: #333; }
.suggestions { font-size: 0.85rem; margin: 0.25rem 0 0; padding-inline-start: 1.2rem; }
.suggestions .match { font-weight: 600; }
.actions { position: sticky; bottom: 0; background: #fff; padding: 0.75rem; display: flex; gap: 0.75rem; align-items: center; border-top: 1px solid #ccc; }
.status { font-weight: 600; }
[role='alert'] { color: #a00; }
.xliff { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0; }
.xliff .ok { color: #05602f; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.open-work .overdue { color: #a00; font-weight: 700; }
.budgets [data-level='warning'] td:last-child { color: #8a5a00; font-weight: 700; }
.budgets [data-level='exhausted'] td:last-child { color: #a00; font-weight: 700; }
`
