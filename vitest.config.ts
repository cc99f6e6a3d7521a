import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit: pure logic, files in parallel.
 * - integration: a real Neo4j (started by tests/globalSetup.ts unless NEO4J_URI is set) and the real
 *   HTTP server. Community Neo4j has one database and these files reset it, so they run one file
 *   at a time (fileParallelism: false).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
