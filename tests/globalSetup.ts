/**
 * Integration tests' Neo4j: the server named by NEO4J_URI, or else the project's local `test`
 * instance, started here (fetched on first run) and stopped afterwards if this run started it
 * (KG_KEEP_NEO4J=1 keeps it running for faster re-runs).
 *
 * Tests wipe the database. A guard refuses to do that to a server configured through NEO4J_URI
 * unless KG_TEST_ALLOW_WIPE=1 says it is a scratch server.
 */
import type { TestProject } from 'vitest/node';
import { readConfig } from '../src/config.js';
import {
  createStderrReporter,
  readLocalNeo4jSettings,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../src/localNeo4j/index.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = readConfig();
  let startedHere = false;
  let target: TestNeo4j;
  if (config.neo4j.kind === 'external') {
    if (process.env.KG_TEST_ALLOW_WIPE !== '1') {
      throw new Error(
        `Refusing to run the integration tests against ${config.neo4j.uri}: they delete all data in the database.\n` +
          '  Unset NEO4J_URI to use the project-managed local Neo4j, or set KG_TEST_ALLOW_WIPE=1 if that server is a scratch one.',
      );
    }
    target = {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
    };
  } else {
    // The `test` instance (ports 7688/7475), never the `main` one that `npm start` serves.
    const settings = readLocalNeo4jSettings(process.env, 'test');
    const result = await startLocalNeo4j(settings, createStderrReporter());
    startedHere = result.started;
    target = { uri: settings.boltUri, user: settings.user, password: settings.password, database: undefined };
  }
  project.provide('neo4j', target);
  return async () => {
    if (startedHere && process.env.KG_KEEP_NEO4J !== '1') {
      await stopLocalNeo4j(readLocalNeo4jSettings(process.env, 'test'), createStderrReporter());
    }
  };
}
