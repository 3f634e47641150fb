/** Review screen styles; logical properties so Arabic, Urdu and Persian columns need nothing extra (tag chips excepted, see there). */
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
.origin { font-size: 0.75rem; padding: 0.1rem 0.4rem; border-radius: 0.2rem; background: #e4e9f2; }
.origin.machine { background: #fde9c8; }
.origin.needs-human { background: #f7d4d4; }
.qa { font-size: 0.85rem; margin: 0.25rem 0 0; padding-inline-start: 1.2rem; }
.qa .error { color: #a00; }
.qa .warning { color: #8a5a00; }
.glossary { font-size: 0.85rem; color: #333; }
.suggestions { font-size: 0.85rem; margin: 0.25rem 0 0; padding-inline-start: 1.2rem; }
.suggestions .match { font-weight: 600; }
.actions { position: sticky; bottom: 0; background: #fff; padding: 0.75rem; display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; border-top: 1px solid #ccc; }
.status { font-weight: 600; }
[role='alert'], .message.error { color: #a00; }
.message.ok, [role='status'].ok { color: #05602f; }
.segment-label { grid-column: 1 / -1; font-size: 0.9rem; margin: 0; color: #333; }
.editor { min-height: 3rem; border: 1px solid #767676; border-radius: 0.2rem; padding: 0.4rem; background: #fff; white-space: pre-wrap; overflow-wrap: anywhere; }
.editor:focus { outline: 3px solid #1f5fbf; outline-offset: 1px; }
.editor[aria-readonly='true'] { background: #f3f3f3; color: #333; }
/* Chips: codes as one non-editable unit, isolated left-to-right so they never mirror in RTL text. */
bdi.chip { unicode-bidi: isolate; direction: ltr; display: inline-block; font: 600 0.75rem/1.5 'Noto Sans', system-ui, sans-serif; padding: 0 0.35em; margin: 0 0.12em; border-radius: 0.3em; background: #dfe8f6; border: 1px solid #5b7bb0; color: #102a55; user-select: none; cursor: default; vertical-align: baseline; }
bdi.chip.tag-x { background: #eceff3; border-color: #6b7280; color: #1a1a1a; font-weight: 500; }
bdi.chip.tag-a { background: #e3f1e6; border-color: #3d7a4b; color: #173d20; }
/* A tag chip's thick edge faces the text it wraps. The chip is itself left-to-right (so "/bold" never
   mirrors), so its logical sides are LTR ones whatever the text: the side comes from the direction of
   the text around it instead, else Arabic showed both brackets facing away from the bold run. */
bdi.chip[data-kind='open'], .chip.open { border-right-width: 3px; }
bdi.chip[data-kind='close'], .chip.close { border-left-width: 3px; }
:dir(rtl) > bdi.chip[data-kind='open'], :dir(rtl) > .chip.open { border-right-width: 1px; border-left-width: 3px; }
:dir(rtl) > bdi.chip[data-kind='close'], :dir(rtl) > .chip.close { border-left-width: 1px; border-right-width: 3px; }
.source bdi.chip { cursor: pointer; }
.missing { font-size: 0.85rem; margin: 0.3rem 0 0; }
.chip-button { font: inherit; margin-inline-end: 0.3rem; padding: 0.05rem 0.4rem; border: 1px dashed #5b7bb0; background: #fff; border-radius: 0.3em; cursor: pointer; }
.note { display: block; font-size: 0.85rem; margin-top: 0.3rem; }
.note input { width: 100%; box-sizing: border-box; font: inherit; }
.toolbar { background: #fff; padding: 0.5rem 0.75rem; margin-bottom: 0.75rem; display: grid; gap: 0.4rem; }
.toolbar .filter { border: 0; padding: 0; margin: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
.toolbar .filter legend { float: left; margin-inline-end: 0.5rem; font-weight: 600; }
.toolbar .keys { margin: 0; font-size: 0.85rem; }
kbd { border: 1px solid #999; border-radius: 0.2rem; padding: 0 0.25rem; font-size: 0.8rem; background: #f6f6f6; }
.concordance ul { font-size: 0.85rem; margin: 0.25rem 0 0; }
.blocked { font-size: 0.85rem; color: #7a1d1d; max-height: 9rem; overflow: auto; }
.blocked p, .blocked ul { margin: 0; }
.blocked a { color: #7a1d1d; }
.state-line .explain { color: #444; }
.queue .languages { display: flex; gap: 0.4rem; flex-wrap: wrap; list-style: none; padding: 0; margin: 0; }
.queue .languages a { display: inline-block; padding: 0.1rem 0.45rem; border: 1px solid #5b7bb0; border-radius: 0.3rem; text-decoration: none; color: #102a55; }
.xliff { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0; }
.xliff .ok { color: #05602f; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.open-work .overdue { color: #a00; font-weight: 700; }
.budgets [data-level='warning'] td:last-child { color: #8a5a00; font-weight: 700; }
.budgets [data-level='exhausted'] td:last-child { color: #a00; font-weight: 700; }
`
