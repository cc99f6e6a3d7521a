/**
 * Regression tests for the attacks of the second hardening round: each finding, made as a hostile
 * caller made it, against the real HTTP server and the real test Neo4j (a seeded IIJ graph; this
 * file resets the database, so it runs alone like every integration file).
 */
import http from 'node:http';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_READS, startApi, type ApiOptions, type RunningApi } from '../../src/app.js';
import { sha256Hex } from '../../src/auth.js';
import { Database, DatabaseDeadlineError } from '../../src/db/database.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient, TEST_CURATOR_KEY } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

let db: Database;
let api: RunningApi;
let client: GraphQLTestClient;
const extraApis: RunningApi[] = [];

async function startExtraApi(options: Partial<ApiOptions> & { db?: Database } = {}): Promise<RunningApi> {
  const started = await startApi({
    db,
    host: '127.0.0.1',
    port: 0,
    production: false,
    auth: { ...OPEN_READS, curatorKeyDigests: [sha256Hex(TEST_CURATOR_KEY)] },
    ...options,
  });
  extraApis.push(started);
  return started;
}

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
  api = await startExtraApi();
  client = new GraphQLTestClient(api.url);
});

afterAll(async () => {
  for (const started of extraApis) await started.close();
  await db.close();
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The API's own transactions Neo4j is running now whose name starts with `prefix`. */
async function runningTransactions(prefix: string): Promise<number> {
  const [row] = await db.read(
    {
      name: 'test.showTransactions',
      cypher: `SHOW TRANSACTIONS YIELD metaData
        WHERE metaData.app = 'company-kg' AND metaData.query STARTS WITH $prefix
        RETURN count(*) AS running`,
    },
    { prefix },
  );
  return Number(row?.running ?? 0);
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

/**
 * Holds a write lock on the IIJ company node in an open transaction until `release()`; a curated
 * write of `iij` then waits on the lock inside Neo4j, as long-running work a request started.
 */
async function holdCompanyLock(): Promise<{ release: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const lockTaken = new Promise<void>((resolve) => (locked = resolve));
  const transaction = db
    .writeTransaction(
      'test.holdLock',
      async (tx) => {
        await tx.run({ name: 'test.lock', cypher: "MATCH (c:Company {id: 'iij'}) SET c.lockedByTest = true" });
        locked();
        await released;
        throw new Error('rolled back on purpose');
      },
      120_000,
    )
    .catch(() => undefined);
  await lockTaken;
  return {
    async release() {
      release();
      await transaction;
    },
  };
}

const RENAME_IIJ = {
  query: /* GraphQL */ `
    mutation Rename($input: AddCompanyInput!) {
      addCompany(input: $input) {
        key
        name
      }
    }
  `,
  variables: {
    input: {
      key: 'iij',
      name: 'Renamed By A Cancelled Request',
      source: {
        document: 'iij-2002-q3-results',
        section: 'highlights',
        quote: 'Adjusted EBITDA was JPY349 million.',
      },
    },
  },
};

async function iijName(): Promise<string> {
  const data = await client.data<{ company: { name: string } }>('{ company(id: "iij") { name } }');
  return data.company.name;
}

describe('the cost cache (critical: memory grew without bound until the process died)', () => {
  it('keeps the heap bounded under many distinct documents with large variables', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const pad = 'x'.repeat(95_000);
    const send = (i: number) =>
      post(api.url, {
        query: `query Pad($pad: ID!) { __typename company(id: $pad) @skip(if: true) { name } } # doc ${i}`,
        variables: { pad },
      }).then(async (response) => {
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      });
    for (let i = 0; i < 50; i++) await send(-i - 1);
    gc();
    const before = process.memoryUsage().heapUsed;
    const requests = 1_000;
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests) await send(next++);
      }),
    );
    gc();
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    console.info(`heap after ${requests} distinct documents with 95 kB variables: +${grownMb.toFixed(1)} MB`);
    // Before the fix every document kept its variables' text as a cache key: ~95 MB here.
    expect(grownMb).toBeLessThan(40);
  }, 180_000);
});

