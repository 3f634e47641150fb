import { ALL_LOCALES, languageOf, type Locale } from '../languages'
import { escapeHtml } from '../render/lexicalToHtml'
import { formatWhen } from './day'
import {
  type InterfaceTextKey,
  LIFE_SITUATIONS,
  type LifeSituation,
  DISTRICTS,
  ENTRY_POINT_KINDS,
  HELP_POINT_KINDS,
} from './interfaceTexts'
import type { Links } from './links'
import type { DepartmentInfo, Film, InterfaceTexts, Place, SiteDoc, SiteEvent } from './model'
import { SITE_CSS } from './siteCss'

/**
 * The citizen site as plain HTML strings: no client JavaScript at all (it works with scripts off
 * and weighs a few kilobytes), every text escaped here or already sanitised (document HTML), and
 * the same templates write the online pages and the offline pack (only the links differ).
 */
export interface PageContext {
  locale: Locale
  texts: InterfaceTexts
  links: Links
  /** This page's site path ('' for home): the language switcher keeps the reader on it. */
  sitePath: string
}

const e = escapeHtml

/** An interface text, marked with its own language when it is the Danish fallback. */
export function tx(ctx: PageContext, key: InterfaceTextKey): string {
  const shown = ctx.texts(key)
  return shown.isFallback
    ? `<span lang="${shown.lang}" dir="${shown.dir}">${e(shown.text)}</span>`
    : e(shown.text)
}

/** Plain text of an interface text, for attributes and <title>. */
function plain(ctx: PageContext, key: InterfaceTextKey): string {
  return e(ctx.texts(key).text)
}

function docLang(doc: Pick<SiteDoc, 'lang' | 'dir'>, ctx: PageContext): string {
  return doc.lang === languageOf(ctx.locale).bcp47 ? '' : ` lang="${e(doc.lang)}" dir="${doc.dir}"`
}

function fonts(links: Links): string {
  const face = (family: string, weight: number, file: string, range = '') =>
    `@font-face{font-family:'${family}';font-weight:${weight};font-display:swap;src:url('${links.font(file)}') format('woff2')${range ? `;unicode-range:${range}` : ''}}`
  return [
    face('Noto Sans', 400, 'noto-sans-400.woff2'),
    face('Noto Sans', 400, 'noto-sans-ext-400.woff2', 'U+0100-024F'),
    face('Noto Sans', 700, 'noto-sans-700.woff2'),
    face('Noto Naskh Arabic', 400, 'noto-naskh-arabic-400.woff2'),
    face('Noto Naskh Arabic', 700, 'noto-naskh-arabic-700.woff2'),
    face('Noto Nastaliq Urdu', 400, 'noto-nastaliq-urdu-400.woff2'),
  ].join('')
}

/** The font files a page may ask for (the offline pack copies them). */
export const SITE_FONT_FILES = [
  'noto-sans-400.woff2',
  'noto-sans-ext-400.woff2',
  'noto-sans-700.woff2',
  'noto-naskh-arabic-400.woff2',
  'noto-naskh-arabic-700.woff2',
  'noto-nastaliq-urdu-400.woff2',
]

export function layout(ctx: PageContext, page: { title: string; body: string }): string {
  const language = languageOf(ctx.locale)
  const { links } = ctx
  const switcher =
    links.mode === 'online'
      ? `<nav class="languages" aria-label="${plain(ctx, 'nav.languages')}"><ul>${ALL_LOCALES.map(
          (code) => {
            const l = languageOf(code)
            const href = ctx.sitePath
              ? `${links.language(code)}/${ctx.sitePath}`
              : links.language(code)
            return `<li><a href="${e(href)}" lang="${l.bcp47}" hreflang="${l.bcp47}" dir="${l.dir}"${code === ctx.locale ? ' aria-current="true"' : ''}>${e(l.nativeName)}</a></li>`
          },
        ).join('')}</ul></nav>`
      : `<p class="notice">${tx(ctx, 'offline.notice')}</p>`
  const nav = [
    ['', 'nav.home'],
    ['places', 'nav.places'],
    ['events', 'nav.events'],
    ['municipality', 'nav.municipality'],
    ...(links.mode === 'online' ? [['search', 'nav.search'] as const] : []),
  ] as const
  return `<!doctype html>
<html lang="${language.bcp47}" dir="${language.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(page.title)} – ${plain(ctx, 'site.name')}</title>
<style>${fonts(links)}${SITE_CSS}</style>
</head>
<body>
<a class="skip" href="#main">${tx(ctx, 'nav.skip')}</a>
<header>
<p class="site-name"><a href="${e(links.page(''))}">${tx(ctx, 'site.name')}</a> <span class="owner">${tx(ctx, 'site.owner')}</span></p>
${switcher}
<nav class="main" aria-label="${plain(ctx, 'nav.main')}"><ul>${nav.map(([p, key]) => `<li><a href="${e(links.page(p))}"${p === ctx.sitePath ? ' aria-current="page"' : ''}>${tx(ctx, key)}</a></li>`).join('')}</ul></nav>
</header>
<main id="main">
${page.body}
</main>
<footer><p>${tx(ctx, 'footer.privacy')}</p>${links.mode === 'online' ? `<p><a href="${e(links.file('offline.zip'))}" download>${tx(ctx, 'offline.download')}</a></p>` : ''}</footer>
</body>
</html>`
}

