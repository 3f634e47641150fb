import type { Locale } from '../languages'

/**
 * Where a link points, online (absolute paths under /{locale}) or in the offline pack (relative
 * file names, so the copy works opened from a disc or USB stick with file://).
 *
 * Site paths are locale-relative without extension: '' (home), 'leaflets/slug', 'events',
 * 'life/health'. Files keep their extension: 'events.ics', 'films/slug/ar.vtt'.
 */
export interface Links {
  mode: 'online' | 'offline'
  page(sitePath: string): string
  file(sitePath: string): string
  media(filename: string): string
  font(name: string): string
  language(locale: Locale): string
  /** The printable PDF of a leaflet or welcome material: the print route online, a file in the pack. */
  pdf(collection: string, slug: string): string
}

export function onlineLinks(locale: Locale): Links {
  return {
    mode: 'online',
    page: (p) => (p ? `/${locale}/${p}` : `/${locale}`),
    file: (p) => `/${locale}/${p}`,
    media: (f) => `/api/media/file/${encodeURIComponent(f)}`,
    font: (n) => `/print/fonts/${n}`,
    language: (l) => `/${l}`,
    pdf: (c, s) => `/print/${c}/${encodeURIComponent(s)}/${locale}/pdf`,
  }
}

/** The offline file a site path is stored as. */
export function offlineFileOf(sitePath: string): string {
  return sitePath ? `${sitePath}.html` : 'index.html'
}

/** Offline file name of a non-page file: films/slug/ar.vtt → films/slug.ar.vtt (no folder per film). */
export function offlineDataFileOf(sitePath: string): string {
  return sitePath.replace(/^films\/([^/]+)\/([a-z]{2})\.vtt$/, 'films/$1.$2.vtt')
}

/** Where the pack stores a document's PDF. */
export function offlinePdfFileOf(collection: string, slug: string): string {
  return `pdf/${collection}/${slug}.pdf`
}

/** Links for the page stored at `currentFile` (e.g. 'leaflets/x.html') inside the pack. */
export function offlineLinks(currentFile: string): Links {
  const up = '../'.repeat(currentFile.split('/').length - 1)
  return {
    mode: 'offline',
    page: (p) => up + offlineFileOf(p),
    file: (p) => up + offlineDataFileOf(p),
    media: (f) => `${up}media/${encodeURIComponent(f)}`,
    font: (n) => `${up}fonts/${n}`,
    // The pack holds one language; other languages are their own packs.
    language: () => '',
    pdf: (c, s) => `${up}${offlinePdfFileOf(c, s)}`,
  }
}
