/**
 * The contract for apps that embed the API (README, "Embedding the API"), over real HTTP against
 * the seeded test database: trusted documents in each mode (by `documentId`, by APQ hash, as text),
 * every analyst example run by its id from the shipped manifest, cost budgets a client can read
 * (extensions, RateLimit headers, `rateLimit`) and refuse with 429 before execution, and the typed
 * example app (examples/app/) run as a program against the server.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, Kind, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_READS, startApi, type RunningApi } from '../../src/app.js';
import { sha256Hex } from '../../src/auth.js';
import type { Database } from '../../src/db/database.js';
import { sha256OfDocument, TrustedDocuments, type TrustedDocumentsMode } from '../../src/persisted/trustedDocuments.js';
import { PROJECT_ROOT } from '../../src/projectRoot.js';
import type { BudgetPolicy } from '../../src/rateLimit/costBudgets.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

const MANIFEST = path.join(PROJECT_ROOT, 'examples/app/src/gql/persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const READER_KEY = 'embedding-reader-key';
const UNLISTED = 'query Unlisted { companies(first: 1) { totalCount } }';

let db: Database;
const apis: RunningApi[] = [];

async function start(mode: TrustedDocumentsMode, budgets?: BudgetPolicy): Promise<RunningApi> {
  const api = await startApi({
    db,
    host: '127.0.0.1',
    port: 0,
    production: false,
    auth: { ...OPEN_READS, readerKeyDigests: [sha256Hex(READER_KEY)] },
    trustedDocuments: TrustedDocuments.fromManifestFile(mode, MANIFEST),
    ...(budgets ? { budgets } : {}),
  });
  apis.push(api);
  return api;
}

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, any> }[];
    extensions?: Record<string, any>;
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

function operationName(text: string): string {
  const operation = parse(text).definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return operation.name!.value;
}

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
});

afterAll(async () => {
  for (const api of apis) await api.close();
  await db?.close();
});

describe('trusted documents', () => {
  let only: RunningApi;
  let orKey: RunningApi;
  let open: RunningApi;
  beforeAll(async () => {
    [only, orKey, open] = [await start('listed-only'), await start('listed-or-key'), await start('open')];
  });

  it('runs every analyst example by its id from the shipped manifest, with its expected answer', async () => {
    const ids = Object.keys(manifest);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const name = operationName(manifest[id]!);
      const answer = await post(only.url, { documentId: id });
      expect(answer.body.errors, name).toBeUndefined();
      const expected = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'examples/expected', `${name}.json`), 'utf8'));
      expect(answer.body.data, name).toEqual(expected);
    }
  });

  it('listed-only: refuses unlisted text, APQ registration and hashes, even with a key, before parsing', async () => {
    const text = await post(only.url, { query: UNLISTED }, { 'x-api-key': READER_KEY });
    expect(text.status).toBe(403);
    expect(text.body.errors![0]!.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_ALLOWED' });
    expect(text.body.errors![0]!.extensions!.requestId).toBe(text.headers.get('x-request-id'));
    const hash = { persistedQuery: { version: 1, sha256Hash: sha256OfDocument(UNLISTED) } };
    expect((await post(only.url, { query: UNLISTED, extensions: hash })).status).toBe(403);
    expect((await post(only.url, { extensions: hash })).body.errors![0]!.extensions!.code).toBe(
      'PERSISTED_QUERY_NOT_ALLOWED',
    );
    // Not even a syntax error is reported for an unlisted document: it is never parsed.
    expect((await post(only.url, { query: '{ nonsense' })).body.errors![0]!.extensions!.code).toBe(
      'PERSISTED_QUERY_NOT_ALLOWED',
    );
  });

  it('answers an unknown documentId PERSISTED_QUERY_NOT_FOUND and a listed APQ hash with its document', async () => {
    const unknown = await post(open.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const [id, text] = Object.entries(manifest)[0]!;
    const byHash = await post(only.url, { extensions: { persistedQuery: { version: 1, sha256Hash: id.slice(7) } } });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual((await post(open.url, { query: text })).body.data);
    const viaGet = await fetch(`${only.url}?documentId=${encodeURIComponent(id)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(200);
    expect(((await viaGet.json()) as Answer['body']).data).toEqual(byHash.body.data);
  });

  it('listed-or-key: unlisted documents need a reader or curator credential; listed ones do not', async () => {
    const anonymous = await post(orKey.url, { query: UNLISTED });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const keyed = await post(orKey.url, { query: UNLISTED }, { 'x-api-key': READER_KEY });
    expect(keyed.body).toMatchObject({ data: { companies: { totalCount: expect.any(Number) } } });
    const listed = await post(orKey.url, { documentId: Object.keys(manifest)[0] });
    expect(listed.body.errors).toBeUndefined();
  });

  it('listed-or-key: APQ registers an unlisted document for a keyed caller, then runs it by hash', async () => {
    const query = 'query Registered { documents(first: 1) { totalCount } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256OfDocument(query) } };
    const first = await post(orKey.url, { extensions }, { 'x-api-key': READER_KEY });
    expect(first.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(orKey.url, { query, extensions }, { 'x-api-key': READER_KEY });
    expect(registered.body.errors).toBeUndefined();
    const again = await post(orKey.url, { extensions }, { 'x-api-key': READER_KEY });
    expect(again.body.data).toEqual(registered.body.data);
    // The hash is known now, but an anonymous caller still may not run the unlisted document.
    expect((await post(orKey.url, { extensions })).body.errors![0]!.extensions!.code).toBe(
      'PERSISTED_QUERY_NOT_ALLOWED',
    );
  });

  it('open: any document runs, as without a manifest', async () => {
    expect((await post(open.url, { query: UNLISTED })).body.errors).toBeUndefined();
  });
});

describe('cost budgets a client can see', () => {
  const QUERY = '{ companies(first: 5) { edges { node { name } } } rateLimit { limit cost remaining resetAt } }';
  let api: RunningApi;
  beforeAll(async () => {
    api = await start('open', { points: 1_000, anonymousPoints: 100, windowSeconds: 60 });
  });

  it('reports the charge in extensions, the RateLimit headers and the rateLimit field, per credential', async () => {
    const answer = await post(api.url, { query: QUERY }, { 'x-api-key': READER_KEY });
    expect(answer.status).toBe(200);
    const cost = answer.body.extensions!.cost.requested as number;
    expect(cost).toBeGreaterThan(0);
    expect(answer.body.extensions!.rateLimit).toMatchObject({ limit: 1_000, cost, remaining: 1_000 - cost });
    expect(answer.body.data!.rateLimit).toEqual(answer.body.extensions!.rateLimit);
    expect(answer.headers.get('ratelimit-policy')).toBe('"cost";q=1000;w=60');
    expect(answer.headers.get('ratelimit')).toMatch(new RegExp(`^"cost";r=${1_000 - cost};t=\\d+$`));
    const second = await post(api.url, { query: QUERY }, { 'x-api-key': READER_KEY });
    expect(second.body.extensions!.rateLimit.remaining).toBeLessThanOrEqual(1_000 - 2 * cost + 1);
  });

  it('refuses a caller over budget with 429, Retry-After and RATE_LIMITED, before anything executes', async () => {
    // Anonymous callers are budgeted by address, 100 points here: a query of 60 fits once.
    const query = '{ companies(first: 30) { edges { node { name } } } }';
    const first = await post(api.url, { query });
    expect(first.status).toBe(200);
    const cost = first.body.extensions!.cost.requested as number;
    expect(cost).toBeGreaterThan(50);
    const refused = await post(api.url, { query });
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors![0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      cost,
      limit: 100,
      retryAfterSeconds: expect.any(Number),
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('ratelimit-policy')).toBe('"cost";q=100;w=60');
    expect(refused.body.extensions!.rateLimit).toMatchObject({ limit: 100, cost: 0 });
  });
});

describe('the typed example app (examples/app/)', () => {
  it('runs against the real server by document id with a reader key, in listed-only mode', async () => {
    const api = await start('listed-only', { points: 100_000, anonymousPoints: 1, windowSeconds: 60 });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'examples/app/src/main.ts')],
      { env: { ...process.env, KG_API_URL: api.url, KG_API_KEY: READER_KEY }, cwd: PROJECT_ROOT },
    );
    expect(stdout).toMatch(/^competitors \(\d+\): .+/);
    expect(stdout).toMatch(/budget: cost \d+, \d+ of 100000 left/);
    expect(stdout).toMatch(/RateLimit: "cost";r=\d+;t=\d+/);
  });
});
