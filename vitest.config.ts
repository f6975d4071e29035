import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit tests beside the code (pure rules, no database) and API tests under tests/api,
 * which scripts/test.mjs runs once on PGlite and once on PostgreSQL (XS_TEST_DB).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: more workers only fight over them (each file starts its own database).
          maxWorkers: 2,
        },
      },
      {
        // Browser tests against a running server (E2E_BASE_URL); tests/e2e/run.mjs starts one per database.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          // Each wait inside a test has its own 30 s limit; this is the backstop for a whole flow on a busy machine.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
