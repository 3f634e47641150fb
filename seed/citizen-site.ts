import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { DANISH_INTERFACE_TEXTS, INTERFACE_TEXT_KEYS } from '../src/citizen-site/interfaceTexts'
import { doc, p } from './lexical'

/** Seeding is not an editor publishing: translation starts when an admin asks for it. */
const SEED = { skipTranslationSubmit: true }

const DAY = 24 * 60 * 60 * 1000

/** The Danish film subtitles of the sample film (cue by cue, as a translator will see them). */
export const SAMPLE_FILM_SUBTITLES = `WEBVTT

00:00:00.000 --> 00:00:01.500
Velkommen til Københavns Kommune.

00:00:01.500 --> 00:00:03.000
Her kan du få hjælp på dit eget sprog.

00:00:03.000 --> 00:00:04.000
Spørg os gerne.
`

async function departmentId(payload: Payload, code: string): Promise<number> {
  const found = await payload.find({
    collection: 'departments',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
  })
  if (!found.docs[0]) throw new Error(`Seed: department ${code} is missing; seed the content first`)
  return found.docs[0].id
}

async function exists(
  payload: Payload,
  collection: 'help-points' | 'events' | 'films' | 'interface-texts',
  where: Record<string, { equals: string }>,
): Promise<boolean> {
  return (
    (
      await payload.find({
        collection,
        where,
        draft: true,
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs.length > 0
  )
}

/**
 * The citizen site's seed: every interface text in Danish (published; translations go through
 * the workflow, and until approved the site shows the Danish, marked), help points and entry
 * points, upcoming events and a sample film with Danish subtitles. Idempotent like the content seed.
 */
export async function seedCitizenSite(payload: Payload): Promise<{ created: number }> {
  let created = 0
  // The administration that runs kk.dk owns the site's own words.
  const siteOwner = await departmentId(payload, 'ØKF')
  for (const key of INTERFACE_TEXT_KEYS) {
    if (await exists(payload, 'interface-texts', { key: { equals: key } })) continue
    await payload.create({
      collection: 'interface-texts',
      locale: 'da',
      context: SEED,
      data: {
        key,
        title: DANISH_INTERFACE_TEXTS[key],
        department: siteOwner,
        _status: 'published',
      },
    })
    created++
  }

  const kff = await departmentId(payload, 'KFF')
  const bif = await departmentId(payload, 'BIF')
  const suf = await departmentId(payload, 'SUF')
  const okf = await departmentId(payload, 'ØKF')
  const places = [
    {
      slug: 'hovedbiblioteket',
      title: 'Hovedbiblioteket',
      department: kff,
      kind: 'library',
      district: 'indre-by',
      address: 'Krystalgade 15, 1172 København K',
      phone: '33 66 30 00',
      languagesSpoken: ['da', 'en', 'ar'],
      lifeSituations: ['letters-meetings', 'new-in-copenhagen'],
      summary: 'Få hjælp til at læse og forstå et brev fra kommunen.',
      openingHours: 'Mandag til fredag kl. 10-19, lørdag kl. 10-16.',
      helpsWith: 'Brevhjælp: en bibliotekar læser brevet med dig og forklarer, hvad du skal gøre.',
    },
    {
      slug: 'borgerraadgiveren',
      title: 'Borgerrådgiveren',
      department: okf,
      kind: 'citizens-advisor',
      district: 'indre-by',
      address: 'Rådhuspladsen 1, 1550 København V',
      phone: '33 66 14 00',
      languagesSpoken: ['da', 'en'],
      lifeSituations: ['letters-meetings'],
      summary: 'Hvis du er utilfreds med kommunen, kan Borgerrådgiveren hjælpe dig.',
      openingHours: 'Mandag til fredag kl. 9-15.',
      helpsWith: 'Klager over kommunen, og hjælp til at forstå en afgørelse.',
    },
    {
      slug: 'bydelsmoedre-noerrebro',
      title: 'Bydelsmødrene på Nørrebro',
      department: bif,
      kind: 'neighbourhood-mothers',
      district: 'norrebro',
      address: 'Nørrebrogade 208, 2200 København N',
      languagesSpoken: ['da', 'ar', 'so', 'ur', 'tr'],
      lifeSituations: ['family-children', 'letters-meetings', 'new-in-copenhagen'],
      summary:
        'Bydelsmødre kan følge dig til et møde og hjælpe dig med at forstå, hvad der bliver sagt.',
      openingHours: 'Efter aftale.',
      helpsWith: 'Følgeskab til møder, hjælp med breve, råd om familieliv.',
    },
    {
      slug: 'jobcenter-koebenhavn',
      title: 'Jobcenter København',
      department: bif,
      kind: 'job-centre',
      district: 'vesterbro-kongens-enghave',
      address: 'Gyldenløvesgade 15, 1600 København V',
      phone: '33 17 33 17',
      languagesSpoken: ['da', 'en'],
      lifeSituations: ['work-education'],
      summary: 'Hjælp til at finde arbejde eller uddannelse.',
      openingHours: 'Mandag til fredag kl. 9-14.',
    },
    {
      slug: 'sundhedshus-noerrebro',
      title: 'Sundhedshus Nørrebro',
      department: suf,
      kind: 'health-house',
      district: 'norrebro',
      address: 'Mimersgade 41, 2200 København N',
      languagesSpoken: ['da', 'ar', 'tr'],
      lifeSituations: ['health'],
      summary: 'Forebyggelse, rygestop og hjælp til at leve sundt.',
      openingHours: 'Mandag til torsdag kl. 8-15.',
    },
  ]
  for (const place of places) {
    if (await exists(payload, 'help-points', { slug: { equals: place.slug } })) continue
    await payload.create({
      collection: 'help-points',
      locale: 'da',
      context: SEED,
      data: { ...place, body: doc(p(place.summary)), _status: 'published' } as never,
    })
    created++
  }

  // Upcoming relative to the first start, so a new installation has something to show.
  const at = (days: number, hour: number) =>
    new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + hour * 60 * 60 * 1000).toISOString()
  const events = [
    {
      slug: 'informationsmoede-om-kommunen',
      title: 'Informationsmøde: Sådan er kommunen bygget op',
      kind: 'information-meeting',
      startsAt: at(14, 16),
      endsAt: at(14, 18),
      location: 'Nørrebro Bibliotek',
      address: 'Bragesgade 8B, 2200 København N',
      lifeSituations: ['new-in-copenhagen'],
      summary: 'Kom og hør, hvor du skal henvende dig, og stil spørgsmål med tolk.',
    },
    {
      slug: 'markedsdag-paa-blaagaards-plads',
      title: 'Markedsdag på Blågårds Plads',
      kind: 'market-day',
      startsAt: at(30, 10),
      endsAt: at(30, 15),
      location: 'Blågårds Plads',
      address: 'Blågårds Plads, 2200 København N',
      lifeSituations: ['new-in-copenhagen', 'family-children'],
      summary: 'Mød kommunens medarbejdere, foreninger og bydelsmødre.',
    },
    {
      slug: 'informationsmoede-om-breve',
      title: 'Informationsmøde: Forstå dine breve fra kommunen',
      kind: 'information-meeting',
      startsAt: at(45, 17),
      endsAt: at(45, 19),
      location: 'Hovedbiblioteket',
      address: 'Krystalgade 15, 1172 København K',
      lifeSituations: ['letters-meetings'],
      summary: 'Hvad står der i et brev fra kommunen, og hvad skal du gøre?',
    },
  ]
  for (const event of events) {
    if (await exists(payload, 'events', { slug: { equals: event.slug } })) continue
    await payload.create({
      collection: 'events',
      locale: 'da',
      context: SEED,
      data: {
        ...event,
        department: bif,
        body: doc(p(event.summary)),
        _status: 'published',
      } as never,
    })
    created++
  }

  if (!(await exists(payload, 'films', { slug: { equals: 'velkommen-til-kommunen' } }))) {
    const videoData = await readFile(path.resolve('seed/assets/velkommen.webm'))
    const video = await payload.create({
      collection: 'media',
      data: { alt: 'Kend din kommune' },
      file: {
        data: videoData,
        mimetype: 'video/webm',
        name: 'velkommen.webm',
        size: videoData.length,
      },
      overrideAccess: true,
    })
    const vtt = Buffer.from(SAMPLE_FILM_SUBTITLES, 'utf8')
    const subtitles = await payload.create({
      collection: 'media',
      data: {},
      file: { data: vtt, mimetype: 'text/vtt', name: 'velkommen.da.vtt', size: vtt.length },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'films',
      locale: 'da',
      context: SEED,
      data: {
        slug: 'velkommen-til-kommunen',
        title: 'Velkommen til kommunen',
        summary: 'En kort film om, hvor du kan få hjælp.',
        department: okf,
        video: video.id,
        danishSubtitles: subtitles.id,
        lifeSituations: ['new-in-copenhagen'],
        body: doc(p('Filmen findes med undertekster på flere sprog.')),
        _status: 'published',
      } as never,
    })
    created++
  }
  return { created }
}
