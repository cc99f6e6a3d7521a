/**
 * Limits before execution, auth, CSRF, body size, production masking and structured logs —
 * through the real HTTP server.
 */
import { Writable } from 'node:stream';
import { getIntrospectionQuery } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, startApi, type RunningApi } from '../../src/app.js';
import { sha256Hex } from '../../src/auth.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logging.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

const CURATOR_KEY = 'curator-secret-key-123';
const READER_KEY = 'reader-secret-key-456';
const JWT_SECRET = 'a-test-jwt-secret-that-is-long-enough-0123456789';

let db: Database;
let open: RunningApi;
let locked: RunningApi;
let openClient: GraphQLTestClient;
let lockedClient: GraphQLTestClient;
const logLines: string[] = [];

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  open = await startApi({ db, host: '127.0.0.1', port: 0, production: false, maxBodyBytes: 20_000 });
  locked = await startApi({
    db,
    host: '127.0.0.1',
    port: 0,
    production: true,
    logger: createLogger('info', logStream),
    auth: {
      curatorKeyDigests: [sha256Hex(CURATOR_KEY)],
      readerKeyDigests: [sha256Hex(READER_KEY)],
      requireReadKey: true,
      jwtSecret: JWT_SECRET,
    },
  });
  openClient = new GraphQLTestClient(open.url);
  lockedClient = new GraphQLTestClient(locked.url);
});

afterAll(async () => {
  await open.close();
  await locked.close();
  await db.close();
});

function nested(depth: number): string {
  // company { services { company { … { name } } } }: `depth` levels of selection in all.
  let inner = 'name';
  for (let i = 2; i < depth; i++) inner = i % 2 === 1 ? `services { ${inner} }` : `company { ${inner} }`;
  return `{ company(id: "iij") { ${inner} } }`;
}

describe('limits before execution', () => {
  it(`refuses a query deeper than ${DEFAULT_LIMITS.maxDepth} with QUERY_TOO_COMPLEX saying by how much`, async () => {
    const ok = await openClient.execute(nested(DEFAULT_LIMITS.maxDepth));
    expect(ok.errors).toBeUndefined();
    const tooDeep = await openClient.execute(nested(DEFAULT_LIMITS.maxDepth + 2));
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: DEFAULT_LIMITS.maxDepth,
      found: DEFAULT_LIMITS.maxDepth + 2,
    });
  });

  it('lets the standard introspection query through, but not a deep query hiding in a fragment named __schema', async () => {
    const introspection = await openClient.execute(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    const bypass = `query { company(id: "iij") { services { company { services { company { services { company { ...__schema } } } } } } } }
      fragment __schema on Company { services { company { services { company { name } } } } }`;
    const result = await openClient.execute(bypass);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });

  it('refuses more aliases than allowed', async () => {
    const aliases = Array.from(
      { length: DEFAULT_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: company(id: "iij") { name }`,
    ).join(' ');
    const result = await openClient.execute(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      max: DEFAULT_LIMITS.maxAliases,
    });
  });

  it('refuses more directives than allowed', async () => {
    const directives = Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const result = await openClient.execute(`{ company(id: "iij") ${directives} { name } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
  });

  it('refuses a document with more tokens than allowed, before parsing it whole', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => 'name').join(' ');
    const result = await openClient.execute(`{ company(id: "iij") { ${fields} } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'tokens',
      max: DEFAULT_LIMITS.maxTokens,
    });
  });

  it('returns each query’s cost in extensions, multiplying by `first`', async () => {
    const small = await openClient.execute('{ companies(first: 2) { edges { node { name } } } }');
    const large = await openClient.execute('{ companies(first: 20) { edges { node { name } } } }');
    expect(small.extensions?.cost).toEqual({ requested: 4, limit: DEFAULT_LIMITS.maxCost });
    expect(large.extensions?.cost).toEqual({ requested: 40, limit: DEFAULT_LIMITS.maxCost });
  });

  it('refuses a query whose cost exceeds the ceiling, saying its cost', async () => {
    const heavy = `{ companies(first: 100) { edges { node { services { subscribers { company { services { subscribers { company { name } } } } } } } } } }`;
    const result = await openClient.execute(heavy);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      max: DEFAULT_LIMITS.maxCost,
    });
    expect(Number(result.errors?.[0]?.extensions?.found)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const response = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ company(id: "${'x'.repeat(30_000)}") { name } }` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('applies Apollo’s CSRF prevention to simple requests', async () => {
    const response = await fetch(`${open.url}?query=${encodeURIComponent('{ company(id: "iij") { name } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });
});

describe('production behaviour', () => {
  const reader = { 'x-api-key': READER_KEY };

  it('hides field suggestions and refuses introspection', async () => {
    const typo = await lockedClient.execute('{ company(id: "iij") { nmae } }', undefined, reader);
    expect(typo.errors?.[0]?.message).toContain('nmae');
    expect(typo.errors?.[0]?.message).not.toContain('Did you mean');
    const introspection = await lockedClient.execute('{ __schema { types { name } } }', undefined, reader);
    expect(introspection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives every error a request id, echoed in the x-request-id header', async () => {
    const response = await fetch(locked.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-123', ...reader },
      body: JSON.stringify({ query: '{ company { name } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'req-123' });
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });
});

describe('auth', () => {
  const WRITE = `mutation { addCompany(input: { key: "x-co", name: "X", source: { document: "iij-2002-q3-results", section: "highlights", quote: "Adjusted EBITDA was JPY349 million." } }) { key } }`;

  it('needs a key for reads when configured so: none is UNAUTHENTICATED (401), a wrong one too', async () => {
    const none = await lockedClient.execute('{ company(id: "iij") { name } }');
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await lockedClient.execute('{ company(id: "iij") { name } }', undefined, { 'x-api-key': 'guess' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a reader key read but not write (FORBIDDEN)', async () => {
    const read = await lockedClient.execute('{ company(id: "iij") { name } }', undefined, { 'x-api-key': READER_KEY });
    expect(read.errors).toBeUndefined();
    const write = await lockedClient.execute(WRITE, undefined, { authorization: `Bearer ${READER_KEY}` });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts a signed token with the curator role for writes, and refuses an expired one', async () => {
    const secret = new TextEncoder().encode(JWT_SECRET);
    const valid = await new SignJWT({ role: 'curator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(secret);
    const ok = await lockedClient.execute(WRITE, undefined, { authorization: `Bearer ${valid}` });
    expect(ok.errors).toBeUndefined();
    const expired = await new SignJWT({ role: 'curator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    const refused = await lockedClient.execute(WRITE, undefined, { authorization: `Bearer ${expired}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs requests as JSON with id, operation, duration and outcome — and never a secret', async () => {
    await lockedClient.execute('query NamedForTheLog { company(id: "iij") { name } }', undefined, {
      'x-api-key': CURATOR_KEY,
    });
    await lockedClient.execute('{ company(id: "iij") { name } }', undefined, { 'x-api-key': 'wrong-secret-value' });
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const named = entries.find((e) => e.operationName === 'NamedForTheLog');
    expect(named).toMatchObject({ msg: 'graphql request', outcome: 'ok', auth: 'api-key' });
    expect(typeof named?.requestId).toBe('string');
    expect(typeof named?.durationMs).toBe('number');
    const all = logLines.join('\n');
    for (const secret of [CURATOR_KEY, READER_KEY, 'wrong-secret-value', JWT_SECRET]) expect(all).not.toContain(secret);
    expect(entries.some((e) => e.msg === 'request presented an invalid credential')).toBe(true);
  });
});
