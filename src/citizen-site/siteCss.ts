/** Citizen site styles: logical properties only, so right-to-left pages need nothing extra. */
export const SITE_CSS = `
body{margin:0;font-family:'Noto Sans',system-ui,sans-serif;line-height:1.6;color:#1a1a1a;background:#fff}
[lang|='ar'],[lang|='fa']{font-family:'Noto Naskh Arabic',serif}
[lang|='ur']{font-family:'Noto Nastaliq Urdu','Noto Naskh Arabic',serif;line-height:2.2}
[lang|='da'],[lang|='en'],[lang|='tr'],[lang|='so']{font-family:'Noto Sans',system-ui,sans-serif}
.skip{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:1rem;background:#fff;color:#002e5f;padding:.5rem}
header{background:#002e5f;color:#fff;padding:1rem 1.5rem}
header a{color:#fff}
.site-name{margin:0;font-size:1.4rem;font-weight:700}.owner{font-size:1rem;font-weight:400;margin-inline-start:.5rem}
nav ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;margin:.5rem 0 0;padding:0}
nav a[aria-current]{font-weight:700;text-decoration:underline}
main{max-width:48rem;margin:0 auto;padding:1.5rem;text-align:start}
footer{max-width:48rem;margin:0 auto;padding:1rem 1.5rem;border-block-start:1px solid #ccc;font-size:.9rem}
.fallback,.notice{border-inline-start:4px solid #a84f00;padding-inline-start:.75rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.75rem;list-style:none;padding:0}
.tiles a{display:block;padding:.75rem;border:2px solid #002e5f;border-radius:.25rem;text-decoration:none;color:#002e5f;font-weight:700}
.places,.events,.docs{list-style:none;padding:0}.places>li,.events>li{border-block-end:1px solid #ddd;padding-block:.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0}
.kind{margin:0;color:#444}
video{max-width:100%;background:#000}
form p{margin:.25rem 0}input,select,button{font:inherit;padding:.25rem .5rem}
a{color:#00509e}
@media print{.skip,header,footer,.pdf{display:none}main{padding:0}}
`
