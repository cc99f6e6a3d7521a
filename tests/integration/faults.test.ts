/**
 * Faults: a query that runs too long, a database that is not there or goes away under load, the
 * seed loader killed mid-load, and SIGTERM with a request in flight. Uses the real test Neo4j
 * (stopped and restarted here, in local mode) and the real entry points as child processes.
 */
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startApi, type RunningApi } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { classifyDatabaseError } from '../../src/errors.js';
import { readLocalNeo4jSettings, silentReporter, startLocalNeo4j, stopLocalNeo4j } from '../../src/localNeo4j/index.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient, startTestApi } from '../kit/api.js';
import { canonicalDump, connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';
import { freePort, runEntry } from '../kit/processes.js';
import { syntheticCompanies } from '../kit/syntheticFacts.js';

const neo4j = inject('neo4j');
const childEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'silent' };
let db: Database;

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
});

afterAll(async () => {
  await db.close();
});

describe('query timeout', () => {
  it('ends a runaway transaction on the server, not just in Node', async () => {
    const impatient = connectTestDatabase(500);
    try {
      const error = await impatient
        .read({
          name: 'test.runaway',
          cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n',
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(classifyDatabaseError(error)).toBe('TIMEOUT');
      const [row] = await db.read({
        name: 'test.showTransactions',
        cypher: "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'test.runaway' RETURN count(*) AS running",
      });
      expect(row?.running).toBe(0);
    } finally {
      await impatient.close();
    }
  });
});

describe('database not there', () => {
  it('fails requests with SERVICE_UNAVAILABLE while liveness stays up and readiness goes down', async () => {
    const nowhere = Database.connect(
      { uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x' },
      { queryTimeoutMs: 5_000 },
    );
    const api = await startTestApi(nowhere);
    try {
      const result = await new GraphQLTestClient(api.url).execute('{ company(id: "iij") { name } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(result.errors?.[0]?.message).not.toMatch(/bolt|9|ECONNREFUSED/);
      const base = api.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    } finally {
      await api.close();
      await nowhere.close();
    }
  });
});

describe('seed loader killed with SIGKILL mid-load', () => {
  it('leaves the graph as before or fully loaded, and a re-run converges to a clean load', async () => {
    const big = syntheticCompanies(1_500, 'synthetic-kill').factFile;
    await resetDatabase(db);
    await seedGraph(db, [IIJ_FACT_FILE]);
    const before = await canonicalDump(db);

    const seed = runEntry('cli/seed.ts', [big], childEnv);
    await seed.waitFor('validated', 120_000);
    // The write transaction of this document takes seconds; kill it in the middle.
    await sleep(1_500);
    seed.process.kill('SIGKILL');
    expect(await seed.exited).toBe('SIGKILL');
    const finished = seed.output().includes('synthetic-kill (');
    console.info(`loader killed ${finished ? 'after' : 'before'} its transaction committed`);
    const afterKill = await canonicalDump(db);

    await seedGraph(db, [big]);
    const rerun = await canonicalDump(db);
    await resetDatabase(db);
    await seedGraph(db, [IIJ_FACT_FILE, big]);
    const clean = await canonicalDump(db);

    expect(afterKill === before || afterKill === clean).toBe(true);
    if (!finished) expect(afterKill).toBe(before);
    expect(rerun).toBe(clean);
  }, 240_000);
});

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new ones, closes the driver and exits 0', async () => {
    const port = await freePort();
    // NODE_ENV=production as users run it (Apollo installs its own signal handlers outside tests).
    const server = runEntry('main.ts', [], {
      ...childEnv,
      NODE_ENV: 'production',
      PORT: String(port),
      KG_SEED_ON_START: 'never',
    });
    await server.waitFor('GraphQL API:', 60_000);

    const body = JSON.stringify({ query: '{ company(id: "iij") { name } }' });
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      // Half the body now, the rest after SIGTERM: the request is in flight during shutdown.
      request.write(body.slice(0, 10));
      setTimeout(() => {
        server.process.kill('SIGTERM');
        setTimeout(() => request.end(body.slice(10)), 1_000);
      }, 200);
    });

    await server.waitFor('SIGTERM received', 10_000);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toMatchObject({ data: { company: { name: 'Internet Initiative Japan Inc.' } } });
    expect(await server.exited).toBe(0);
  });
});

describe.runIf(readConfig().neo4j.kind === 'local')('Neo4j stopped and restarted under load', () => {
  let api: RunningApi;
  let client: GraphQLTestClient;
  const settings = readLocalNeo4jSettings(process.env, 'test');

  beforeAll(async () => {
    api = await startApi({ db, host: '127.0.0.1', port: 0, production: true });
    client = new GraphQLTestClient(api.url);
  });

  afterAll(async () => {
    await startLocalNeo4j(settings, silentReporter);
    await api.close();
  });

  it('answers SERVICE_UNAVAILABLE while Neo4j is down and recovers without a restart of the API', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const codes = new Map<string, number>();
    let running = true;
    const load = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (running) {
          const result = await client.execute('{ company(id: "iij") { name } }');
          const code = result.errors ? String(result.errors[0]?.extensions?.code) : 'ok';
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (result.errors) await sleep(50);
        }
      }),
    );
    await sleep(500);
    await stopLocalNeo4j(settings, silentReporter);
    const whileDown = await client.execute('{ company(id: "iij") { name } }');
    expect(whileDown.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);

    await startLocalNeo4j(settings, silentReporter);
    const backAt = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - backAt < 30_000) {
      const result = await client.execute('{ company(id: "iij") { name } }');
      recovered = result.errors === undefined;
      if (!recovered) await sleep(200);
    }
    running = false;
    await load;
    console.info(
      `recovered ${Date.now() - backAt} ms after Neo4j answered again; outcomes during the run: ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(recovered).toBe(true);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    expect([...codes.keys()].every((code) => code === 'ok' || code === 'SERVICE_UNAVAILABLE')).toBe(true);
  }, 180_000);
});
