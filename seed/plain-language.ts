import type { Payload } from 'payload'
import { DEFAULT_PLAIN_WORDS } from '../src/readability'

/**
 * Seed for the plain-language plugin: the word list, letter practice examples (anonymised
 * passages adapted from typical municipal letters, before and after, LIX computed on save) and
 * this year's machine-translation budget per department. Idempotent like the content seed.
 */
export const LETTER_PRACTICE_EXAMPLES = [
  {
    title: 'Indkaldelse til samtale i jobcentret',
    department: 'BIF',
    letterType: 'meeting-invitation',
    before:
      'De indkaldes hermed til samtale i Jobcenter København vedrørende Deres fremtidige beskæftigelsesmuligheder. Såfremt De er forhindret i at give fremmøde, anmodes De om snarest muligt at underrette Jobcentret herom, idet udeblivelse uden lovligt forfald kan medføre konsekvenser for Deres ydelse, jf. lov om aktiv socialpolitik.',
    after:
      'Du skal til en samtale i Jobcenter København. Vi skal tale om, hvordan du kan få et job. Kan du ikke komme? Så ring til os så hurtigt som muligt. Hvis du bliver væk uden at sige det til os, kan du miste penge.',
    whatChanged:
      '"Du" i stedet for "De". Én besked i hver sætning. Aktive verber i stedet for passiv ("indkaldes", "anmodes"). Lovhenvisningen står til sidst i brevet.',
    why: 'Borgeren kan se, hvad der skal ske, og hvad der sker, hvis han eller hun ikke kommer. Færre bliver væk fra samtalen.',
  },
  {
    title: 'Afslag på boligstøtte',
    department: 'ØKF',
    letterType: 'decision',
    before:
      'Kommunen har truffet afgørelse om, at Deres ansøgning om boligstøtte ikke kan imødekommes, idet den fornødne dokumentation for husstandens samlede indkomst ikke er fremsendt inden for den fastsatte frist, hvorfor sagen er afgjort på det foreliggende grundlag.',
    after:
      'Du får ikke boligstøtte. Det er fordi, vi ikke har fået papirer på, hvad alle i din husstand tjener. Vi skulle have haft dem senest den 1. marts. Du kan søge igen, når du har papirerne.',
    whatChanged:
      'Svaret står først. Begrundelsen er delt i korte sætninger. "Fornøden dokumentation" er blevet til "papirer på, hvad alle tjener". Borgeren får at vide, hvad han eller hun kan gøre nu.',
    why: 'Et afslag er let at misforstå. Når svaret og næste skridt står tydeligt, ringer færre for at spørge, og flere søger igen med de rigtige papirer.',
  },
  {
    title: 'Rykker for manglende papirer',
    department: 'SOF',
    letterType: 'reminder',
    before:
      'Vi skal hermed erindre om, at der fortsat mangler dokumentation i Deres sag. Dokumentationen bedes fremsendt til forvaltningen senest 14 dage fra dato. Såfremt dokumentationen ikke modtages, vil sagen blive behandlet på det foreliggende grundlag.',
    after:
      'Vi mangler stadig papirer fra dig. Send dem til os senest den {{frist}}. Hvis vi ikke får dem, træffer vi en afgørelse ud fra de papirer, vi har nu.',
    whatChanged:
      'Datoen står som en dato, ikke "14 dage fra dato". Passiv ("bedes fremsendt", "vil blive behandlet") er blevet til aktive verber med "vi" og "du".',
    why: 'Borgeren ved præcis, hvornår fristen er, og hvad der sker bagefter.',
  },
  {
    title: 'Invitation til forældremøde om skolestart',
    department: 'BUF',
    letterType: 'meeting-invitation',
    before:
      'Forældre til elever i 0. klasse inviteres hermed til informationsmøde vedrørende skolestart, hvor skolens ledelse vil orientere om de praktiske forhold i forbindelse med skolestarten samt om mulighederne for tilmelding til fritidsordning.',
    after:
      'Vi inviterer dig til et møde om skolestart. Mødet er for forældre til børn i 0. klasse. Skolens leder fortæller, hvordan en skoledag ser ud. Du kan også høre, hvordan du melder dit barn til SFO. Du må gerne tage en tolk med.',
    whatChanged:
      'Én lang sætning er blevet til fem korte. "Vedrørende" og "orientere om" er skiftet ud med "om" og "fortæller". Tilbuddet om tolk er kommet med.',
    why: 'Forældre, der læser dansk som andetsprog, kan læse invitationen selv og ved, at de må tage en tolk med.',
  },
] as const

/** Characters per department per year: DeepL Pro's typical yearly allowance for a department. */
export const SEED_BUDGET_CHARACTERS = 2_000_000

export async function seedPlainLanguage(
  payload: Payload,
): Promise<{ created: number; skipped: number }> {
  const report = { created: 0, skipped: 0 }
  for (const entry of DEFAULT_PLAIN_WORDS) {
    const found = await payload.find({
      collection: 'plain-words',
      where: { word: { equals: entry.word } },
      limit: 1,
      depth: 0,
    })
    if (found.docs.length) {
      report.skipped++
      continue
    }
    await payload.create({
      collection: 'plain-words',
      data: { word: entry.word, plainer: entry.plainer, note: entry.note ?? null },
    })
    report.created++
  }
  const departments = await payload.find({ collection: 'departments', depth: 0, pagination: false })
  const byCode = new Map(departments.docs.map((d) => [d.code, d.id]))
  for (const example of LETTER_PRACTICE_EXAMPLES) {
    const department = byCode.get(example.department)
    if (department === undefined) continue
    const found = await payload.find({
      collection: 'letter-practice',
      where: { title: { equals: example.title } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    if (found.docs.length) {
      report.skipped++
      continue
    }
    await payload.create({
      collection: 'letter-practice',
      data: { ...example, department, _status: 'published' },
    })
    report.created++
  }
  const year = new Date().getUTCFullYear()
  for (const department of departments.docs) {
    const found = await payload.find({
      collection: 'translation-budgets',
      where: { and: [{ department: { equals: department.id } }, { year: { equals: year } }] },
      limit: 1,
      depth: 0,
    })
    if (found.docs.length) {
      report.skipped++
      continue
    }
    await payload.create({
      collection: 'translation-budgets',
      data: { department: department.id, year, characters: SEED_BUDGET_CHARACTERS },
    })
    report.created++
  }
  return report
}
