/**
 * Seed content in Danish, adapted from Københavns Kommunes "Kommunikationsstrategi i forhold til
 * etniske minoriteter" (shared/seed/kommunikationsstrategi.txt). The strategy asks for plain,
 * simple language, so the texts are short sentences with one message each.
 *
 * Practical placeholders, to be replaced before real use: the phone number 12 34 56 78, the
 * e-mail address kontakt@kk.dk and the kk.dk sub-pages linked below.
 *
 * Plain data only; seed/run.ts writes it with the Payload local API.
 */
import { b, br, doc, h2, h3, link, ol, p, ul, type LexicalDoc } from './lexical'

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type DepartmentCode = 'BIF' | 'BUF' | 'KFF' | 'SUF' | 'SOF' | 'TMF' | 'ØKF'

export type Department = {
  code: DepartmentCode
  name: string
  slug: string
}

/** What every content document shares (see collections/shared/contentFields.ts). */
export type SeedContentBase = {
  slug: string
  department: DepartmentCode
  title: string
  summary: string
  body: LexicalDoc
  /** false = saved as a draft only. */
  publish: boolean
}

export type ReflectionQuestion = { question: string; help?: string }

export type ReflectionQuestionGroup = SeedContentBase & { questions: ReflectionQuestion[] }

export type MethodCategory = 'citizen-involvement' | 'good-letter-practice'

export type Method = SeedContentBase & { category: MethodCategory }

export type Audience = 'families' | 'students' | 'refugees' | 'workers' | 'seniors'

export type AudienceVariant = { audience: Audience; heading: string; body: LexicalDoc }

export type WelcomeMaterial = SeedContentBase & { audienceVariants: AudienceVariant[] }

export type { PlaceholderType } from '../src/letters/placeholderTypes'
import type { PlaceholderType } from '../src/letters/placeholderTypes'

export type LeafletKind = 'general' | 'complaint-guidance' | 'questions' | 'letter-insert'

export type Leaflet = SeedContentBase & { kind: LeafletKind }

export type LetterTemplateKind = 'meeting-invitation' | 'decision' | 'other'

export type LetterPlaceholder = {
  key: string
  type: PlaceholderType
  description: string
  example: string
}

export type LetterTemplate = SeedContentBase & {
  kind: LetterTemplateKind
  placeholders: LetterPlaceholder[]
  smsReminder?: string
}

// ---------------------------------------------------------------------------------------------
// Departments (forvaltninger)
// ---------------------------------------------------------------------------------------------

