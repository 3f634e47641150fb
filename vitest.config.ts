import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Integration tests boot Payload against a real database; two cores do not like more forks.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    environment: 'node',
  },
})
