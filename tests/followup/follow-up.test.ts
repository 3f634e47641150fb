import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, createSource, makeUser, type Actor, type World } from '../support/fixtures'
import { httpApi } from '../support/http'
import { startTestPayload, type TestPayload } from '../support/payload'

let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let organiser: Actor
let manager: Actor
let analyst: Actor
let areaId: number
let unitNord: number
let unitSyd: number

const auth = (a: Actor) => (a.token ? { token: a.token } : undefined)
const CSV = 'text/csv'
type Errors = {
  errors: Array<{
    message: string
    data?: { line?: number; field?: string; errors?: Array<{ path: string; message: string }> }
  }>
}

const lastYear = new Date().getUTCFullYear() - 1

function meeting(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Borgermøde om Nørrebroparken',
    kind: 'citizen-meeting',
    date: `${lastYear}-05-10T12:00:00.000Z`,
    area: areaId,
    department: world.departments.BIF,
    invitationLanguages: ['da', 'ar'],
    reflectionAnswers: [
      {
        question: 'Hvem skal med?',
        note: 'Foreningerne inviterer.',
        answeredOn: `${lastYear}-04-20T12:00:00.000Z`,
      },
    ],
    attendance: { danish: 20, immigrants: 6, descendants: 3, notStated: 1, total: 30 },
    ...overrides,
  }
}

beforeAll(async () => {
  t = await startTestPayload()
  world = await buildWorld(t.payload)
  http = await httpApi()
  areaId = (
    await t.payload.create({
      collection: 'areas',
      data: { name: 'Nørrebro', code: 'NB', kind: 'district' },
    })
  ).id
  await t.payload.create({
    collection: 'areas',
    data: { name: 'Valby', code: 'VA', kind: 'district' },
  })
  unitNord = (
    await t.payload.create({
      collection: 'units',
      data: {
        name: 'Jobcenter Nord',
        code: 'JC-NORD',
        kind: 'job-centre',
        baseline: { from: `${lastYear - 1}-01`, to: `${lastYear - 1}-12` },
      },
    })
  ).id
  unitSyd = (
    await t.payload.create({
      collection: 'units',
      data: { name: 'Jobcenter Syd', code: 'JC-SYD', kind: 'job-centre' },
    })
  ).id
  organiser = await makeUser(t.payload, 'organiser.bif@test.invalid', ['organiser'], {
    departments: [world.departments.BIF],
  })
  manager = await makeUser(t.payload, 'manager.nord@test.invalid', ['centre-manager'])
  await t.payload.update({ collection: 'users', id: manager.user!.id, data: { units: [unitNord] } })
  manager = {
    ...manager,
    token: (
      await t.payload.login({
        collection: 'users',
        data: { email: 'manager.nord@test.invalid', password: 'correct-horse-battery-staple' },
      })
    ).token,
  }
  analyst = await makeUser(t.payload, 'analyst@test.invalid', ['analyst'])
}, 600_000)
afterAll(async () => t?.close())

describe('meetings: bad input is refused with the field named, and nothing is stored', () => {
  const refused = async (data: Record<string, unknown>, path: string, message: RegExp) => {
    const before = (await t.payload.count({ collection: 'meetings' })).totalDocs
    const r = await http.rest<Errors>('POST', 'meetings', { body: data, auth: auth(organiser) })
    expect(r.status).toBe(400)
    const errors = r.body.errors[0].data?.errors ?? []
    expect(errors.map((e) => e.path)).toContain(path)
    expect(errors.find((e) => e.path === path)!.message).toMatch(message)
    expect((await t.payload.count({ collection: 'meetings' })).totalDocs).toBe(before)
  }
  it('attendance that does not add up to the total', () =>
    refused(
      meeting({
        attendance: { danish: 20, immigrants: 6, descendants: 3, notStated: 1, total: 31 },
      }),
      'attendance.total',
      /does not add up.*= 30, not the total 31/,
    ))
  it('a negative count', () =>
    refused(
      meeting({
        attendance: { danish: -2, immigrants: 6, descendants: 3, notStated: 1, total: 8 },
      }),
      'attendance.danish',
      />= 0/,
    ))
  it('a reflection answer given after the meeting (they are due before it)', () =>
    refused(
      meeting({
        reflectionAnswers: [
          { question: 'Hvem?', note: 'x', answeredOn: `${lastYear}-05-11T12:00:00.000Z` },
        ],
      }),
      'reflectionAnswers.0.answeredOn',
      /after the meeting.*due before the meeting/,
    ))
  it('attendance recorded for a meeting that has not happened', () =>
    refused(
      meeting({ date: `${lastYear + 3}-01-10T12:00:00.000Z`, reflectionAnswers: [] }),
      'attendance.total',
      /after the meeting/,
    ))
  it('a valid meeting is stored', async () => {
    const r = await http.rest<{ doc: { id: number } }>('POST', 'meetings', {
      body: meeting(),
      auth: auth(organiser),
    })
    expect(r.status).toBe(201)
  })
})

