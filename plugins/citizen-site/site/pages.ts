import { isLocale, type Locale } from '../../../src/languages'
import {
  DISTRICTS,
  LIFE_SITUATIONS,
  type LifeSituation,
} from '../../../src/citizen-site/interfaceTexts'
import type { Links } from '../../../src/citizen-site/links'
import * as render from '../../../src/citizen-site/render'
import { normaliseQuery } from '../../../src/citizen-site/searchConfig'
import { eventsCalendar } from '../../../src/citizen-site/ical'
import { serializeWebVtt } from '../../../src/subtitles'
import * as query from '../../../src/site/query'

export interface SiteAnswer {
  status: number
  contentType: string
  body: string
}

const html = (body: string, status = 200): SiteAnswer => ({
  status,
  contentType: 'text/html; charset=utf-8',
  body,
})

/**
 * One page of the citizen site, by its path below the language: the same answer online and in
 * the offline pack (which passes its own links). Unknown paths are a 404 page in the language.
 */
export async function renderSitePath(
  locale: Locale,
  segments: string[],
  params: URLSearchParams,
  links: Links,
  origin = '',
): Promise<SiteAnswer> {
  const texts = await query.readInterfaceTexts(locale)
  const sitePath = segments.join('/')
  const ctx: render.PageContext = { locale, texts, links, sitePath }
  const notFound = () => html(render.notFoundPage({ ...ctx, sitePath: '' }), 404)
  const [first, second, third] = segments

  if (segments.length === 0) {
    const [welcome, leaflets, films, places, events] = await Promise.all([
      query.listDocuments('welcome-materials', locale),
      query.listDocuments('leaflets', locale),
      query.listDocuments('films', locale),
      query.listPlaces(locale),
      query.listUpcomingEvents(locale),
    ])
    return html(render.homePage(ctx, { welcome, leaflets, films, places, events }))
  }
  if (segments.length === 1) {
    switch (first) {
      case 'places': {
        const language = params.get('language') ?? ''
        const district = params.get('district') ?? ''
        // Unknown filter values are ignored rather than answered with an error page.
        const filter = {
          language: isLocale(language) ? language : undefined,
          district: (DISTRICTS as readonly string[]).includes(district) ? district : undefined,
        }
        return html(render.placesPage(ctx, await query.listPlaces(locale, filter), filter))
      }
      case 'events':
        return html(render.eventsPage(ctx, await query.listUpcomingEvents(locale)))
      case 'events.ics': {
        const events = await query.listUpcomingEvents(locale)
        const body = eventsCalendar({
          events,
          name: `${texts('site.name').text} – ${texts('nav.events').text}`,
          locale,
          baseUrl: origin,
          eventUrl: (slug) => `/${locale}/events/${slug}`,
        })
        return { status: 200, contentType: 'text/calendar; charset=utf-8', body }
      }
      case 'municipality':
        return html(render.municipalityPage(ctx, await query.listDepartments()))
      case 'search': {
        const q = normaliseQuery(params.get('q'))
        return html(render.searchPage(ctx, q ?? '', q ? await query.search(locale, q) : null))
      }
      default:
        return notFound()
    }
  }
  if (segments.length === 2) {
    if (first === 'life' && (LIFE_SITUATIONS as readonly string[]).includes(second)) {
      const situation = second as LifeSituation
      const [welcome, leaflets, films, places, events] = await Promise.all([
        query.listDocuments('welcome-materials', locale, situation),
        query.listDocuments('leaflets', locale, situation),
        query.listDocuments('films', locale, situation),
        query.listPlaces(locale, { lifeSituation: situation }),
        query.listUpcomingEvents(locale, new Date(), situation),
      ])
      return html(
        render.lifePage(ctx, situation, [...welcome, ...leaflets, ...films], places, events),
      )
    }
    if (first === 'leaflets' || first === 'welcome-materials') {
      const doc = await query.readDocument(first, locale, second)
      return doc ? html(render.documentPage(ctx, doc)) : notFound()
    }
    if (first === 'help-points') {
      const doc = await query.readPlace(locale, second)
      return doc ? html(render.placePage(ctx, doc)) : notFound()
    }
    if (first === 'events') {
      const doc = await query.readEvent(locale, second)
      return doc ? html(render.eventPage(ctx, doc)) : notFound()
    }
    if (first === 'films') {
      const doc = await query.readFilm(locale, second)
      if (!doc) return notFound()
      if (links.mode === 'offline') {
        // A page opened from file:// may not fetch other file:// URLs for <track>: the pack inlines each track.
        for (const code of doc.trackLocales) {
          const cues = await query.readSubtitleTrack(second, code)
          if (cues) doc.trackData = { ...doc.trackData, [code]: serializeWebVtt(cues) }
        }
      }
      return html(render.filmPage(ctx, doc))
    }
    return notFound()
  }
  if (segments.length === 3 && first === 'films') {
    const track = /^([a-z]{2})\.vtt$/.exec(third ?? '')?.[1]
    if (!isLocale(track)) return notFound()
    const cues = await query.readSubtitleTrack(second, track)
    if (!cues)
      return {
        status: 404,
        contentType: 'text/plain; charset=utf-8',
        body: `No published ${track} subtitles for this film`,
      }
    return { status: 200, contentType: 'text/vtt; charset=utf-8', body: serializeWebVtt(cues) }
  }
  return notFound()
}