describe('variables (high: a deeply nested unused variable switched the cost limit off)', () => {
  const EXPENSIVE = `query Expensive { companies(first: 100) { edges { node { competitors { company { competitors { company { competitors { company { name } } } } } } } } } }`;
  const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown;

  it('refuses the expensive query on its own', async () => {
    const response = await post(api.url, { query: EXPENSIVE });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', found: 222_200 });
  });

  it('refuses it too when the request carries 6,000 levels of nested junk', async () => {
    const body = `{"query":${JSON.stringify(EXPENSIVE)},"variables":{"junk":${'['.repeat(6_000)}${']'.repeat(6_000)}}}`;
    const response = await post(api.url, body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as any;
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/nested more than 64 levels/);
  });

  it('refuses deep JSON in the variables of a GET request as well', async () => {
    const search = new URLSearchParams({
      query: '{ __typename }',
      variables: `{"junk":${'['.repeat(200)}${']'.repeat(200)}}`,
    });
    const response = await fetch(`${api.url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses variables the operation does not declare', async () => {
    const response = await post(api.url, { query: EXPENSIVE, variables: { junk: nested(40) } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('"$junk" is not declared');
    const cheap = await client.execute('{ company(id: "iij") { name } }', { unused: 1 });
    expect(cheap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses declared variables that do not coerce, before any cost is computed or resolver runs', async () => {
    const result = await client.execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [[['Company:iij']]],
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('`nodes(ids:)` (high: the fan-out grew while the cost stayed flat)', () => {
  const WIDE = /* GraphQL */ `
    query Wide($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on Company {
          name
          aliases
          services {
            key
            name
            businessLine {
              key
              name
            }
            subscribers {
              company {
                key
                services {
                  key
                }
              }
            }
          }
          competitors {
            kind
            company {
              key
              name
            }
          }
          customers {
            kind
            company {
              key
              name
            }
          }
          dataCenters {
            key
            name
          }
          awardsWon {
            award {
              key
            }
            category {
              key
            }
          }
        }
      }
    }
  `;
  const ids = (n: number) => Array.from({ length: n }, () => 'Company:iij');

  it('costs in proportion to the number of ids', async () => {
    const one = await client.execute(WIDE, { ids: ids(1) });
    const five = await client.execute(WIDE, { ids: ids(5) });
    expect(one.errors).toBeUndefined();
    expect(five.errors).toBeUndefined();
    const costOne = (one.extensions?.cost as { requested: number }).requested;
    expect((five.extensions?.cost as { requested: number }).requested).toBe(costOne * 5);
  });

  it('refuses 100 ids with a wide selection on cost, and more than 100 ids at all', async () => {
    const hundred = await client.execute(WIDE, { ids: ids(100) });
    expect(hundred.status).toBe(400);
    expect(hundred.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    const tooMany = await client.execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(7_000) });
    expect(tooMany.errors?.[0]?.extensions?.code).toMatch(/^(QUERY_TOO_COMPLEX|BAD_USER_INPUT)$/);
    expect(tooMany.data?.nodes ?? null).toBeNull();
    const cheapButLong = await client.execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(101) });
    expect(cheapButLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
  });
});

describe('cancellation (medium: abandoned and overdue requests kept the server busy)', () => {
  it('stops the Neo4j work of a request whose client disconnects', async () => {
    const lock = await holdCompanyLock();
    try {
      const body = JSON.stringify(RENAME_IIJ);
      const request = http.request(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-api-key': TEST_CURATOR_KEY,
        },
      });
      request.on('error', () => undefined);
      request.end(body);
      await waitUntil(
        'the mutation waits on the lock in Neo4j',
        async () => (await runningTransactions('curation.')) > 0,
      );
      request.destroy();
      await waitUntil('its transaction is gone', async () => (await runningTransactions('curation.')) === 0);
    } finally {
      await lock.release();
    }
    expect(await iijName()).toBe('Internet Initiative Japan Inc.');
  });

  it('answers TIMEOUT at the request deadline and stops the request’s Neo4j work', async () => {
    const impatient = await startExtraApi({ requestDeadlineMs: 1_000 });
    const lock = await holdCompanyLock();
    try {
      const response = await post(impatient.url, RENAME_IIJ, { 'x-api-key': TEST_CURATOR_KEY });
      expect(response.status).toBe(504);
      const json = (await response.json()) as any;
      expect(json.errors[0].extensions).toMatchObject({ code: 'TIMEOUT' });
      expect(json.errors[0].extensions.requestId).toEqual(expect.any(String));
      await waitUntil('its transaction is gone', async () => (await runningTransactions('curation.')) === 0);
    } finally {
      await lock.release();
    }
    expect(await iijName()).toBe('Internet Initiative Japan Inc.');
  });

  it('ends a read on the server when its signal aborts', async () => {
    const controller = new AbortController();
    const read = db
      .withSignal(controller.signal)
      .read({
        name: 'test.runawayRead',
        cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n',
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    await waitUntil('the read runs', async () => (await runningTransactions('test.runawayRead')) > 0);
    controller.abort(new Error('the client went away'));
    expect(await read).toBeInstanceOf(DatabaseDeadlineError);
    await waitUntil('the read is gone', async () => (await runningTransactions('test.runawayRead')) === 0);
  });
});

describe('a Neo4j that accepts connections and never answers (medium: every request hung > 90 s)', () => {
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  let silentDb: Database;

  beforeAll(async () => {
    silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    silentDb = Database.connect(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' },
      { queryTimeoutMs: 1_000 },
    );
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    await silentDb.close();
  });

  it('fails requests within the deadline and reports not ready, again and again', async () => {
    const hung = await startExtraApi({ db: silentDb, requestDeadlineMs: 2_000 });
    const hungClient = new GraphQLTestClient(hung.url);
    const base = hung.url.replace(/\/graphql$/, '');
    for (let round = 0; round < 3; round++) {
      const result = await hungClient.execute('{ company(id: "iij") { name } }');
      expect([504, 200]).toContain(result.status);
      expect(result.errors?.[0]?.extensions?.code).toMatch(/^(TIMEOUT|SERVICE_UNAVAILABLE)$/);
      expect(result.errors?.[0]?.message).not.toMatch(/bolt|127\.0\.0\.1|acquisition/i);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', database: 'down' });
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    }
  }, 60_000);

  it('fails a call without a request deadline at Neo4j’s timeout plus a grace period', async () => {
    const error = await silentDb.read({ name: 'test.silent', cypher: 'RETURN 1' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseDeadlineError);
  }, 30_000);
});

describe('the HTTP server (low: slow clients held connections, nothing capped them)', () => {
  const connect = async (port: number) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    return socket;
  };
  const closed = (socket: net.Socket) =>
    new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      socket.once('close', () => resolve(received));
    });

  it('closes a connection whose headers do not arrive in time', async () => {
    const strict = await startExtraApi({
      httpTimeouts: { headersTimeoutMs: 500, requestTimeoutMs: 1_000, keepAliveTimeoutMs: 500, maxConnections: 100 },
    });
    const socket = await connect(strict.port);
    const ended = closed(socket);
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    expect(await ended).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('refuses connections over the cap while the ones within it are served', async () => {
    const capped = await startExtraApi({
      httpTimeouts: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        maxConnections: 2,
      },
    });
    const held = [await connect(capped.port), await connect(capped.port)];
    const extra = await connect(capped.port);
    expect(await closed(extra)).toBe('');
    for (const socket of held) socket.destroy();
    await sleep(100);
    const response = await post(capped.url, { query: '{ __typename }' });
    expect(response.status).toBe(200);
  });

  it('answers a persisted query whose hash does not match its text with BAD_USER_INPUT', async () => {
    const response = await post(api.url, {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
