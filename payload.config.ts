import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Departments } from './collections/Departments'
import { Leaflets } from './collections/Leaflets'
import { LetterTemplates } from './collections/LetterTemplates'
import { Media } from './collections/Media'
import { Methods } from './collections/Methods'
import { ReflectionQuestions } from './collections/ReflectionQuestions'
import { Users } from './collections/Users'
import { WelcomeMaterials } from './collections/WelcomeMaterials'
import { migrations } from './migrations'
import { isProductionMode } from './src/config/environment'
import { resolvePayloadSecret } from './src/config/secret'
import { depthLimit } from './src/api/graphqlDepthLimit'
import { databaseUrl } from './src/db/connection'
import { guardPoolErrors } from './src/db/lifecycle'
import { installJobClaims } from './src/db/jobClaims'
import { ALL_LOCALES, languageOf, SOURCE_LOCALE } from './src/languages'
import { seedOnInit } from './seed/onInit'
import { mapErrorsToHttp } from './src/api/errorHooks'
import { fieldTypeGuards } from './src/api/fieldTypeGuard'
import { fuzzyMemoryIndex } from './src/db/fuzzyMemoryIndex'
import { smtpEmailAdapter } from './src/email/smtpAdapter'
import { letters } from './plugins/letters'
import { followUp } from './plugins/follow-up'
import { publishing } from './plugins/publishing'
import {
  translationWorkflow,
  type TranslationWorkflowOptions,
} from './plugins/translation-workflow'
import { plainLanguage } from './plugins/plain-language'
import { citizenSite } from './plugins/citizen-site'

/** The collections written in Danish and translated; publishing Danish submits them for translation. */
const TRANSLATED = {
  leaflets: { autoSubmitOnPublish: true },
  'welcome-materials': { autoSubmitOnPublish: true },
  'letter-templates': { autoSubmitOnPublish: true },
  methods: { autoSubmitOnPublish: true },
  'reflection-questions': { autoSubmitOnPublish: true },
  'interface-texts': { autoSubmitOnPublish: true },
  'help-points': { autoSubmitOnPublish: true },
  events: { autoSubmitOnPublish: true },
  films: { autoSubmitOnPublish: true },
} satisfies TranslationWorkflowOptions['collections']

const dirname = path.dirname(fileURLToPath(import.meta.url))
const production = isProductionMode()

export default buildConfig({
  hooks: { afterError: [mapErrorsToHttp] },
  email: smtpEmailAdapter(),
  secret: resolvePayloadSecret(process.env, production),
  serverURL: process.env.SERVER_URL ?? '',
  admin: {
    user: Users.slug,
    // Gravatar would send a hash of every staff e-mail to a third party on every page (and break offline).
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [
    Leaflets,
    WelcomeMaterials,
    LetterTemplates,
    Methods,
    ReflectionQuestions,
    Departments,
    Media,
    Users,
  ],
  localization: {
    locales: ALL_LOCALES.map((code) => ({
      code,
      label: languageOf(code).label,
      rtl: languageOf(code).dir === 'rtl',
    })),
    defaultLocale: SOURCE_LOCALE,
    fallback: true,
  },
  experimental: { localizeStatus: true },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: databaseUrl(), max: Number(process.env.DATABASE_POOL_MAX ?? 20) },
    migrationDir: path.resolve(dirname, 'migrations'),
    extensions: ['pg_trgm'],
    afterSchemaInit: [fuzzyMemoryIndex],
    // Production applies the committed migrations on start; schema push is for tests and dev only.
    prodMigrations: migrations,
    push: !production && process.env.DATABASE_PUSH !== 'false',
  }),
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: false, // consumers generate clients from the schema
    maxComplexity: 1000,
    validationRules: () => [depthLimit(10)],
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  sharp,
  // The features, in the order they wrap the config: publishing comes last so it sees every collection.
  plugins: [
    // First: it adds the citizen site's collections, which the workflow and publishing then wrap.
    citizenSite(),
    translationWorkflow({ collections: TRANSLATED }),
    letters(),
    plainLanguage(),
    followUp(),
    publishing({ collections: Object.keys(TRANSLATED) }),
    fieldTypeGuards,
  ],
  onInit: async (payload) => {
    guardPoolErrors(payload)
    // Several app processes may run jobs on one database: one claim per job, dead processes' jobs taken over.
    installJobClaims(payload)
    await seedOnInit(payload)
  },
})
