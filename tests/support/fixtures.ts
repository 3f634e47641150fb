import {
  type TranslatedCollection,
  translatedCollections,
} from '../../plugins/translation-workflow/translatedCollections'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Role } from '../../src/access/roles'
import type { TargetLocale } from '../../src/languages'
import { paragraphs } from './lexical'

export type ContentSlug = TranslatedCollection
/** The translated collections, as payload.config.ts lists them. */
export const contentSlugs = (payload: Payload): ContentSlug[] =>
  translatedCollections(payload.config)

export interface Actor {
  name: string
  /** The user document as Payload's auth puts it on req.user (null for anonymous). */
  user: (Record<string, unknown> & { id: number; collection: 'users' }) | null
  token?: string
  apiKey?: string
}

export interface World {
  departments: { BIF: number; BUF: number }
  actors: Record<
    | 'anonymous'
    | 'admin'
    | 'editorBIF'
    | 'editorBUF'
    | 'translatorAr'
    | 'caseworkerBIF'
    | 'consumer',
    Actor
  >
}

const PASSWORD = 'correct-horse-battery-staple'

export async function makeUser(
  payload: Payload,
  email: string,
  roles: Role[],
  extra: { departments?: number[]; languages?: TargetLocale[]; apiKey?: string } = {},
): Promise<Actor> {
  const created = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      roles,
      departments: extra.departments ?? [],
      languages: extra.languages ?? [],
      ...(extra.apiKey ? { enableAPIKey: true, apiKey: extra.apiKey } : {}),
    },
  })
  const login = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  // A user with an API key acts through it (Payload marks such a request `_strategy: 'api-key'`),
  // so Local API probes see the same identity the REST and GraphQL probes send.
  const strategy = extra.apiKey ? { _strategy: 'api-key' } : {}
  return {
    name: email,
    user: {
      ...(created as unknown as Record<string, unknown>),
      ...strategy,
      id: created.id,
      collection: 'users',
    },
    token: login.token,
    apiKey: extra.apiKey,
  }
}

/** Two departments and one user per role, logged in. */
export async function buildWorld(payload: Payload): Promise<World> {
  const bif = await payload.create({
    collection: 'departments',
    locale: 'da',
    data: { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen', slug: 'bif' },
  })
  const buf = await payload.create({
    collection: 'departments',
    locale: 'da',
    data: { code: 'BUF', name: 'Børne- og Ungdomsforvaltningen', slug: 'buf' },
  })
  return {
    departments: { BIF: bif.id, BUF: buf.id },
    actors: {
      anonymous: { name: 'anonymous', user: null },
      admin: await makeUser(payload, 'admin@test.invalid', ['admin']),
      editorBIF: await makeUser(payload, 'editor.bif@test.invalid', ['editor'], {
        departments: [bif.id],
      }),
      editorBUF: await makeUser(payload, 'editor.buf@test.invalid', ['editor'], {
        departments: [buf.id],
      }),
      translatorAr: await makeUser(payload, 'translator.ar@test.invalid', ['translator'], {
        languages: ['ar'],
      }),
      caseworkerBIF: await makeUser(payload, 'caseworker.bif@test.invalid', ['caseworker'], {
        departments: [bif.id],
      }),
      consumer: await makeUser(payload, 'consumer@test.invalid', ['api-consumer'], {
        apiKey: 'test-consumer-api-key-0123456789abcdef',
      }),
    },
  }
}

const paragraph = (text: string) => paragraphs(text)

/** Media a film needs (its video and Danish WebVTT), made once per Payload by prepareFixtureMedia. */
let fixtureMedia: { video: number; subtitles: number } | null = null
const preparedFor = new WeakSet<Payload>()

export async function prepareFixtureMedia(payload: Payload): Promise<void> {
  if (preparedFor.has(payload)) return
  // A real WebM (Payload checks the file's bytes, not just its name): the seed's sample film.
  const webm = readFileSync(path.resolve('seed/assets/velkommen.webm'))
  const video = await payload.create({
    collection: 'media',
    data: {},
    file: { data: webm, mimetype: 'video/webm', name: 'fixture.webm', size: webm.length },
    overrideAccess: true,
  })
  const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHej.\n')
  const subtitles = await payload.create({
    collection: 'media',
    data: {},
    file: { data: vtt, mimetype: 'text/vtt', name: 'fixture.vtt', size: vtt.length },
    overrideAccess: true,
  })
  fixtureMedia = { video: video.id, subtitles: subtitles.id }
  preparedFor.add(payload)
}

function filmMedia(): { video: number; danishSubtitles: number } {
  if (!fixtureMedia) throw new Error('Call prepareFixtureMedia(payload) before making film sources')
  return { video: fixtureMedia.video, danishSubtitles: fixtureMedia.subtitles }
}

/** The smallest valid Danish source per collection. */
export function sourceData(
  slug: ContentSlug,
  departmentId: number,
  title: string,
): Record<string, unknown> {
  const common = {
    title,
    department: departmentId,
    summary: `Resumé af ${title}`,
    body: paragraph(`Brødtekst for ${title}.`),
  }
  switch (slug) {
    case 'leaflets':
      return { ...common, kind: 'general' }
    case 'methods':
      return { ...common, category: 'citizen-involvement' }
    case 'letter-templates':
      return {
        ...common,
        kind: 'meeting-invitation',
        body: paragraph('Kære {{citizenName}}, vi inviterer dig.'),
        placeholders: [
          { key: 'citizenName', type: 'text', description: 'Borgerens navn', example: 'Amina' },
        ],
      }
    case 'reflection-questions':
      return { ...common, order: 1, questions: [{ question: 'Hvem skal med til mødet?' }] }
    case 'welcome-materials':
      return {
        ...common,
        audienceVariants: [
          { audience: 'families', heading: 'Til familier', body: paragraph('Velkommen til jer.') },
        ],
      }
    case 'interface-texts':
      return {
        title,
        department: departmentId,
        key: `test.${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      }
    case 'help-points':
      return {
        ...common,
        kind: 'library',
        district: 'indre-by',
        address: 'Krystalgade 15, 1172 København K',
        languagesSpoken: ['da', 'ar'],
      }
    case 'events':
      return {
        ...common,
        kind: 'market-day',
        startsAt: '2030-05-01T10:00:00.000Z',
        endsAt: '2030-05-01T14:00:00.000Z',
      }
    case 'films':
      return { ...common, ...filmMedia() }
  }
}

let counter = 0
/** A document with Danish published (or draft) and nothing else, created by the system. */
export async function createSource(
  payload: Payload,
  slug: ContentSlug,
  departmentId: number,
  publish = true,
): Promise<{ id: number; slug: string }> {
  counter++
  if (slug === 'films') await prepareFixtureMedia(payload)
  const doc = await payload.create({
    collection: slug,
    locale: 'da',
    draft: !publish,
    data: {
      ...sourceData(slug, departmentId, `Dokument ${counter} ${slug}`),
      _status: publish ? 'published' : 'draft',
    } as never,
  })
  return { id: doc.id as number, slug: (doc as { slug: string }).slug }
}
