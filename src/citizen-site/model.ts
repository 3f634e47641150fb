import type { Locale, TextDirection } from '../languages'
import type {
  District,
  EventKind,
  InterfaceTextKey,
  LifeSituation,
  PlaceKind,
} from './interfaceTexts'

/** A text as shown: in the reader's language when approved, else the Danish, marked as such. */
export interface ShownText {
  text: string
  lang: string
  dir: TextDirection
  isFallback: boolean
}

export type InterfaceTexts = (key: InterfaceTextKey) => ShownText

/** What the site shows of any published document (already in the served language). */
export interface SiteDoc {
  collection: string
  slug: string
  title: string
  summary?: string | null
  html?: string
  lang: string
  dir: TextDirection
  isFallback: boolean
  lifeSituations?: LifeSituation[]
}

export interface Place extends SiteDoc {
  kind: PlaceKind
  address: string
  district: District
  phone?: string | null
  openingHours?: string | null
  helpsWith?: string | null
  languagesSpoken: string[]
}

export interface SiteEvent extends SiteDoc {
  kind: EventKind
  startsAt: string
  endsAt: string
  location?: string | null
  address?: string | null
}

export interface MediaFile {
  filename: string
  mimeType: string
  alt?: string | null
}

export interface Film extends SiteDoc {
  video: MediaFile | null
  /** Languages with an approved subtitle track (Danish first). */
  trackLocales: Locale[]
  /** WebVTT text per language, inlined as data: URLs where tracks cannot be fetched (the offline pack). */
  trackData?: Partial<Record<Locale, string>>
}

export interface DepartmentInfo {
  code: string
  name: string
}
