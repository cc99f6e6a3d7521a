/**
 * Examples as a contract: every `examples/<Name>.graphql` is an analyst question (first line a `#`
 * comment stating it, then one named operation `<Name>`), sent as is over real HTTP to the API
 * seeded with the IIJ fact file; its `data` must deep-equal `examples/expected/<Name>.json`.
 * An example without an expected answer, or an expected answer without its example, fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { PROJECT_ROOT } from '../../src/localNeo4j/settings.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient, startTestApi } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');
const EXPECTED_DIR = path.join(EXAMPLES_DIR, 'expected');

function namesIn(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}

const exampleNames = namesIn(EXAMPLES_DIR, '.graphql');
const expectedNames = namesIn(EXPECTED_DIR, '.json');

let db: Database;
let api: RunningApi;
let client: GraphQLTestClient;

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
  api = await startTestApi(db);
  client = new GraphQLTestClient(api.url);
});

afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('examples/ pairs every question with its expected answer', () => {
  it('has examples', () => {
    expect(exampleNames.length).toBeGreaterThanOrEqual(14);
  });

  it('has an expected answer for every example', () => {
    expect(exampleNames.filter((name) => !expectedNames.includes(name))).toEqual([]);
  });

  it('has an example for every expected answer', () => {
    expect(expectedNames.filter((name) => !exampleNames.includes(name))).toEqual([]);
  });
});

describe.each(exampleNames)('example %s', (name) => {
  const query = readFileSync(path.join(EXAMPLES_DIR, `${name}.graphql`), 'utf8');

  it('states its question and holds one operation named after the file', () => {
    expect(query.split('\n', 1)[0]).toMatch(/^# \S/);
    const operations = parse(query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.map((op) => op.name?.value)).toEqual([name]);
  });

  it('answers over HTTP with no errors and the expected data', async () => {
    const expectedFile = path.join(EXPECTED_DIR, `${name}.json`);
    expect(expectedNames, `missing examples/expected/${name}.json`).toContain(name);
    const expected: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'));
    const result = await client.execute(query);
    expect(result.errors, JSON.stringify(result.errors, null, 2)).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.data).toEqual(expected);
  });
});
