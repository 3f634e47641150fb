import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { parseStatisticsDenmarkCsv } from '../src/followup/populationImport'
import { storePopulationFigures } from '../plugins/follow-up/store/population'
import type { SeedReport } from './run'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Copenhagen's ten districts (bydele); real names, so real Statistics Denmark downloads match them. */
export const DISTRICTS: Array<{ name: string; code: string }> = [
  { name: 'Indre By', code: 'IB' },
  { name: 'Østerbro', code: 'OB' },
  { name: 'Nørrebro', code: 'NB' },
  { name: 'Vesterbro/Kongens Enghave', code: 'VK' },
  { name: 'Valby', code: 'VA' },
  { name: 'Vanløse', code: 'VL' },
  { name: 'Brønshøj-Husum', code: 'BH' },
  { name: 'Bispebjerg', code: 'BB' },
  { name: 'Amager Øst', code: 'AØ' },
  { name: 'Amager Vest', code: 'AV' },
]

export const ILLUSTRATIVE_TABLE = 'ILLUSTRATIVE example in FOLK1E layout (not real statistics)'

const UNITS = [
  { code: 'JC-NORD', name: 'Jobcenter København Nord (demo unit)', kind: 'job-centre' as const },
  { code: 'JC-SYD', name: 'Jobcenter København Syd (demo unit)', kind: 'job-centre' as const },
  { code: 'JC-AMAGER', name: 'Jobcenter Amager (demo unit)', kind: 'job-centre' as const },
  {
    code: 'SC-NORREBRO',
    name: 'Socialcenter Nørrebro (demo unit)',
    kind: 'social-centre' as const,
  },
  {
    code: 'SC-VESTERBRO',
    name: 'Socialcenter Vesterbro (demo unit)',
    kind: 'social-centre' as const,
  },
  { code: 'SC-AMAGER', name: 'Socialcenter Amager (demo unit)', kind: 'social-centre' as const },
]

/** A small deterministic pseudo-random sequence, so every installation seeds the same demo figures. */
function sequence(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

async function idBy(
  payload: Payload,
  collection: 'areas' | 'units' | 'departments',
  field: 'code',
  value: string,
): Promise<number | null> {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
  })
  return found.docs[0]?.id ?? null
}

/**
 * Follow-up demo data so the first start shows the dashboard and report: the ten districts, the
 * ILLUSTRATIVE population file, six demo units with no-show months, a few demo meetings and
 * illustrative inclusion indicator figures. Everything invented is marked illustrative and the
 * report says so. Idempotent: each part is skipped when it is already there.
 */
