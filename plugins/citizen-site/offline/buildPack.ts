import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import yazl from 'yazl'
import { LIFE_SITUATIONS } from '../../../src/citizen-site/interfaceTexts'
import {
  offlineDataFileOf,
  offlineFileOf,
  offlineLinks,
  offlinePdfFileOf,
  onlineLinks,
} from '../../../src/citizen-site/links'
import { PRINTABLE, SITE_FONT_FILES } from '../../../src/citizen-site/render'
import { renderHtmlPdf } from '../../../src/print/renderPdf'
import type { Locale } from '../../../src/languages'
import { readFont } from '../../../src/print/fonts'
import * as query from '../../../src/site/query'
import { serializeWebVtt } from '../../../src/subtitles'
import { mediaDir, readMediaFile } from '../hooks/subtitleFiles'
import { renderSitePath } from '../site/pages'

export function offlineDir(): string {
  return path.resolve(process.env.OFFLINE_PACK_DIR ?? '.data/offline')
}

export function offlinePackPath(locale: Locale): string {
  return path.join(offlineDir(), `kend-din-kommune-${locale}.zip`)
}

/** Every page of the site in one language, as site paths. */
async function sitePaths(locale: Locale): Promise<string[]> {
  const [welcome, leaflets, films, places, events] = await Promise.all([
    query.listDocuments('welcome-materials', locale),
    query.listDocuments('leaflets', locale),
    query.listDocuments('films', locale),
    query.listPlaces(locale),
    query.listUpcomingEvents(locale),
  ])
  return [
    '',
    'places',
    'events',
    'municipality',
    ...LIFE_SITUATIONS.map((s) => `life/${s}`),
    ...[...welcome, ...leaflets, ...films, ...places, ...events].map(
      (d) => `${d.collection}/${d.slug}`,
    ),
  ]
}

/**
 * PDFs by the hash of the page they print, per language: a rebuild after one publish prints only
 * the pages that changed (Chromium takes about a second a page; nine languages multiply that).
 */
function pdfCache(locale: Locale) {
  const dir = path.join(offlineDir(), 'pdf-cache', locale)
  const used = new Set<string>()
  return {
    async pdfOf(html: string): Promise<Buffer> {
      const name = `${createHash('sha256').update(html).digest('hex')}.pdf`
      used.add(name)
      const file = path.join(dir, name)
      const cached = await readFile(file).catch(() => null)
      if (cached) return cached
      const pdf = Buffer.from(await renderHtmlPdf(html))
      await mkdir(dir, { recursive: true })
      await writeFile(file, pdf)
      return pdf
    },
    /** Drops PDFs of pages that no longer exist, so the cache never outgrows the site. */
    async prune(): Promise<void> {
      const names = await readdir(dir).catch(() => [] as string[])
      await Promise.all(names.filter((n) => !used.has(n)).map((n) => rm(path.join(dir, n))))
    },
  }
}

const MEDIA_URL = /(["'])\/api\/media\/file\/([^"'?#]+)\1/g

/**
 * The static copy of the site in one language, as a ZIP: every page as relative-linked HTML,
 * a PDF of every leaflet and welcome material, the events calendar, the films with their subtitle tracks, the fonts. Opened from a USB stick
 * or disc (file://) it needs no server and no network. Built from published content only
 * (through src/site/query.ts, like the site), written beside the old pack and then renamed over
 * it, so a download never gets half a file.
 */
export async function writeOfflinePack(
  payload: Payload,
  locale: Locale,
): Promise<{ files: number; path: string }> {
  const zip = new yazl.ZipFile()
  const media = new Set<string>()
  const pdfs = pdfCache(locale)
  let files = 0
  const add = (name: string, content: string | Buffer) => {
    zip.addBuffer(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, name, {
      mtime: new Date(),
    })
    files++
  }
  for (const sitePath of await sitePaths(locale)) {
    const file = offlineFileOf(sitePath)
    const answer = await renderSitePath(
      locale,
      sitePath ? sitePath.split('/') : [],
      new URLSearchParams(),
      offlineLinks(file),
    )
    if (answer.status !== 200) continue
    const up = '../'.repeat(file.split('/').length - 1)
    // Images and films embedded in rich text point at the media API online; in the pack, at media/.
    const body = answer.body.replace(MEDIA_URL, (_m, quote: string, name: string) => {
      media.add(decodeURIComponent(name))
      return `${quote}${up}media/${name}${quote}`
    })
    for (const match of answer.body.matchAll(/(?:src|href)="(?:\.\.\/)*media\/([^"]+)"/g))
      media.add(decodeURIComponent(match[1]))
    add(file, body)
    const [collection, slug] = sitePath.split('/')
    if (slug && PRINTABLE.has(collection)) {
      // Printed from the page itself (print CSS drops the navigation), with the fonts the print
      // renderer serves from the process: no server and no network needed to build the pack.
      const printable = await renderSitePath(
        locale,
        [collection, slug],
        new URLSearchParams(),
        onlineLinks(locale),
      )
      add(offlinePdfFileOf(collection, slug), await pdfs.pdfOf(printable.body))
    }
    if (collection === 'films' && slug) {
      const film = await query.readFilm(locale, slug)
      for (const code of film?.trackLocales ?? []) {
        const cues = await query.readSubtitleTrack(slug, code)
        if (cues) add(offlineDataFileOf(`films/${slug}/${code}.vtt`), serializeWebVtt(cues))
      }
    }
  }
  const calendar = await renderSitePath(
    locale,
    ['events.ics'],
    new URLSearchParams(),
    offlineLinks('events.ics'),
  )
  add('events.ics', calendar.body)
  for (const name of SITE_FONT_FILES) {
    const font = await readFont(name)
    if (font) add(`fonts/${name}`, font)
  }
  for (const name of media) {
    try {
      add(`media/${name}`, await readMediaFile(name))
    } catch {
      payload.logger.warn(`offline pack ${locale}: media file ${name} is missing in ${mediaDir()}`)
    }
  }
  const target = offlinePackPath(locale)
  await mkdir(path.dirname(target), { recursive: true })
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(temporary)
    out.on('close', () => resolve())
    out.on('error', reject)
    zip.outputStream.on('error', reject).pipe(out)
    zip.end()
  })
  await rename(temporary, target)
  await pdfs.prune()
  return { files, path: target }
}

/** The pack's path, building it first when none exists yet (a new installation, a new language). */
export async function ensureOfflinePack(payload: Payload, locale: Locale): Promise<string> {
  const target = offlinePackPath(locale)
  const exists = await stat(target).then(
    () => true,
    () => false,
  )
  if (!exists) await writeOfflinePack(payload, locale)
  return target
}
