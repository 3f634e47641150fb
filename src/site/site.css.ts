/** Reference site styles: logical properties only, so RTL pages need nothing extra. */
export const SITE_CSS = `
body { margin: 0; font-family: 'Noto Sans', system-ui, sans-serif; line-height: 1.6; color: #1a1a1a; }
[lang|='ar'] body, [lang|='fa'] body, [lang|='ar'], [lang|='fa'] { font-family: 'Noto Naskh Arabic', serif; }
[lang|='ur'] body, [lang|='ur'] { font-family: 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif; line-height: 2.2; }
header { background: #002e5f; color: #fff; padding: 1rem 1.5rem; }
header a { color: #fff; }
nav.languages ul { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; margin: 0.5rem 0 0; padding: 0; }
nav.languages a[aria-current='true'] { font-weight: 700; text-decoration: underline; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; text-align: start; }
.fallback { border-inline-start: 4px solid #c60; padding-inline-start: 0.75rem; }
`
