/**
 * Every word the citizen site says that is not content: navigation, headings, labels, notices.
 * The Danish here is the source the seed writes into the `interface-texts` collection; from
 * there the texts go through translate → review → publish like any document. A language whose
 * text is not approved yet shows the Danish, marked lang="da".
 */
export const DANISH_INTERFACE_TEXTS = {
  'site.name': 'Kend din kommune',
  'site.owner': 'Københavns Kommune',
  'site.tagline': 'Information fra Københavns Kommune på dit sprog',
  'nav.skip': 'Gå til indholdet',
  'nav.main': 'Hovedmenu',
  'nav.home': 'Forside',
  'nav.languages': 'Vælg sprog',
  'nav.search': 'Søg',
  'nav.events': 'Arrangementer',
  'nav.places': 'Steder og hjælp',
  'nav.municipality': 'Sådan er kommunen bygget op',
  'home.intro':
    'Her finder du information om Københavns Kommune på dit sprog: hvor du kan henvende dig, hvor du kan få hjælp, hvad der sker, og hvordan kommunen er bygget op.',
  'section.lifeSituations': 'Hvad drejer det sig om?',
  'section.welcome': 'Velkommen til København',
  'section.leaflets': 'Pjecer',
  'section.films': 'Film',
  'section.entryPoints': 'Hvor kan jeg henvende mig?',
  'section.helpPoints': 'Få hjælp til at forstå et brev eller følgeskab til et møde',
  'section.events': 'Kommende arrangementer',
  'section.related': 'Mere om emnet',
  'life.new-in-copenhagen': 'Ny i København',
  'life.family-children': 'Familie og børn',
  'life.work-education': 'Arbejde og uddannelse',
  'life.health': 'Sundhed',
  'life.housing': 'Bolig',
  'life.letters-meetings': 'Breve og møder med kommunen',
  'kind.health-house': 'Sundhedshus',
  'kind.job-centre': 'Jobcenter',
  'kind.social-centre': 'Socialcenter',
  'kind.day-care': 'Dagtilbud',
  'kind.school': 'Skole',
  'kind.library': 'Bibliotek',
  'kind.citizens-advisor': 'Borgerrådgiveren',
  'kind.volunteer': 'Frivillig forening',
  'kind.neighbourhood-mothers': 'Bydelsmødre',
  'event.information-meeting': 'Informationsmøde',
  'event.market-day': 'Markedsdag',
  'label.address': 'Adresse',
  'label.openingHours': 'Åbningstider',
  'label.languages': 'Sprog, der tales',
  'label.helpsWith': 'Hjælper med',
  'label.district': 'Bydel',
  'label.phone': 'Telefon',
  'label.when': 'Hvornår',
  'label.where': 'Hvor',
  'label.show': 'Vis',
  'label.anyLanguage': 'Alle sprog',
  'label.anyDistrict': 'Alle bydele',
  'label.subtitles': 'Undertekster findes på',
  'places.none': 'Ingen steder passer til det valgte.',
  'events.calendar': 'Abonnér på arrangementerne i din kalender (iCalendar)',
  'events.none': 'Der er ingen kommende arrangementer lige nu.',
  'search.label': 'Søg på dit sprog',
  'search.button': 'Søg',
  'search.results': 'Resultater',
  'search.none': 'Søgningen gav ingen resultater.',
  'search.offline': 'Søgning virker kun på nettet.',
  'offline.download': 'Hent siden til brug uden internet (ZIP-fil)',
  'doc.pdf': 'Hent teksten som PDF til udskrift',
  'offline.notice':
    'Du læser en kopi, der virker uden internet. Den kan være ældre end siden på nettet.',
  'fallback.note': 'Denne tekst findes endnu ikke på dit sprog. Den danske tekst vises.',
  'film.unsupported': 'Din browser kan ikke vise filmen. Du kan hente den her:',
  'municipality.intro':
    'Københavns Kommune er delt i syv forvaltninger. Hver forvaltning har sit eget område, og du kan henvende dig til den, der passer til din situation.',
  'footer.privacy':
    'Vi tæller kun, hvor mange gange hver side bliver vist. Vi bruger ingen cookies og gemmer ingen oplysninger om dig.',
  'notFound.title': 'Siden findes ikke',
  'district.indre-by': 'Indre By',
  'district.osterbro': 'Østerbro',
  'district.norrebro': 'Nørrebro',
  'district.vesterbro-kongens-enghave': 'Vesterbro/Kongens Enghave',
  'district.valby': 'Valby',
  'district.vanlose': 'Vanløse',
  'district.bronshoj-husum': 'Brønshøj-Husum',
  'district.bispebjerg': 'Bispebjerg',
  'district.amager-ost': 'Amager Øst',
  'district.amager-vest': 'Amager Vest',
} as const

export type InterfaceTextKey = keyof typeof DANISH_INTERFACE_TEXTS
export const INTERFACE_TEXT_KEYS = Object.keys(DANISH_INTERFACE_TEXTS) as InterfaceTextKey[]

export const LIFE_SITUATIONS = [
  'new-in-copenhagen',
  'family-children',
  'work-education',
  'health',
  'housing',
  'letters-meetings',
] as const
export type LifeSituation = (typeof LIFE_SITUATIONS)[number]

/** Entry points are where a citizen goes with a matter; help points help with letters and meetings. */
export const ENTRY_POINT_KINDS = [
  'health-house',
  'job-centre',
  'social-centre',
  'day-care',
  'school',
] as const
export const HELP_POINT_KINDS = [
  'library',
  'citizens-advisor',
  'volunteer',
  'neighbourhood-mothers',
] as const
export const PLACE_KINDS = [...ENTRY_POINT_KINDS, ...HELP_POINT_KINDS] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

export const DISTRICTS = [
  'indre-by',
  'osterbro',
  'norrebro',
  'vesterbro-kongens-enghave',
  'valby',
  'vanlose',
  'bronshoj-husum',
  'bispebjerg',
  'amager-ost',
  'amager-vest',
] as const
export type District = (typeof DISTRICTS)[number]

export const EVENT_KINDS = ['information-meeting', 'market-day'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export function isInterfaceTextKey(key: string): key is InterfaceTextKey {
  return key in DANISH_INTERFACE_TEXTS
}
