// Lint: typescript-eslint's recommended rules, plus the boundaries the architecture promises.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Folders of pure domain logic: no framework, database, network or UI; testable without any of them. */
const PURE_CORE = [
  'src/translation/**',
  'src/workflow/**',
  'src/readability/**',
  'src/translationPlan/**',
  'src/followup/**',
  'src/letters/**',
  'src/subtitles/**',
  'src/webhookRetry/**',
  'src/citizen-site/**',
]

const FRAMEWORKS = [
  'payload',
  'payload/*',
  '@payloadcms/*',
  'next',
  'next/*',
  'react',
  'react-dom',
  'pg',
  'deepl-node',
  '@payload-config',
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      'migrations/**',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: PURE_CORE.map((dir) => `${dir.replace('/**', '')}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FRAMEWORKS.filter((p) => !p.includes('*')).map((name) => ({
            name,
            message:
              'The pure core imports no framework, database or network client: put this in a plugin or src/adapters.',
          })),
          patterns: [
            {
              group: FRAMEWORKS.filter((p) => p.includes('*')),
              message: 'The pure core imports no framework: put this in a plugin or src/adapters.',
            },
            {
              group: [
                '**/plugins/**',
                '**/collections/**',
                '**/adapters/**',
                '**/app/**',
                '**/payload-types',
              ],
              message:
                'The pure core depends on nothing outside it (plugins, collections, adapters and the app depend on it).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['collections/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/plugins/**'],
              message:
                'Collections are plain config; plugins add to them, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts', 'seed/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
