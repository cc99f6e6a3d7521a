/**
 * Test kit: the usual integration-test setup — the test database reset and seeded through the real
 * loader, the real API over HTTP on a free port — registered as Vitest hooks.
 */
import { afterAll, beforeAll } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient, startTestApi } from './api.js';
import { connectTestDatabase, resetDatabase } from './database.js';
import { IIJ_FACT_FILE } from './factFiles.js';

export interface SeededApi {
  readonly db: Database;
  readonly api: RunningApi;
  readonly client: GraphQLTestClient;
}

/** Seeds `factFiles` (default: the IIJ fact file) before the file's tests; the getters are valid inside tests. */
export function useSeededApi(factFiles: () => string[] = () => [IIJ_FACT_FILE]): SeededApi {
  let db: Database | undefined;
  let api: RunningApi | undefined;
  let client: GraphQLTestClient | undefined;
  beforeAll(async () => {
    db = connectTestDatabase();
    await resetDatabase(db);
    await seedGraph(db, factFiles());
    api = await startTestApi(db);
    client = new GraphQLTestClient(api.url);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is used before beforeAll ran`);
    return value;
  };
  return {
    get db() {
      return ready(db, 'db');
    },
    get api() {
      return ready(api, 'api');
    },
    get client() {
      return ready(client, 'client');
    },
  };
}
