import { describe, expect, it } from 'vitest'
import { eventsCalendar } from '../../src/citizen-site/ical'
import {
  DANISH_INTERFACE_TEXTS,
  type InterfaceTextKey,
} from '../../src/citizen-site/interfaceTexts'
import { offlineDataFileOf, offlineLinks, onlineLinks } from '../../src/citizen-site/links'
import type { InterfaceTexts, SiteEvent } from '../../src/citizen-site/model'
import { documentPage, filmPage, homePage } from '../../src/citizen-site/render'
import { normaliseQuery, SEARCH_CONFIG } from '../../src/citizen-site/searchConfig'
import { copenhagenDay } from '../../src/citizen-site/day'
import { embeddedMediaIds, lexicalToHtml } from '../../src/render/lexicalToHtml'

const danishFallback: InterfaceTexts = (key: InterfaceTextKey) => ({
  text: DANISH_INTERFACE_TEXTS[key],
  lang: 'da-DK',
  dir: 'ltr',
  isFallback: true,
})
const arabic: InterfaceTexts = (key) =>
  key === 'nav.home'
    ? { text: 'الرئيسية', lang: 'ar', dir: 'rtl', isFallback: false }
    : danishFallback(key)

const event = (slug: string, startsAt: string, endsAt: string): SiteEvent => ({
  collection: 'events',
  slug,
  title: `Møde ${slug}`,
  summary: 'Kom & hør',
  lang: 'da-DK',
  dir: 'ltr',
  isFallback: false,
  kind: 'information-meeting',
  startsAt,
  endsAt,
  location: 'Biblioteket',
  address: 'Krystalgade 15',
})

describe('citizen site pages', () => {
  it('mark interface texts shown in Danish in a right-to-left page, and keep approved ones unmarked', () => {
    const page = homePage(
      { locale: 'ar', texts: arabic, links: onlineLinks('ar'), sitePath: '' },
      { welcome: [], leaflets: [], films: [], places: [], events: [] },
    )
    expect(page).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/)
    expect(page).toContain('>الرئيسية</a>')
    expect(page).toContain('<span lang="da-DK" dir="ltr">Arrangementer</span>')
    expect(page).not.toMatch(/<script/i)
  })

  it('escape document text and show the fallback note on a Danish fallback', () => {
    const page = documentPage(
      { locale: 'so', texts: danishFallback, links: onlineLinks('so'), sitePath: 'leaflets/x' },
      {
        collection: 'leaflets',
        slug: 'x',
        title: '<b>Klage</b>',
        html: '<p>ok</p>',
        lang: 'da-DK',
        dir: 'ltr',
        isFallback: true,
      },
    )
    expect(page).toContain('<h1>&lt;b&gt;Klage&lt;/b&gt;</h1>')
    expect(page).toContain(
      '<p class="fallback"><span lang="da-DK" dir="ltr">Denne tekst findes endnu ikke på dit sprog. Den danske tekst vises.</span></p>',
    )
  })

  it('offer a track per published language, the reader’s as default; offline tracks are inlined', () => {
    const film = {
      collection: 'films',
      slug: 'f',
      title: 'Film',
      lang: 'ar',
      dir: 'rtl' as const,
      isFallback: false,
      video: { filename: 'v.webm', mimeType: 'video/webm' },
      trackLocales: ['da' as const, 'ar' as const],
    }
    const online = filmPage(
      { locale: 'ar', texts: danishFallback, links: onlineLinks('ar'), sitePath: 'films/f' },
      film,
    )
    expect(online).toContain(
      '<track kind="captions" src="/ar/films/f/da.vtt" srclang="da-DK" label="Dansk">',
    )
    expect(online).toContain(
      '<track kind="subtitles" src="/ar/films/f/ar.vtt" srclang="ar" label="العربية" default>',
    )
    expect(online).toContain('src="/api/media/file/v.webm"')
    const offline = filmPage(
      {
        locale: 'ar',
        texts: danishFallback,
        links: offlineLinks('films/f.html'),
        sitePath: 'films/f',
      },
      { ...film, trackData: { ar: 'WEBVTT\n\n00:00.000 --> 00:01.000\nمرحبا\n' } },
    )
    expect(offline).toContain('src="../media/v.webm"')
    expect(offline).toMatch(
      /<track kind="subtitles" src="data:text\/vtt;charset=utf-8;base64,[A-Za-z0-9+/=]+" srclang="ar"/,
    )
    expect(offline).toContain('src="../films/f.da.vtt"')
  })
})

describe('embedded media in rich text', () => {
  it('renders known images with escaped alt text and drops unknown or unsafe ones', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'upload', relationTo: 'media', value: 1 },
          { type: 'upload', relationTo: 'media', value: { id: 2 } },
          { type: 'upload', relationTo: 'media', value: 3 },
          { type: 'upload', value: 4 },
        ],
      },
    }
    const media = new Map([
      [1, { filename: 'kort.png', mimeType: 'image/png', alt: 'Kort "over" byen' }],
      [2, { filename: 'film.webm', mimeType: 'video/webm' }],
      [3, { filename: '../etc/passwd', mimeType: 'image/png' }],
    ])
    expect(embeddedMediaIds(state)).toEqual([1, 2, 3, 4])
    expect(lexicalToHtml(state, { media })).toBe(
      '<figure><img src="/api/media/file/kort.png" alt="Kort &quot;over&quot; byen"></figure><figure><video controls preload="metadata" src="/api/media/file/film.webm"></video></figure>',
    )
    expect(lexicalToHtml(state)).toBe('')
  })
})

describe('offline links', () => {
  it('are relative to the page’s folder', () => {
    expect(offlineLinks('index.html').page('leaflets/a')).toBe('leaflets/a.html')
    expect(offlineLinks('leaflets/a.html').page('')).toBe('../index.html')
    expect(offlineLinks('life/health.html').file('events.ics')).toBe('../events.ics')
    expect(offlineDataFileOf('films/f/ar.vtt')).toBe('films/f.ar.vtt')
  })
})

describe('iCalendar feed', () => {
  it('has one VEVENT per event with stable UIDs and UTC times', () => {
    const ics = eventsCalendar({
      events: [
        event('a', '2027-03-01T15:00:00.000Z', '2027-03-01T17:00:00.000Z'),
        event('b', '2027-04-01T08:00:00.000Z', '2027-04-01T13:00:00.000Z'),
      ],
      name: 'Kend din kommune',
      locale: 'da',
      baseUrl: 'https://kk.example',
      eventUrl: (s) => `/da/events/${s}`,
    })
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics).toContain('UID:a-da@kend-din-kommune')
    // 16:00 in Copenhagen, written as UTC so every calendar places it right.
    expect(ics).toContain('DTSTART:20270301T150000Z')
    expect(ics).toContain('URL;VALUE=URI:https://kk.example/da/events/a')
    expect(ics).toContain('SUMMARY:Møde a')
  })
})

describe('search configuration', () => {
  it('stems where Postgres has a dictionary and falls back to simple', () => {
    expect(SEARCH_CONFIG).toMatchObject({
      da: 'danish',
      ar: 'arabic',
      tr: 'turkish',
      ur: 'simple',
      so: 'simple',
      fa: 'simple',
    })
    expect(normaliseQuery('  klage\u0000 ')).toBe('klage')
    expect(normaliseQuery(' -- ')).toBeNull()
    expect(normaliseQuery('x'.repeat(500))?.length).toBe(200)
  })

  it('counts page views on the Copenhagen day', () => {
    expect(copenhagenDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
  })
})