describe('roles', () => {
  it('an organiser records meetings of their own department only', async () => {
    expect(
      (
        await http.rest('POST', 'meetings', {
          body: meeting({ department: world.departments.BUF }),
          auth: auth(organiser),
        })
      ).status,
    ).toBe(403)
    const other = await t.payload.create({
      collection: 'meetings',
      data: meeting({ department: world.departments.BUF }) as never,
    })
    expect(
      (
        await http.rest('PATCH', `meetings/${other.id}`, {
          body: { learned: 'x' },
          auth: auth(organiser),
        })
      ).status,
    ).toBe(403)
    const own = await t.payload.create({ collection: 'meetings', data: meeting() as never })
    expect(
      (
        await http.rest('PATCH', `meetings/${own.id}`, {
          body: { department: world.departments.BUF },
          auth: auth(organiser),
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await http.rest('PATCH', `meetings/${own.id}`, {
          body: { learned: 'Foreningerne virkede.' },
          auth: auth(organiser),
        })
      ).status,
    ).toBe(200)
    // Other departments read what was learned.
    const read = await http.rest<{ docs: unknown[] }>(
      'GET',
      `meetings?where[id][equals]=${other.id}`,
      { auth: auth(organiser) },
    )
    expect(read.body.docs).toHaveLength(1)
  })
  it('a centre manager records no-shows of their own units only', async () => {
    const row = (unit: number, month: string) => ({
      unit,
      month,
      withTranslation: { invitations: 10, noShows: 1 },
      withoutTranslation: { invitations: 20, noShows: 4 },
    })
    expect(
      (
        await http.rest('POST', 'no-show-months', {
          body: row(unitNord, `${lastYear}-01`),
          auth: auth(manager),
        })
      ).status,
    ).toBe(201)
    expect(
      (
        await http.rest('POST', 'no-show-months', {
          body: row(unitSyd, `${lastYear}-01`),
          auth: auth(manager),
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await http.rest('POST', 'no-show-months', {
          body: row(unitNord, `${lastYear}-02`),
          auth: auth(organiser),
        })
      ).status,
    ).toBe(403)
  })
  it('an analyst reads follow-up data and the report but writes nothing; consumers and the public read nothing', async () => {
    expect(
      (await http.rest<{ docs: unknown[] }>('GET', 'meetings', { auth: auth(analyst) })).body.docs
        .length,
    ).toBeGreaterThan(0)
    expect(
      (await http.rest('POST', 'meetings', { body: meeting(), auth: auth(analyst) })).status,
    ).toBe(403)
    expect(
      (await http.rest('POST', 'areas', { body: { name: 'X', code: 'X' }, auth: auth(analyst) }))
        .status,
    ).toBe(403)
    expect(
      (
        await http.rest('GET', `follow-up/report?year=${lastYear}&format=json`, {
          auth: auth(analyst),
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await http.rest('GET', `follow-up/report?year=${lastYear}`, {
          auth: auth(world.actors.editorBIF),
        })
      ).status,
    ).toBe(403)
    expect((await http.rest('GET', `follow-up/report?year=${lastYear}`)).status).toBe(401)
    for (const slug of [
      'meetings',
      'areas',
      'population-figures',
      'no-show-months',
      'units',
      'inclusion-figures',
    ]) {
      const anon = await http.rest('GET', slug)
      expect(anon.status).toBe(403)
      const consumer = await http.rest('GET', slug, {
        auth: { apiKey: world.actors.consumer.apiKey },
      })
      expect(consumer.status).toBe(403)
    }
  })
})

describe('imports', () => {
  const illustrative = readFileSync(
    path.resolve('seed/follow-up/illustrative-population.csv'),
    'utf8',
  )
  const importDst = (body: string, query = `format=dst&table=FOLK1E&extracted=2026-02-11`) =>
    http.rest<Errors & { imported?: number }>('POST', `population-figures/import?${query}`, {
      raw: { body, contentType: CSV },
      auth: auth(world.actors.admin),
    })

  it('refuses a Statistics Denmark file naming an unknown area (line and field) and stores nothing', async () => {
    const body =
      'OMRÅDE;HERKOMST;ALDER;TID;INDHOLD\nNørrebro;Indvandrere;30 år;2025K1;120\nAtlantis;Indvandrere;30 år;2025K1;50\n'
    const r = await importDst(body)
    expect(r.status).toBe(400)
    expect(r.body.errors[0].message).toMatch(/line 3, OMRÅDE: unknown area "Atlantis"/)
    expect(r.body.errors[0].data).toMatchObject({ line: 3, field: 'OMRÅDE' })
    expect((await t.payload.count({ collection: 'population-figures' })).totalDocs).toBe(0)
  })
  it('refuses an unknown origin group, a negative count and an age range across bands', async () => {
    const cases: Array<[string, RegExp]> = [
      [
        'OMRÅDE;HERKOMST;ALDER;TID;INDHOLD\nNørrebro;Turister;30 år;2025K1;120\n',
        /line 2, HERKOMST: unknown origin group "Turister"/,
      ],
      [
        'OMRÅDE;HERKOMST;ALDER;TID;INDHOLD\nNørrebro;Indvandrere;30 år;2025K1;-5\n',
        /line 2, INDHOLD: -5 is negative/,
      ],
      [
        'OMRÅDE;HERKOMST;ALDER;TID;INDHOLD\nNørrebro;Indvandrere;15-19 år;2025K1;50\n',
        /line 2, ALDER: "15-19 år" spans more than one age band/,
      ],
    ]
    for (const [body, message] of cases) {
      const r = await importDst(body)
      expect(r.status).toBe(400)
      expect(r.body.errors[0].message).toMatch(message)
    }
    const district = await http.rest<Errors>(
      'POST',
      'population-figures/import?format=district&extracted=2026-01-05',
      {
        raw: {
          body: 'district,year,group,age_band,count\nValby,2025,danish,18-29,900\nValby,2025,aliens,18-29,5\n',
          contentType: CSV,
        },
        auth: auth(world.actors.admin),
      },
    )
    expect(district.status).toBe(400)
    expect(district.body.errors[0].message).toMatch(/line 3, group: unknown group "aliens"/)
    expect((await t.payload.count({ collection: 'population-figures' })).totalDocs).toBe(0)
  })
  it('only admins import population figures', async () => {
    expect(
      (
        await http.rest(
          'POST',
          'population-figures/import?format=dst&table=X&extracted=2026-01-01',
          { raw: { body: illustrative, contentType: CSV }, auth: auth(analyst) },
        )
      ).status,
    ).toBe(403)
  })
  it('imports the illustrative file, marked illustrative, ".." kept as suppressed; re-import replaces', async () => {
    const areas = [
      'Indre By',
      'Østerbro',
      'Vesterbro/Kongens Enghave',
      'Vanløse',
      'Brønshøj-Husum',
      'Bispebjerg',
      'Amager Øst',
      'Amager Vest',
    ]
    for (const [i, name] of areas.entries())
      await t.payload.create({
        collection: 'areas',
        data: { name, code: `A${i}`, kind: 'district' },
      })
    const q = 'format=dst&table=ILLUSTRATIVE&extracted=2026-01-01&illustrative=true'
    const r = await importDst(illustrative, q)
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({ imported: 450, suppressed: 3, areas: 10, illustrative: true })
    expect((await importDst(illustrative, q)).status).toBe(201)
    expect((await t.payload.count({ collection: 'population-figures' })).totalDocs).toBe(450)
    expect(
      (
        await t.payload.count({
          collection: 'population-figures',
          where: { illustrative: { equals: false } },
        })
      ).totalDocs,
    ).toBe(0)
  })
  it("no-show CSV: more no-shows than invitations, unknown unit and another unit's rows are refused with the line; nothing stored", async () => {
    const header =
      'unit;month;invitations_with_translation;no_shows_with_translation;invitations_without_translation;no_shows_without_translation\n'
    const before = (await t.payload.count({ collection: 'no-show-months' })).totalDocs
    const send = (body: string, who: Actor) =>
      http.rest<Errors>('POST', 'no-show-months/import', {
        raw: { body: header + body, contentType: CSV },
        auth: auth(who),
      })
    const tooMany = await send(
      `JC-NORD;${lastYear}-03;10;2;50;5\nJC-NORD;${lastYear}-04;10;12;50;5\n`,
      manager,
    )
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors[0].message).toMatch(
      /line 3, no_shows_with_translation: .*12 no-shows exceed 10 invitations/,
    )
    expect(
      (await send(`JC-NORD;${lastYear}-03;10;2;50;5\nJC-ØST;${lastYear}-03;10;2;50;5\n`, manager))
        .body.errors[0].message,
    ).toMatch(/line 3, unit: unknown unit "JC-ØST"/)
    expect(
      (await send(`JC-SYD;${lastYear}-03;10;2;50;5\n`, manager)).body.errors[0].message,
    ).toMatch(/line 2, unit: unit "JC-SYD" is not one of yours/)
    expect(
      (await send(`JC-NORD;${lastYear}-03;10;-2;50;5\n`, manager)).body.errors[0].message,
    ).toMatch(/line 2, no_shows_with_translation: -2 is negative/)
    expect((await t.payload.count({ collection: 'no-show-months' })).totalDocs).toBe(before)
    const rows = Array.from(
      { length: 12 },
      (_, i) =>
        `JC-NORD;${lastYear - 1}-${String(i + 1).padStart(2, '0')};0;0;200;40\nJC-NORD;${lastYear}-${String(i + 1).padStart(2, '0')};100;10;100;20`,
    ).join('\n')
    const ok = await send(rows, manager)
    expect(ok.status).toBe(201)
    expect(
      (
        await t.payload.count({
          collection: 'no-show-months',
          where: { source: { equals: 'case-system' } },
        })
      ).totalDocs,
    ).toBe(24)
  })
})

describe('the annual status report', () => {
  let html: string
  beforeAll(async () => {
    for (const [i, kind] of ['information-meeting', 'market-day', 'event', 'event'].entries()) {
      await t.payload.create({
        collection: 'meetings',
        data: meeting({
          title: `Arrangement ${i} على العربية`,
          kind,
          date: `${lastYear}-0${i + 6}-10T12:00:00.000Z`,
          reflectionAnswers: [],
          attendance: { danish: 2, immigrants: 30, descendants: 10, notStated: 0, total: 42 },
        }) as never,
      })
    }
    await t.payload.create({
      collection: 'inclusion-figures',
      data: {
        year: lastYear,
        measure: 'trust',
        group: 'immigrants',
        percent: 55,
        source: 'Københavns Kommunes Borgerundersøgelse (test)',
      },
    })
    const r = await http.rest<string>('GET', `follow-up/report?year=${lastYear}`, {
      auth: auth(world.actors.admin),
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/text\/html/)
    html = r.body
  })
  it('draws the charts as SVG on the server, every section with its source', () => {
    for (const id of ['chart-events', 'chart-representation', 'chart-noshows', 'chart-trust'])
      expect(html).toContain(`aria-labelledby="${id}-t`)
    expect(html).not.toMatch(/<script/i)
    expect((html.match(/class="source"/g) ?? []).length).toBeGreaterThanOrEqual(6)
  })
  it('counts events against the target of three and computes representativeness', () => {
    expect(html).toMatch(/Informative events: <strong>4<\/strong> against the target of 3 \(met\)/)
    expect(html).toMatch(/Danish origin: under-represented/)
  })
  it('says "illustrative" beside made-up population figures and "not counted yet" for site use', () => {
    expect(html).toMatch(/Illustrative figures, not real statistics/)
    expect(html).toMatch(/<strong>Not counted yet\.<\/strong>/)
  })
  it('compares no-shows with the baseline: 20 % to 15 %, fewer', async () => {
    const json = await http.rest<{
      noShowUnits: Array<{
        code: string
        all: {
          baseline: { rate: number }
          period: { rate: number }
          verdict: string
          change: { lower: number; upper: number }
        }
      }>
    }>('GET', `follow-up/report?year=${lastYear}&format=json`, { auth: auth(world.actors.admin) })
    const nord = json.body.noShowUnits.find((u) => u.code === 'JC-NORD')!
    expect(nord.all.baseline.rate).toBeCloseTo(0.2, 10)
    // 2400 invitations with 360 no-shows this year (plus the manager's row in January) against 480 of 2400.
    expect(nord.all.period.rate).toBeLessThan(0.2)
    expect(nord.all.verdict).toBe('fewer')
    expect(nord.all.change.upper).toBeLessThan(0)
  })
  it('suppresses counts under 5', () => {
    expect(html).toContain('&lt;5')
  })
  it('refuses a year that is not a year', async () => {
    const r = await http.rest<Errors>('GET', 'follow-up/report?year=twenty', {
      auth: auth(world.actors.admin),
    })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].message).toMatch(/year must be a year/)
  })
  it('prints to PDF with embedded fonts and the Arabic group names', async () => {
    const r = await http.rest<string>('GET', `follow-up/report?year=${lastYear}&format=pdf`, {
      auth: auth(world.actors.admin),
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/pdf')
    // The body arrives as text through the test helper; fetch it again as bytes for poppler.
    const raw = await import('../../src/app/(payload)/api/[...slug]/route')
    const response = await raw.GET(
      new Request(`http://localhost/api/follow-up/report?year=${lastYear}&format=pdf`, {
        headers: { authorization: `JWT ${world.actors.admin.token}` },
      }),
      { params: Promise.resolve({ slug: ['follow-up', 'report'] }) },
    )
    const dir = mkdtempSync(path.join(tmpdir(), 'report-pdf-'))
    const file = path.join(dir, 'report.pdf')
    writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+[2-9]/)
    const fonts = execFileSync('pdffonts', [file]).toString()
    expect(fonts).toMatch(/NotoSans/)
    expect(fonts).toMatch(/NotoNaskhArabic/)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
    expect(text).toContain(`Status report ${lastYear}`)
    expect(text).toMatch(/Not counted yet/)
  }, 120_000)
})

describe('figures the report reads from other features', () => {
  it('materials per language and department, days to live from the audit log, characters billed and saved from the tasks', async () => {
    const year = new Date().getUTCFullYear()
    const doc = await createSource(t.payload, 'leaflets', world.departments.BIF, true)
    // An admin publishes Arabic three days after the Danish (dates set on the audit entries the hooks wrote).
    await t.payload.update({
      collection: 'leaflets',
      id: doc.id,
      locale: 'ar',
      data: { title: 'نشرة', _status: 'published' } as never,
      publishSpecificLocale: 'ar',
      user: world.actors.admin.user as never,
      overrideAccess: false,
    })
    const entries = await t.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: doc.id } }, { action: { equals: 'publish' } }] },
      depth: 0,
    })
    const byLocale = new Map(entries.docs.map((e) => [e.locale, e.id]))
    expect([...byLocale.keys()].sort()).toEqual(['ar', 'da'])
    await t.payload.db.updateOne({
      collection: 'audit-log',
      id: byLocale.get('da')!,
      data: { at: `${year}-01-10T09:00:00.000Z` },
    })
    await t.payload.db.updateOne({
      collection: 'audit-log',
      id: byLocale.get('ar')!,
      data: { at: `${year}-01-13T09:00:00.000Z` },
    })
    // The Turkish task: 120 characters billed, one 10-character segment filled from memory.
    const task = (
      await t.payload.find({
        collection: 'translation-tasks',
        where: { and: [{ documentId: { equals: doc.id } }, { locale: { equals: 'tr' } }] },
        depth: 0,
      })
    ).docs[0]
    expect(task).toBeDefined()
    const segment = (key: string, source: string, origin: string) => ({
      key,
      sourceHash: key,
      source,
      text: source,
      origin,
      changed: false,
      qa: [],
    })
    await t.payload.db.updateOne({
      collection: 'translation-tasks',
      id: task.id,
      data: {
        billedCharacters: 120,
        segments: [
          segment('a', 'Hej verden', 'memory-human'),
          segment('b', 'Ny sætning her', 'machine'),
        ],
      },
    })
    const r = await http.rest<{
      machineTranslation: Array<{ locale: string; billedCharacters: number; savedByMemory: number }>
      daysToLive: Array<{ locale: string; documents: number; medianDays: number | null }>
      materials: Array<{ department: string; locale: string; status: string }>
      siteUse: string
    }>('GET', `follow-up/report?year=${year}&format=json`, { auth: auth(world.actors.admin) })
    expect(r.status).toBe(200)
    expect(r.body.daysToLive.find((d) => d.locale === 'ar')).toEqual({
      locale: 'ar',
      documents: 1,
      medianDays: 3,
    })
    const mine = r.body.materials.filter((m) => m.department === 'BIF')
    expect(mine.filter((m) => m.locale === 'ar').map((m) => m.status)).toContain('published')
    expect(mine.filter((m) => m.locale === 'tr').map((m) => m.status)).toEqual(['missing'])
    expect(r.body.siteUse).toBe('not counted yet')
    expect(r.body.machineTranslation.find((m) => m.locale === 'tr')).toEqual({
      locale: 'tr',
      billedCharacters: 120,
      savedByMemory: 'Hej verden'.length,
    })
  })
})