function fallbackNote(ctx: PageContext, doc: SiteDoc): string {
  return doc.isFallback ? `<p class="fallback">${tx(ctx, 'fallback.note')}</p>` : ''
}

function docLink(ctx: PageContext, doc: SiteDoc): string {
  return `<a href="${e(ctx.links.page(`${doc.collection}/${doc.slug}`))}"${docLang(doc, ctx)}>${e(doc.title)}</a>`
}

function docList(ctx: PageContext, docs: SiteDoc[]): string {
  return `<ul class="docs">${docs.map((d) => `<li>${docLink(ctx, d)}${d.summary ? `<p${docLang(d, ctx)}>${e(d.summary)}</p>` : ''}</li>`).join('')}</ul>`
}

function section(ctx: PageContext, key: InterfaceTextKey, content: string, id?: string): string {
  return `<section${id ? ` id="${id}"` : ''}><h2>${tx(ctx, key)}</h2>${content}</section>`
}

export interface HomeData {
  welcome: SiteDoc[]
  leaflets: SiteDoc[]
  films: SiteDoc[]
  places: Place[]
  events: SiteEvent[]
}

export function homePage(ctx: PageContext, data: HomeData): string {
  const entryPoints = data.places.filter((p) =>
    (ENTRY_POINT_KINDS as readonly string[]).includes(p.kind),
  )
  const helpPoints = data.places.filter((p) =>
    (HELP_POINT_KINDS as readonly string[]).includes(p.kind),
  )
  const body = [
    `<h1>${tx(ctx, 'site.name')}</h1><p class="intro">${tx(ctx, 'home.intro')}</p>`,
    searchForm(ctx, ''),
    section(
      ctx,
      'section.lifeSituations',
      `<ul class="tiles">${LIFE_SITUATIONS.map((s) => `<li><a href="${e(ctx.links.page(`life/${s}`))}">${tx(ctx, `life.${s}`)}</a></li>`).join('')}</ul>`,
    ),
    data.welcome.length ? section(ctx, 'section.welcome', docList(ctx, data.welcome)) : '',
    entryPoints.length ? section(ctx, 'section.entryPoints', placeList(ctx, entryPoints)) : '',
    helpPoints.length ? section(ctx, 'section.helpPoints', placeList(ctx, helpPoints)) : '',
    section(ctx, 'section.events', eventList(ctx, data.events.slice(0, 3))),
    data.films.length ? section(ctx, 'section.films', docList(ctx, data.films)) : '',
    data.leaflets.length ? section(ctx, 'section.leaflets', docList(ctx, data.leaflets)) : '',
  ]
  return layout(ctx, { title: ctx.texts('nav.home').text, body: body.join('\n') })
}

/** Collections with a print layout (the print route); places, events and films have none. */
export const PRINTABLE = new Set(['leaflets', 'welcome-materials'])

export function documentPage(ctx: PageContext, doc: SiteDoc, extra = ''): string {
  // The PDF is the same text laid out for print (the strategy hands leaflets out on paper and disc).
  const pdf = PRINTABLE.has(doc.collection)
    ? `<p class="pdf"><a href="${e(ctx.links.pdf(doc.collection, doc.slug))}" type="application/pdf">${tx(ctx, 'doc.pdf')}</a></p>`
    : ''
  const body = `<article lang="${e(doc.lang)}" dir="${doc.dir}">${fallbackNote(ctx, doc)}<h1>${e(doc.title)}</h1>${doc.summary ? `<p class="summary">${e(doc.summary)}</p>` : ''}${extra}<div class="body">${doc.html ?? ''}</div>${pdf}</article>`
  return layout(ctx, { title: doc.title, body })
}

