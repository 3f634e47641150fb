import { createWriteStream } from 'node:fs'
import { mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import yazl from 'yazl'
import { LIFE_SITUATIONS } from '../../../src/citizen-site/interfaceTexts'
import { offlineDataFileOf, offlineFileOf, offlineLinks } from '../../../src/citizen-site/links'
import { SITE_FONT_FILES } from '../../../src/citizen-site/render'
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

const MEDIA_URL = /(["'])\/api\/media\/file\/([^"'?#]+)\1/g

/**
 * The static copy of the site in one language, as a ZIP: every page as relative-linked HTML,
 * the events calendar, the films with their subtitle tracks, the fonts. Opened from a USB stick
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
