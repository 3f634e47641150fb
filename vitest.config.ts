import { defineConfig } from 'vitest/config'

/** Pure tests: no database, no server, no browser; run in seconds. */
const UNIT = ['tests/unit/**/*.test.ts', 'tests/**/*.unit.test.ts']

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration tests boot Payload against a real database; two cores do not like more forks.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...UNIT],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
    // The offline-pack rebuild job is queued on every publish; only the citizen-site tests want it.
    env: { OFFLINE_PACK_REBUILD: 'off' },
  },
})