function languageNames(codes: string[]): string {
  return codes
    .filter((c): c is Locale => (ALL_LOCALES as string[]).includes(c))
    .map(
      (c) =>
        `<span lang="${languageOf(c).bcp47}" dir="${languageOf(c).dir}">${e(languageOf(c).nativeName)}</span>`,
    )
    .join(', ')
}

function placeFacts(ctx: PageContext, place: Place): string {
  const row = (key: InterfaceTextKey, value: string) => `<dt>${tx(ctx, key)}</dt><dd>${value}</dd>`
  return `<dl>${[
    row('label.address', `<span lang="da-DK" dir="ltr">${e(place.address)}</span>`),
    row('label.district', tx(ctx, `district.${place.district}`)),
    place.openingHours
      ? row('label.openingHours', `<span${docLang(place, ctx)}>${e(place.openingHours)}</span>`)
      : '',
    place.helpsWith
      ? row('label.helpsWith', `<span${docLang(place, ctx)}>${e(place.helpsWith)}</span>`)
      : '',
    place.languagesSpoken.length
      ? row('label.languages', languageNames(place.languagesSpoken))
      : '',
    place.phone
      ? row(
          'label.phone',
          `<a href="tel:${e(place.phone.replace(/[^+\d]/g, ''))}" dir="ltr">${e(place.phone)}</a>`,
        )
      : '',
  ].join('')}</dl>`
}

function placeList(ctx: PageContext, places: Place[]): string {
  if (!places.length) return `<p>${tx(ctx, 'places.none')}</p>`
  return `<ul class="places">${places.map((p) => `<li><h3>${docLink(ctx, p)}</h3><p class="kind">${tx(ctx, `kind.${p.kind}`)}</p>${placeFacts(ctx, p)}</li>`).join('')}</ul>`
}

export function placesPage(
  ctx: PageContext,
  places: Place[],
  filter: { language?: string; district?: string },
): string {
  // A plain GET form: filtering works without JavaScript. The offline pack lists everything.
  const select = (
    name: string,
    label: InterfaceTextKey,
    any: InterfaceTextKey,
    options: Array<[string, string]>,
    value?: string,
  ) =>
    `<p><label for="${name}">${tx(ctx, label)}</label> <select id="${name}" name="${name}"><option value="">${plain(ctx, any)}</option>${options.map(([v, text]) => `<option value="${e(v)}"${v === value ? ' selected' : ''}>${text}</option>`).join('')}</select></p>`
  const form =
    ctx.links.mode === 'online'
      ? `<form method="get" action="${e(ctx.links.page('places'))}" class="filter">${select(
          'language',
          'label.languages',
          'label.anyLanguage',
          ALL_LOCALES.map((c) => [c, e(languageOf(c).nativeName)]),
          filter.language,
        )}${select(
          'district',
          'label.district',
          'label.anyDistrict',
          DISTRICTS.map((d) => [d, plain(ctx, `district.${d}`)]),
          filter.district,
        )}<p><button type="submit">${tx(ctx, 'label.show')}</button></p></form>`
      : ''
  const entry = places.filter((p) => (ENTRY_POINT_KINDS as readonly string[]).includes(p.kind))
  const help = places.filter((p) => (HELP_POINT_KINDS as readonly string[]).includes(p.kind))
  const body = `<h1>${tx(ctx, 'nav.places')}</h1>${form}${section(ctx, 'section.helpPoints', placeList(ctx, help))}${section(ctx, 'section.entryPoints', placeList(ctx, entry))}`
  return layout(ctx, { title: ctx.texts('nav.places').text, body })
}

export function placePage(ctx: PageContext, place: Place): string {
  return documentPage(
    ctx,
    place,
    `<p class="kind">${tx(ctx, `kind.${place.kind}`)}</p>${placeFacts(ctx, place)}`,
  )
}

function eventFacts(ctx: PageContext, event: SiteEvent): string {
  const where = [event.location, event.address].filter(Boolean).join(', ')
  return `<dl><dt>${tx(ctx, 'label.when')}</dt><dd><time datetime="${e(event.startsAt)}">${e(formatWhen(event.startsAt, event.endsAt, languageOf(ctx.locale).bcp47))}</time></dd>${where ? `<dt>${tx(ctx, 'label.where')}</dt><dd${docLang(event, ctx)}>${e(where)}</dd>` : ''}</dl>`
}

function eventList(ctx: PageContext, events: SiteEvent[]): string {
  const calendar = `<p><a href="${e(ctx.links.file('events.ics'))}" type="text/calendar">${tx(ctx, 'events.calendar')}</a></p>`
  if (!events.length) return `<p>${tx(ctx, 'events.none')}</p>${calendar}`
  return `<ul class="events">${events.map((ev) => `<li><h3>${docLink(ctx, ev)}</h3><p class="kind">${tx(ctx, `event.${ev.kind}`)}</p>${eventFacts(ctx, ev)}</li>`).join('')}</ul>${calendar}`
}

