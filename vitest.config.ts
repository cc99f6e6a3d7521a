import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS (index.js) and ESM (index.mjs). Node — and so Apollo Server and every
// library loaded from node_modules — resolves `graphql` to index.js, while Vite would pick index.mjs
// for our sources: two realms, and "Cannot use GraphQLNonNull from another module or realm".
// Pointing Vite at the file Node uses keeps one graphql, as in production.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/**
 * Two projects:
 * - unit: pure logic, files in parallel.
 * - integration: a real Neo4j (started by tests/globalSetup.ts unless NEO4J_URI is set) and the real
 *   HTTP server. Community Neo4j has one database and these files reset it, so they run one file
 *   at a time (fileParallelism: false).
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
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