describe('letters feed the no-show comparison', () => {
  it("takes a unit's invitations from the letter composer's counts where it is used, no-shows from the case system", async () => {
    const template = await createSource(t.payload, 'letter-templates', world.departments.BIF, true)
    const unit = (
      await t.payload.create({
        collection: 'units',
        data: { name: 'Socialcenter Vest', code: 'SC-VEST', kind: 'social-centre' },
      })
    ).id
    const month = `${lastYear}-03`
    await t.payload.create({
      collection: 'no-show-months',
      data: {
        unit,
        month,
        withTranslation: { invitations: 99, noShows: 2 },
        withoutTranslation: { invitations: 99, noShows: 5 },
        source: 'case-system',
      },
    })
    for (const [day, withTranslation, count] of [
      [`${month}-03`, true, 7],
      [`${month}-17`, true, 5],
      [`${month}-17`, false, 30],
    ] as const) {
      await t.payload.create({
        collection: 'letter-counts',
        data: {
          template: template.id,
          locale: 'ar',
          unitCode: 'SC-VEST',
          day: `${day}T00:00:00.000Z`,
          withTranslation,
          count,
        },
      })
    }
    const { gatherReportInput } = await import('../../plugins/follow-up/report/gather')
    const input = await gatherReportInput(t.payload, lastYear)
    const row = input.noShows.find((n) => n.unitCode === 'SC-VEST' && n.month === month)
    expect(row).toEqual({
      unitCode: 'SC-VEST',
      month,
      withTranslation: { invitations: 12, noShows: 2 },
      withoutTranslation: { invitations: 30, noShows: 5 },
    })
    // A unit without composer counts keeps the imported invitations.
    const stored = (
      await t.payload.find({
        collection: 'no-show-months',
        where: { and: [{ unit: { equals: unitNord } }, { month: { equals: `${lastYear}-01` } }] },
        depth: 0,
      })
    ).docs[0]
    expect(
      input.noShows.find((n) => n.unitCode === 'JC-NORD' && n.month === `${lastYear}-01`)
        ?.withTranslation.invitations,
    ).toBe(stored.withTranslation.invitations)
  })
})

describe('site use in the report', () => {
  it("sums the citizen site's page views per language for the year, largest first", async () => {
    const before = await (
      await import('../../plugins/follow-up/report/gather')
    ).gatherReportInput(t.payload, lastYear - 3)
    expect(before.siteUse).toBeNull()
    for (const [path, locale, day, count] of [
      ['help-points', 'ar', `${lastYear - 3}-02-01`, 40],
      ['leaflets/x', 'ar', `${lastYear - 3}-02-02`, 2],
      ['help-points', 'da', `${lastYear - 3}-03-01`, 7],
      ['help-points', 'ar', `${lastYear - 2}-01-01`, 999],
    ] as const) {
      await t.payload.create({ collection: 'page-views', data: { path, locale, day, count } })
    }
    const { gatherReportInput } = await import('../../plugins/follow-up/report/gather')
    expect((await gatherReportInput(t.payload, lastYear - 3)).siteUse).toEqual([
      { locale: 'ar', views: 42 },
      { locale: 'da', views: 7 },
    ])
  })
})