export function eventsPage(ctx: PageContext, events: SiteEvent[]): string {
  return layout(ctx, {
    title: ctx.texts('nav.events').text,
    body: `<h1>${tx(ctx, 'nav.events')}</h1>${eventList(ctx, events)}`,
  })
}

export function eventPage(ctx: PageContext, event: SiteEvent): string {
  return documentPage(
    ctx,
    event,
    `<p class="kind">${tx(ctx, `event.${event.kind}`)}</p>${eventFacts(ctx, event)}`,
  )
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** A film with a <track> per language whose subtitles are approved; the reader's language is the default. */
export function filmPage(ctx: PageContext, film: Film): string {
  const tracks = film.trackLocales
    .map((code) => {
      const l = languageOf(code)
      const inline = film.trackData?.[code]
      const src =
        inline !== undefined
          ? `data:text/vtt;charset=utf-8;base64,${utf8Base64(inline)}`
          : ctx.links.file(`films/${film.slug}/${code}.vtt`)
      // The film's own language (Danish) is its captions; the translations are subtitles.
      const kind = code === 'da' ? 'captions' : 'subtitles'
      return `<track kind="${kind}" src="${e(src)}" srclang="${l.bcp47}" label="${e(l.nativeName)}"${code === ctx.locale ? ' default' : ''}>`
    })
    .join('')
  const video = film.video
    ? `<video controls preload="metadata"><source src="${e(ctx.links.media(film.video.filename))}" type="${e(film.video.mimeType)}">${tracks}<p>${tx(ctx, 'film.unsupported')} <a href="${e(ctx.links.media(film.video.filename))}">${e(film.video.filename)}</a></p></video>`
    : ''
  const languages = film.trackLocales.length
    ? `<p class="tracks">${tx(ctx, 'label.subtitles')}: ${languageNames(film.trackLocales)}</p>`
    : ''
  return documentPage(ctx, film, video + languages)
}

export function lifePage(
  ctx: PageContext,
  situation: LifeSituation,
  docs: SiteDoc[],
  places: Place[],
  events: SiteEvent[],
): string {
  const body = [
    `<h1>${tx(ctx, `life.${situation}`)}</h1>`,
    docs.length ? docList(ctx, docs) : '',
    places.length ? section(ctx, 'nav.places', placeList(ctx, places)) : '',
    events.length ? section(ctx, 'section.events', eventList(ctx, events)) : '',
  ]
  return layout(ctx, { title: ctx.texts(`life.${situation}`).text, body: body.join('') })
}

export function municipalityPage(ctx: PageContext, departments: DepartmentInfo[]): string {
  // Department names are administrative names entered by admins in Danish: shown as Danish.
  const list = `<ul class="departments">${departments.map((d) => `<li><span lang="da-DK" dir="ltr">${e(d.name)}</span> (<abbr lang="da-DK">${e(d.code)}</abbr>)</li>`).join('')}</ul>`
  return layout(ctx, {
    title: ctx.texts('nav.municipality').text,
    body: `<h1>${tx(ctx, 'nav.municipality')}</h1><p>${tx(ctx, 'municipality.intro')}</p>${list}`,
  })
}

function searchForm(ctx: PageContext, query: string): string {
  if (ctx.links.mode === 'offline') return ''
  return `<form method="get" action="${e(ctx.links.page('search'))}" role="search" class="search"><label for="q">${tx(ctx, 'search.label')}</label> <input id="q" name="q" type="search" value="${e(query)}" maxlength="200"> <button type="submit">${tx(ctx, 'search.button')}</button></form>`
}

export function searchPage(ctx: PageContext, query: string, results: SiteDoc[] | null): string {
  const list =
    results === null
      ? ''
      : results.length
        ? section(ctx, 'search.results', docList(ctx, results))
        : `<p>${tx(ctx, 'search.none')}</p>`
  return layout(ctx, {
    title: ctx.texts('nav.search').text,
    body: `<h1>${tx(ctx, 'nav.search')}</h1>${searchForm(ctx, query)}${list}`,
  })
}

export function notFoundPage(ctx: PageContext): string {
  return layout(ctx, {
    title: ctx.texts('notFound.title').text,
    body: `<h1>${tx(ctx, 'notFound.title')}</h1><p><a href="${e(ctx.links.page(''))}">${tx(ctx, 'nav.home')}</a></p>`,
  })
}