export async function seedFollowUp(payload: Payload, today = new Date()): Promise<SeedReport> {
  const report: SeedReport = { created: 0, skipped: 0 }
  const year = today.getUTCFullYear()
  for (const d of DISTRICTS) {
    if (await idBy(payload, 'areas', 'code', d.code)) report.skipped++
    else {
      await payload.create({
        collection: 'areas',
        data: { name: d.name, code: d.code, kind: 'district' },
      })
      report.created++
    }
  }

  const illustrative = await payload.find({
    collection: 'population-figures',
    where: { sourceTable: { equals: ILLUSTRATIVE_TABLE } },
    limit: 1,
    depth: 0,
  })
  if (!illustrative.docs.length) {
    const figures = parseStatisticsDenmarkCsv(
      readFileSync(path.join(dirname, 'follow-up/illustrative-population.csv'), 'utf8'),
    )
    await storePopulationFigures(
      payload,
      figures,
      { table: ILLUSTRATIVE_TABLE, extracted: '2026-01-01', illustrative: true },
      'OMRÅDE',
    )
    report.created += figures.length
  }

  const bif = await idBy(payload, 'departments', 'code', 'BIF')
  const sof = await idBy(payload, 'departments', 'code', 'SOF')
  const random = sequence(14)
  for (const u of UNITS) {
    if (await idBy(payload, 'units', 'code', u.code)) {
      report.skipped++
      continue
    }
    const unit = await payload.create({
      collection: 'units',
      data: {
        ...u,
        department: u.kind === 'job-centre' ? bif : sof,
        baseline: { from: `${year - 2}-01`, to: `${year - 2}-12` },
      },
    })
    report.created++
    // Demo months from the baseline year to last month: translated letters from last year on, with fewer no-shows.
    for (let y = year - 2; y <= year; y++) {
      for (let m = 1; m <= 12; m++) {
        if (y === year && m >= today.getUTCMonth() + 1) break
        const invitations = 120 + Math.floor(random() * 80)
        const translatedShare = y === year - 2 ? 0 : 0.35
        const withInv = Math.round(invitations * translatedShare)
        const withoutInv = invitations - withInv
        const rateWithout = 0.16 + random() * 0.04
        const rateWith = 0.1 + random() * 0.04
        // Generated valid (no-shows <= invitations, one row per month): straight to the adapter, the hooks would slow every first start.
        await payload.db.create({
          collection: 'no-show-months',
          returning: false,
          data: {
            unit: unit.id,
            month: `${y}-${String(m).padStart(2, '0')}`,
            withTranslation: { invitations: withInv, noShows: Math.round(withInv * rateWith) },
            withoutTranslation: {
              invitations: withoutInv,
              noShows: Math.round(withoutInv * rateWithout),
            },
            source: 'illustrative',
          },
        })
      }
    }
  }

  const demoMeetings = await payload.find({
    collection: 'meetings',
    where: { illustrative: { equals: true } },
    limit: 1,
    depth: 0,
  })
  if (!demoMeetings.docs.length && bif) {
    const methods = await payload.find({
      collection: 'methods',
      limit: 3,
      depth: 0,
      select: { title: true },
    })
    const area = async (code: string) => (await idBy(payload, 'areas', 'code', code))!
    const past = (month: number, day: number) => {
      const date = new Date(Date.UTC(year, month - 1, day, 12))
      return date < today ? date : new Date(Date.UTC(year - 1, month - 1, day, 12))
    }
    const meetings = [
      {
        title: 'Demo: Borgermøde om ny legeplads',
        kind: 'citizen-meeting',
        date: past(3, 12),
        area: 'NB',
        attendance: { danish: 30, immigrants: 4, descendants: 2, notStated: 3 },
        languages: ['da', 'ar', 'ur', 'tr'],
      },
      {
        title: 'Demo: Informationsmøde om jobcentret',
        kind: 'information-meeting',
        date: past(4, 2),
        area: 'AV',
        attendance: { danish: 12, immigrants: 15, descendants: 6, notStated: 2 },
        languages: ['da', 'ar', 'so', 'fa'],
      },
      {
        title: 'Demo: Markedsdag på Mjølnerparken',
        kind: 'market-day',
        date: past(5, 20),
        area: 'NB',
        attendance: { danish: 40, immigrants: 35, descendants: 18, notStated: 10 },
        languages: ['da', 'ar', 'so', 'ur', 'tr'],
      },
      {
        title: 'Demo: Arbejdsgruppe om forældresamarbejde',
        kind: 'working-group',
        date: past(6, 9),
        area: 'BB',
        attendance: { danish: 5, immigrants: 2, descendants: 1, notStated: 0 },
        languages: ['da', 'ar'],
      },
      {
        title: 'Demo: Kulturnat i Valby',
        kind: 'event',
        date: past(9, 15),
        area: 'VA',
        attendance: { danish: 60, immigrants: 9, descendants: 5, notStated: 6 },
        languages: ['da', 'en', 'tr'],
      },
      {
        title: 'Demo: Styregruppe for områdefornyelse',
        kind: 'steering-group',
        date: past(10, 1),
        area: 'AØ',
        attendance: { danish: 9, immigrants: 1, descendants: 0, notStated: 0 },
        languages: ['da'],
      },
    ]
    for (const m of meetings) {
      const answered = new Date(m.date.getTime() - 14 * 86_400_000).toISOString()
      await payload.create({
        collection: 'meetings',
        data: {
          title: m.title,
          kind: m.kind as 'citizen-meeting',
          date: m.date.toISOString(),
          area: await area(m.area),
          department: bif,
          methods: methods.docs.map((d) => d.id),
          invitationLanguages: m.languages as Array<'da'>,
          reflectionAnswers: [
            {
              question: 'Hvem skal med til mødet, og hvem plejer ikke at komme?',
              note: 'Demo: vi inviterede gennem de lokale foreninger og på fire sprog.',
              answeredOn: answered,
            },
            {
              question: 'Hvordan afspejler deltagerne beboerne i området?',
              note: 'Demo: vi sammenligner med områdets befolkning efter mødet.',
              answeredOn: answered,
            },
          ],
          attendance: {
            ...m.attendance,
            total:
              m.attendance.danish +
              m.attendance.immigrants +
              m.attendance.descendants +
              m.attendance.notStated,
          },
          learned: 'Demo: personlig invitation gennem foreninger gav flere deltagere end opslag.',
          illustrative: true,
        },
      })
      report.created++
    }
  }

  const inclusion = await payload.find({ collection: 'inclusion-figures', limit: 1, depth: 0 })
  if (!inclusion.docs.length) {
    const base = {
      all: [62, 31],
      danish: [65, 33],
      immigrants: [52, 22],
      descendants: [55, 25],
    } as const
    for (let y = year - 4; y <= year; y++) {
      for (const [group, [trust, influence]] of Object.entries(base)) {
        const drift =
          (y - (year - 4)) * (group === 'immigrants' || group === 'descendants' ? 1.5 : 0.5)
        for (const [measure, value] of [
          ['trust', trust],
          ['influence', influence],
        ] as const) {
          await payload.create({
            collection: 'inclusion-figures',
            data: {
              year: y,
              measure,
              group: group as 'all',
              percent: Math.round(value + drift),
              source: 'ILLUSTRATIVE example, not survey results',
              illustrative: true,
            },
          })
          report.created++
        }
      }
    }
  }
  if (report.created)
    payload.logger.info(
      `Seed (follow-up demo data, marked illustrative): ${report.created} created`,
    )
  return report
}