export const departments: Department[] = [
  { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen', slug: 'bif' },
  { code: 'BUF', name: 'Børne- og Ungdomsforvaltningen', slug: 'buf' },
  { code: 'KFF', name: 'Kultur- og Fritidsforvaltningen', slug: 'kff' },
  { code: 'SUF', name: 'Sundheds- og Omsorgsforvaltningen', slug: 'suf' },
  { code: 'SOF', name: 'Socialforvaltningen', slug: 'sof' },
  { code: 'TMF', name: 'Teknik- og Miljøforvaltningen', slug: 'tmf' },
  { code: 'ØKF', name: 'Økonomiforvaltningen', slug: 'okf' },
]

// ---------------------------------------------------------------------------------------------
// Reflection questions (initiative 3: the catalogue may hold questions to answer before
// meetings are arranged and working groups are set up)
// ---------------------------------------------------------------------------------------------

export const reflectionQuestions: ReflectionQuestionGroup[] = [
  {
    slug: 'foer-moedet-kan-alle-vaere-med',
    department: 'BIF',
    title: 'Før mødet: Kan alle være med?',
    summary:
      'Tre spørgsmål, som I skal svare på, før I holder et borgermøde eller nedsætter en arbejdsgruppe. Så er det lettere for alle borgere at være med.',
    body: doc(
      h2('Hvorfor skal I stille spørgsmålene?'),
      p(
        'Borgere med etnisk minoritetsbaggrund kommer kun lidt til lokale borgermøder, fx i helhedsplanerne i boligområderne. ',
        'En af grundene er, at invitationen ikke forklarer tydeligt nok, hvad mødet handler om.',
      ),
      p(
        'Når alle borgere er med, bliver beslutningerne bedre. Borgerne ved meget om deres område. ',
        'Og når de har været med til at beslutte, er de også med til at føre løsningerne ud i livet.',
      ),
      p(b('Svar på spørgsmålene, før'), ' I inviterer til mødet eller nedsætter gruppen.'),
    ),
    questions: [
      {
        question: 'Føler borgerne sig inkluderet i beskrivelsen af målgruppen?',
        help: 'Læs invitationen, som om du selv bor i området. Kan du se, at mødet også er for dig?',
      },
      {
        question:
          'Har borgerne indtryk af, at de kan deltage, også selv om de måske ikke taler flydende dansk?',
        help: 'Skriv tydeligt, at alle kan være med. Fortæl, hvordan I hjælper dem, der ikke taler flydende dansk.',
      },
      {
        question: 'Passer mødet og formen til målgruppens ønsker og muligheder, fx tid og sted?',
        help: 'Tænk over, hvornår borgerne har tid, og hvor de i forvejen kommer.',
      },
    ],
    publish: true,
  },
  {
    slug: 'afspejler-gruppen-beboerne',
    department: 'BIF',
    title: 'Afspejler gruppen beboerne i området?',
    summary:
      'Spørgsmål til jer, der holder borgermøder eller nedsætter arbejdsgrupper og styregrupper. Målet er, at deltagerne ligner dem, der bor i området.',
    body: doc(
      p(
        'Målet er, at etniske minoriteter er med i borgermøder, arbejdsgrupper og styregrupper, ',
        'så deltagerne afspejler befolkningen i området.',
      ),
      p(
        'Spørgsmålene bygger på strategiens beskrivelse af kataloget over metoder til borgerinddragelse.',
      ),
    ),
    questions: [
      {
        question: 'Ved I, hvordan befolkningen i lokalområdet er sammensat?',
        help: 'Brug statistik om befolkningen i lokalområdet som udgangspunkt.',
      },
      {
        question: 'Har I brugt de lokale foreninger til at nå ud til borgerne?',
        help: 'Kommunen kan bruge foreningsmiljøet mere aktivt.',
      },
      {
        question: 'Har I talt med de medarbejdere, der allerede kender borgerne?',
        help: 'Fx boligsociale rådgivere, medarbejdere i helhedsplaner og områdeløft, jobpatruljen, gadeplansmedarbejdere og bydelsmødre.',
      },
      {
        question: 'Hvordan vil I finde ud af, hvem der kom?',
        help: 'Vurdér eller tæl deltagerne ved hvert borgermøde, og meld tilbage til den fælles database.',
      },
    ],
    publish: true,
  },
]

// ---------------------------------------------------------------------------------------------
// Methods: citizen involvement (initiative 3) and good letter practice (initiative 1)
// ---------------------------------------------------------------------------------------------

export const methods: Method[] = [
  {
    slug: 'brug-de-lokale-foreninger',
    department: 'BIF',
    category: 'citizen-involvement',
    title: 'Brug de lokale foreninger',
    summary:
      'Foreningerne kender borgerne. Brug dem, når I inviterer til borgermøder og sætter grupper sammen.',
    body: doc(
      h2('Hvad går metoden ud på?'),
      p(
        'Borgermøder og grupper skal afspejle dem, der bor i området. ',
        'En måde at nå det på er, at kommunen bruger foreningsmiljøet mere aktivt.',
      ),
      h2('Sådan kan I gøre'),
      ul(
        'Find de foreninger, der er aktive i området.',
        'Bed foreningerne fortælle deres medlemmer om mødet.',
        'Spørg foreningerne, hvilken tid og hvilket sted der passer borgerne.',
      ),
    ),
    publish: true,
  },
  {
    slug: 'aktiver-medarbejderne-der-kender-borgerne',
    department: 'BIF',
    category: 'citizen-involvement',
    title: 'Aktivér de medarbejdere, der kender borgerne',
    summary:
      'Mange medarbejdere arbejder allerede tæt på borgerne. De kan hjælpe med at få flere med i de lokale planer.',
    body: doc(
      p(
        'Kommunen har allerede en række medarbejdere, der arbejder med at inddrage borgere med etnisk minoritetsbaggrund. ',
        'Brug dem, så flere beboere bliver inddraget i de lokale udviklingsplaner og andre indsatser i området.',
      ),
      h2('Det kan fx være'),
      ul(
        'boligsociale rådgivere',
        'medarbejdere i helhedsplaner og områdeløft',
        'jobpatruljen',
        'gadeplansmedarbejdere',
        'bydelsmødre',
      ),
    ),
    publish: true,
  },
  {
    slug: 'fortael-tydeligt-hvad-moedet-handler-om',
    department: 'TMF',
    category: 'citizen-involvement',
    title: 'Fortæl tydeligt, hvad mødet handler om',
    summary:
      'Mange bliver væk fra borgermøder, fordi de ikke ved, hvad mødet handler om. Skriv det kort og klart.',
    body: doc(
      p(
        'Borgere med etnisk minoritetsbaggrund kommer sjældent til lokale borgermøder. ',
        'En af grundene er, at budskabet i invitationen ikke er tydeligt nok.',
      ),
      h2('Skriv i invitationen'),
      ul(
        [b('Hvad'), ' mødet handler om, med få ord.'],
        [b('Hvem'), ' mødet er for.'],
        [b('Hvorfor'), ' borgerens mening er vigtig.'],
        [b('Hvornår og hvor'), ' mødet er.'],
        'At alle kan være med, også selv om de ikke taler flydende dansk.',
      ),
    ),
    publish: true,
  },
  {
    slug: 'tael-hvem-der-kommer',
    department: 'BIF',
    category: 'citizen-involvement',
    title: 'Tæl, hvem der kommer',
    summary: 'Hold øje med, om deltagerne ved borgermøder afspejler befolkningen i området.',
    body: doc(
      p(
        'Målet er, at deltagerne i borgermøder, arbejdsgrupper og styregrupper afspejler befolkningen i området.',
      ),
      h2('Sådan gør I'),
      ol(
        'Find statistik om, hvordan befolkningen i lokalområdet er sammensat.',
        'Vurdér eller tæl deltagerne ved hvert borgermøde.',
        'Meld tilbage til den fælles database.',
      ),
    ),
    publish: true,
  },
  {
    slug: 'informationsmoeder-om-kommunen',
    department: 'BIF',
    category: 'citizen-involvement',
    title: 'Informationsmøder om kommunen',
    summary: 'Fortæl om kommunens opbygning, tilbud og service der, hvor borgerne allerede kommer.',
    body: doc(
      p(
        'Mange kender ikke kommunens opbygning og ved ikke, hvor de kan få hjælp. ',
        'Informationsmøder kan hjælpe. Hold dem sammen med helhedsplanerne, sprogskolerne og andre.',
      ),
      h2('Hvem kan fortælle?'),
      ul(
        'borgerrådgiveren',
        'bydelsmødre',
        'Task Force Integration',
        'helhedsplanteams',
        'den fremskudte beskæftigelsesindsats',
        'boligrådgivere',
      ),
      h2('Brug sprogskolerne'),
      p(
        'Sprogskolerne er et godt sted at fortælle om kommunen, især i undervisningen i samfundsforståelse på danskuddannelse 1 og 2.',
      ),
    ),
    publish: true,
  },
  {
    slug: 'markedsdage-og-events',
    department: 'KFF',
    category: 'citizen-involvement',
    title: 'Markedsdage og events',
    summary: 'Brug byens events til at fortælle om kommunens opbygning, service og tilbud.',
    body: doc(
      p(
        'Markedsdage og events, fx International dag og VI KBH*R*, kan være et godt sted at fortælle borgerne om kommunen.',
      ),
      h2('Idéer'),
      ul(
        'Fortæl om sundhedstiltag og dagtilbud.',
        'Hold en åben markedsdag for alle byens borgere, når nye statsborgere bliver budt velkommen.',
        'Lad forvaltningerne fortælle om deres opbygning, service og tilbud.',
      ),
    ),
    publish: true,
  },
  {
    slug: 'skriv-enkelt-og-forstaaeligt',
    department: 'BIF',
    category: 'good-letter-practice',
    title: 'Skriv enkelt, ligetil og forståeligt',
    summary:
      'Et brev fra kommunen skal kunne forstås af den, der får det. Skriv målrettet, relevant og i de rigtige doser.',
    body: doc(
      p(
        'Sprog er en af de største barrierer mellem kommunen og borgere med etnisk minoritetsbaggrund. ',
        'Det gælder især breve. Når brevet er let at forstå, kommer flere borgere til deres samtaler.',
      ),
      h2('Gode råd'),
      ul(
        [b('Målrettet:'), ' Skriv til den borger, der skal læse brevet.'],
        [b('Relevant:'), ' Skriv kun det, borgeren skal vide eller gøre.'],
        [b('I de rigtige doser:'), ' Del teksten op i korte afsnit med én besked i hver.'],
      ),
      h2('Husk reglerne'),
      p('Brevet skal stadig leve op til de juridiske krav. Spørg evt. Borgerrådgiveren til råds.'),
    ),
    publish: true,
  },
  {
    slug: 'vedlaeg-klagevejledning-og-har-du-spoergsmaal',
    department: 'SOF',
    category: 'good-letter-practice',
    title: 'Vedlæg klagevejledning og "Har du spørgsmål?"',
    summary:
      'Læg en klagevejledning og et ark med "Har du spørgsmål?" ved danske breve. Begge findes på seks sprog.',
    body: doc(
      p(
        'Der laves en standard klagevejledning på de seks hovedsprog, som Borgerrådgiveren oversætter sine pjecer til. ',
        'Der laves også en tekst på de seks sprog med overskriften "Har du spørgsmål?".',
      ),
      h2('Sådan bruger I dem'),
      ol(
        'Skriv brevet på dansk.',
        'Læg klagevejledningen på borgerens sprog ved brevet.',
        'Læg "Har du spørgsmål?" på borgerens sprog ved brevet.',
      ),
    ),
    publish: true,
  },
  {
    slug: 'oversaet-moedeindkaldelser',
    department: 'BIF',
    category: 'good-letter-practice',
    title: 'Oversæt mødeindkaldelser',
    summary:
      'Mødeindkaldelser skal oversættes til de seks sprog, så færre borgere bliver væk fra samtaler.',
    body: doc(
      p(
        'Målet er, at færre borgere udebliver fra samtaler i jobcentre og socialcentre. ',
        'Derfor skal mødeindkaldelser oversættes til de seks sprog.',
      ),
      h2('Følg op'),
      ul(
        'Tæl, hvor mange der udebliver, og sammenlign med en måling fra før.',
        'Fortæl om resultaterne i den årlige statusrapport for integrationsindsatsen.',
      ),
    ),
    publish: true,
  },
  {
    slug: 'hjaelp-til-at-forstaa-brevet',
    department: 'KFF',
    category: 'good-letter-practice',
    title: 'Hjælp til at forstå brevet',
    summary:
      'Nogle borgere har brug for hjælp til at forstå et brev fra kommunen. Her er steder, hvor hjælpen kan findes.',
    body: doc(
      p(
        'Udsatte borgere kan have brug for råd og støtte i kontakten med kommunen, fx til at forstå et brev, eller en bisidder til et møde.',
      ),
      h2('Hjælpen kan findes'),
      ul(
        'på kommunens biblioteker',
        'i kulturhusene',
        'i Borgerrådgivningen',
        'hos frivillige foreninger, fx Dansk Flygtningehjælp, Fakti og Indvandrerkvindecentret',
      ),
      h2('Den opsøgende indsats'),
      p('Overvej, om brevet kan følges op af den opsøgende indsats, fx bydelsmødrene.'),
    ),
    publish: true,
  },
  {
    slug: 'andre-maader-at-give-besked',
    department: 'SOF',
    category: 'good-letter-practice',
    title: 'Andre måder at give besked på',
    summary:
      'Et brev er ikke altid nok. Billeder, film og sms kan hjælpe, når reglerne om persondata bliver overholdt.',
    body: doc(
      p('Tænk over, om vigtig information også kan gives på andre måder end med et brev.'),
      ul('noget visuelt, fx film eller billeder', 'sms'),
      p(b('Husk:'), ' Reglerne om persondata skal altid overholdes.'),
    ),
    publish: true,
  },
]

// ---------------------------------------------------------------------------------------------
// Welcome material (initiative 2, "Kend din kommune")
// ---------------------------------------------------------------------------------------------

export const welcomeMaterials: WelcomeMaterial[] = [
  {
    slug: 'velkommen-til-koebenhavn',
    department: 'BIF',
    title: 'Velkommen til København',
    summary:
      'Kort information til nye borgere: sådan er kommunen bygget op, og her kan du få hjælp.',
    body: doc(
      h2('Kommunen er her for dig'),
      p(
        'Københavns Kommune vil møde dig med respekt, ligeværdighed, dialog og tillid. ',
        'Du skal have de samme muligheder som alle andre for at tale med kommunen om ydelser, service og tilbud.',
      ),
      h2('Sådan er kommunen bygget op'),
      p('Kommunen er delt op i syv forvaltninger:'),
      ul(...departments.map((d) => d.name)),
      h2('Her møder du kommunen'),
      ul(
        'jobcentre',
        'socialcentre',
        'sundhedshuse',
        'dagtilbud og skoler',
        'biblioteker og kulturhuse',
      ),
      p('Læs mere på ', link('https://www.kk.dk', 'www.kk.dk'), '.'),
    ),
    audienceVariants: [
      {
        audience: 'families',
        heading: 'Til familier med børn',
        body: doc(
          p('Har du børn, møder du kommunen i dagtilbud og skoler og i sundhedshusene.'),
          p('Bydelsmødrene kan fortælle dig om kommunens tilbud.'),
        ),
      },
      {
        audience: 'students',
        heading: 'Til dig, der går på sprogskole',
        body: doc(
          p('På danskuddannelse 1 og 2 lærer du om det danske samfund.'),
          p('Spørg på din sprogskole, om der er informationsmøder om kommunen.'),
        ),
      },
      {
        audience: 'refugees',
        heading: 'Til dig, der er flygtning',
        body: doc(
          p('Får du et brev fra kommunen, som du ikke forstår, kan du få hjælp.'),
          ul(
            'på biblioteket',
            'i kulturhuset',
            'i Borgerrådgivningen',
            'hos frivillige foreninger, fx Dansk Flygtningehjælp, Fakti og Indvandrerkvindecentret',
          ),
        ),
      },
      {
        audience: 'workers',
        heading: 'Til dig, der søger arbejde',
        body: doc(
          p(
            'Jobcentret hjælper dig med at finde arbejde. Du bliver indkaldt til samtaler i jobcentret.',
          ),
          p(
            b('Det er vigtigt, at du kommer.'),
            ' Kan du ikke komme, så ring til den medarbejder, der står i brevet.',
          ),
        ),
      },
    ],
    publish: true,
  },
  {
    slug: 'kend-din-kommune',
    department: 'KFF',
    title: 'Kend din kommune',
    summary:
      'Mød kommunen til informationsmøder, markedsdage og events, og lær, hvor du kan få hjælp.',
    body: doc(
      p('Det kan være svært at finde rundt i kommunen. Hvem gør hvad, og hvor skal du gå hen?'),
      h2('Mød kommunen'),
      ul(
        'til informationsmøder om kommunens opbygning, tilbud og service',
        'til markedsdage og events, fx International dag og VI KBH*R*',
      ),
    ),
    audienceVariants: [
      {
        audience: 'families',
        heading: 'Til familier med børn',
        body: doc(p('Til events kan du fx høre om dagtilbud og om sundhed.')),
      },
      {
        audience: 'students',
        heading: 'Til dig, der går på sprogskole',
        body: doc(p('Din sprogskole kan være et godt sted at høre om kommunen.')),
      },
      {
        audience: 'refugees',
        heading: 'Til dig, der er ny i Danmark',
        body: doc(p('Bydelsmødre og boligrådgivere kan fortælle dig om kommunens tilbud.')),
      },
    ],
    publish: true,
  },
]

// ---------------------------------------------------------------------------------------------
// Leaflets (initiative 1: complaint guidance and "Har du spørgsmål?" with letters;
// initiative 2: the most important information material)
// ---------------------------------------------------------------------------------------------

export const leaflets: Leaflet[] = [
  {
    slug: 'saadan-klager-du',
    department: 'ØKF',
    kind: 'complaint-guidance',
    title: 'Sådan klager du',
    summary:
      'Er du uenig i en afgørelse fra kommunen? Her kan du læse, hvordan du klager, og hvor du kan få hjælp.',
    body: doc(
      h2('Er du uenig i en afgørelse?'),
      p('Du kan klage, hvis du er uenig i en afgørelse fra kommunen.'),
      h2('Sådan gør du'),
      ol(
        ['Læs ', b('klagevejledningen'), ' i brevet. Den fortæller, hvem du skal klage til.'],
        ['Se, hvornår ', b('fristen'), ' er. Fristen står i brevet.'],
        'Skriv, hvad du er uenig i, og hvorfor.',
        'Send klagen til den adresse, der står i klagevejledningen.',
      ),
      h2('Få hjælp til at klage'),
      p('Borgerrådgiveren kan hjælpe dig, hvis du er utilfreds med kommunen.'),
      p(b('Borgerrådgiveren'), br(), 'Telefon: 12 34 56 78', br(), 'E-mail: kontakt@kk.dk'),
      p(
        'Læs mere på ',
        link('https://www.kk.dk/borgerraadgiveren', 'kk.dk/borgerraadgiveren'),
        '.',
      ),
      h3('På dit sprog'),
      p('Klagevejledningen findes på seks sprog. Spørg, hvis du vil have den på dit sprog.'),
    ),
    publish: true,
  },
  {
    slug: 'har-du-spoergsmaal',
    department: 'BIF',
    kind: 'questions',
    title: 'Har du spørgsmål?',
    summary:
      'Et kort ark, der lægges ved breve fra kommunen. Det fortæller, hvem du kan spørge, og hvor du kan få hjælp.',
    body: doc(
      h2('Har du spørgsmål til brevet?'),
      p(
        'Ring eller skriv til den medarbejder, der står i brevet. ',
        b('Hav brevet ved hånden'),
        ', når du ringer.',
      ),
      h2('Få hjælp til at forstå brevet'),
      ul('på biblioteket', 'i kulturhuset', 'i Borgerrådgivningen', [
        'hos frivillige foreninger, fx ',
        b('Dansk Flygtningehjælp'),
        ', ',
        b('Fakti'),
        ' og ',
        b('Indvandrerkvindecentret'),
      ]),
      h2('Tag en med til mødet'),
      p(
        'Du må gerne tage en bisidder med til et møde med kommunen. En bisidder er en person, der følger dig og støtter dig.',
      ),
      h3('Kontakt'),
      p('Københavns Kommune', br(), 'Telefon: 12 34 56 78', br(), 'E-mail: kontakt@kk.dk'),
      p('Læs mere på ', link('https://www.kk.dk/borger', 'kk.dk/borger'), '.'),
    ),
    publish: true,
  },
  {
    slug: 'saadan-er-kommunen-bygget-op',
    department: 'ØKF',
    kind: 'general',
    title: 'Sådan er Københavns Kommune bygget op',
    summary:
      'Kommunen har syv forvaltninger. Her kan du se, hvad de tager sig af, og hvor du møder dem.',
    body: doc(
      p(
        'Københavns Kommune er delt op i syv forvaltninger. Hver forvaltning tager sig af sit område.',
      ),
      h2('De syv forvaltninger'),
      ul(
        [b('Beskæftigelses- og Integrationsforvaltningen:'), ' arbejde, jobcentre og integration'],
        [b('Børne- og Ungdomsforvaltningen:'), ' børn og unge, dagtilbud og skoler'],
        [b('Kultur- og Fritidsforvaltningen:'), ' kultur og fritid, fx biblioteker og kulturhuse'],
        [b('Sundheds- og Omsorgsforvaltningen:'), ' sundhed og omsorg, fx sundhedshuse'],
        [b('Socialforvaltningen:'), ' sociale tilbud og socialcentre'],
        [b('Teknik- og Miljøforvaltningen:'), ' teknik og miljø'],
        [b('Økonomiforvaltningen:'), ' kommunens økonomi'],
      ),
      h2('Vil du vide mere?'),
      p('Læs mere på ', link('https://www.kk.dk', 'www.kk.dk'), '.'),
    ),
    publish: true,
  },
  {
    slug: 'dette-brev-er-vigtigt',
    department: 'SOF',
    kind: 'letter-insert',
    title: 'Dette brev er vigtigt',
    summary: 'Et kort ark på borgerens sprog, der lægges ved et dansk brev fra kommunen.',
    body: doc(
      p(b('Dette brev er fra Københavns Kommune. Det er vigtigt, at du læser det.')),
      ul(
        'Kan du ikke læse brevet, så få hjælp til det, fx på biblioteket eller i Borgerrådgivningen.',
        'Har du spørgsmål, så ring til den medarbejder, der står i brevet.',
        'Er du uenig i en afgørelse, kan du klage. Læs klagevejledningen.',
      ),
    ),
    publish: true,
  },
  {
    // The one draft: proves that unpublished content is not public.
    slug: 'film-om-kommunen-paa-dit-sprog',
    department: 'BIF',
    kind: 'general',
    title: 'Se film om kommunen på dit sprog',
    summary:
      'Korte film på hovedsprogene, der viser, hvor du møder kommunen. Kladde: filmene er ikke lavet endnu.',
    body: doc(
      p(
        'Snart kan du se korte film på dit sprog på www.kk.dk. Filmene viser steder, hvor du møder kommunen:',
      ),
      ul('sundhedshuse', 'jobcentre', 'socialcentre', 'dagtilbud og skoler'),
    ),
    publish: false,
  },
]

// ---------------------------------------------------------------------------------------------
// Letter templates (initiative 1: meeting invitations in the six languages, fewer no-shows)
// ---------------------------------------------------------------------------------------------

const caseworkerPlaceholders: LetterPlaceholder[] = [
  {
    key: 'caseworkerName',
    type: 'name',
    description: 'Navnet på den medarbejder, der har sagen',
    example: 'Mette Hansen',
  },
  {
    key: 'caseworkerPhone',
    type: 'phone',
    description: 'Medarbejderens telefonnummer',
    example: '12 34 56 78',
  },
]

export const letterTemplates: LetterTemplate[] = [
  {
    slug: 'indkaldelse-til-samtale',
    department: 'BIF',
    kind: 'meeting-invitation',
    title: 'Indkaldelse til samtale',
    summary:
      'Brev, der indkalder en borger til en samtale i jobcenter eller socialcenter. Kort og enkelt, så flere kommer.',
    body: doc(
      p('Kære {{citizenName}}'),
      p('Du er indkaldt til en samtale med kommunen.'),
      h2('Tid og sted'),
      p(
        b('Dato:'),
        ' {{meetingDate}}',
        br(),
        b('Tid:'),
        ' Kl. {{meetingTime}}',
        br(),
        b('Sted:'),
        ' {{meetingPlace}}',
      ),
      h2('Det er vigtigt, at du kommer'),
      p(
        'Kan du ikke komme, så ring til {{caseworkerName}} på telefon {{caseworkerPhone}} før samtalen.',
      ),
      h2('Har du brug for en tolk?'),
      p(
        'Har du brug for en tolk til samtalen, så ring til {{caseworkerName}} på telefon {{caseworkerPhone}}. Så sørger vi for en tolk.',
      ),
      h2('Du må gerne tage en med'),
      p(
        'Du må gerne tage en bisidder med til samtalen. Det kan fx være en ven eller en fra familien.',
      ),
      p('Har du spørgsmål? Læs det vedlagte ark "Har du spørgsmål?".'),
      p('Venlig hilsen', br(), '{{caseworkerName}}', br(), 'Telefon: {{caseworkerPhone}}'),
    ),
    placeholders: [
      {
        key: 'citizenName',
        type: 'name',
        description: 'Borgerens fulde navn',
        example: 'Amina Hassan',
      },
      { key: 'meetingDate', type: 'date', description: 'Dato for samtalen', example: '2026-03-03' },
      {
        key: 'meetingTime',
        type: 'time',
        description: 'Klokkeslæt for samtalen',
        example: '10:00',
      },
      {
        key: 'meetingPlace',
        type: 'place',
        description: 'Adresse og lokale for samtalen',
        example: 'Jobcenter København, lokale 2.14',
      },
      ...caseworkerPlaceholders,
    ],
    smsReminder:
      'Husk din samtale {{meetingDate}} kl. {{meetingTime}}, {{meetingPlace}}. Kan du ikke komme, så ring til {{caseworkerPhone}}. Københavns Kommune',
    publish: true,
  },
  {
    slug: 'invitation-til-borgermoede',
    department: 'TMF',
    kind: 'meeting-invitation',
    title: 'Invitation til borgermøde',
    summary:
      'Invitation til et lokalt borgermøde, skrevet så alle i området kan se, at mødet også er for dem.',
    body: doc(
      h2('Kom til borgermøde om {{meetingTopic}}'),
      p('Vi vil gerne høre, hvad du mener. Mødet er for alle, der bor i området.'),
      p(b('Alle kan være med'), ', også selv om du ikke taler flydende dansk.'),
      ul(
        [b('Dato:'), ' {{meetingDate}}'],
        [b('Tid:'), ' Kl. {{meetingTime}}'],
        [b('Sted:'), ' {{meetingPlace}}'],
      ),
      h3('Hvorfor skal du komme?'),
      p('Du kender dit område. Når du er med, bliver beslutningerne bedre.'),
      p(
        'Har du brug for en tolk, eller har du spørgsmål, så ring til {{contactName}} på telefon {{contactPhone}}.',
      ),
    ),
    placeholders: [
      {
        key: 'meetingTopic',
        type: 'text',
        description: 'Hvad mødet handler om, med få ord',
        example: 'den nye legeplads',
      },
      { key: 'meetingDate', type: 'date', description: 'Dato for mødet', example: '2026-04-15' },
      { key: 'meetingTime', type: 'time', description: 'Klokkeslæt for mødet', example: '17:00' },
      {
        key: 'meetingPlace',
        type: 'place',
        description: 'Hvor mødet holdes',
        example: 'Beboerhuset, Hovedgaden 1',
      },
      {
        key: 'contactName',
        type: 'name',
        description: 'Navnet på kontaktpersonen',
        example: 'Ali Yilmaz',
      },
      {
        key: 'contactPhone',
        type: 'phone',
        description: 'Kontaktpersonens telefonnummer',
        example: '12 34 56 78',
      },
    ],
    publish: true,
  },
  {
    slug: 'du-har-faaet-en-afgoerelse',
    department: 'SOF',
    kind: 'decision',
    title: 'Du har fået en afgørelse',
    summary:
      'Kort følgebrev til en afgørelse: hvad afgørelsen handler om, hvordan man klager, og hvem man kan spørge.',
    body: doc(
      p('Kære {{citizenName}}'),
      p('Vi har truffet en afgørelse om {{decisionSubject}}. Du kan læse afgørelsen i brevet.'),
      h2('Er du uenig?'),
      p(
        'Du kan klage. Din klage skal være sendt senest ',
        b('{{complaintDeadline}}'),
        '. Læs klagevejledningen, der ligger ved brevet.',
      ),
      h2('Har du spørgsmål?'),
      p('Ring til {{caseworkerName}} på telefon {{caseworkerPhone}}.'),
      p('Har du brug for en tolk, så sig det, når du ringer.'),
    ),
    placeholders: [
      {
        key: 'citizenName',
        type: 'name',
        description: 'Borgerens fulde navn',
        example: 'Amina Hassan',
      },
      {
        key: 'decisionSubject',
        type: 'text',
        description: 'Hvad afgørelsen handler om',
        example: 'din ansøgning om hjælp',
      },
      {
        key: 'complaintDeadline',
        type: 'date',
        description: 'Sidste dag for at klage',
        example: '2026-06-01',
      },
      ...caseworkerPlaceholders,
    ],
    publish: true,
  },
]
