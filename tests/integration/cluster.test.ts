/**
 * Correct on a cluster, as far as one machine can show it: the API on a routing URI (`neo4j://`,
 * as for Aura or a cluster: the single test server answers the routing table with itself), reads
 * and writes through it, bookmarks from a curation write round-tripping through HTTP headers so a
 * later request reads its own write, and an idempotency key making concurrent retries of one write
 * apply once. (Reads landing on a lagging follower cannot happen here: docs/DEPLOYMENT.md.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import { Database, type QueryEvent } from '../../src/db/database.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient, startTestApi, TEST_CURATOR_KEY } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

const CURATOR = { 'x-api-key': TEST_CURATOR_KEY };

const ADD_COMPANY = /* GraphQL */ `
  mutation AddCompany($input: AddCompanyInput!, $key: String) {
    addCompany(input: $input, idempotencyKey: $key) {
      key
      name
      version
    }
  }
`;
const COMPANY = /* GraphQL */ `
  query Company($key: ID!) {
    company(id: $key) {
      name
      version
    }
  }
`;

/** A fictional company, cited by a quote the seeded document does contain. */
const fictional = (name: string, expectedVersion?: number) => ({
  key: 'fictional-relay',
  name,
  ...(expectedVersion === undefined ? {} : { expectedVersion }),
  source: {
    document: 'iij-2002-q3-results',
    section: 'disclaimer',
    quote: "the success of 11J's investments in Crosswave",
  },
});

let bolt: Database;
let routing: Database;
let api: RunningApi;
let client: GraphQLTestClient;
/** What the routing database ran, with the access mode of its session (READ → readers, WRITE → leader). */
const events: QueryEvent[] = [];

async function post(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: Record<string, any> }> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, any> };
}

async function keyCount(key: string): Promise<number> {
  const [row] = await bolt.read(
    {
      name: 'test.idempotencyKeys',
      cypher: 'MATCH (k:IdempotencyKey {key: $key}) RETURN count(k) AS n',
    },
    { key },
  );
  return Number(row?.n);
}

beforeAll(async () => {
  bolt = connectTestDatabase();
  await resetDatabase(bolt);
  await seedGraph(bolt, [IIJ_FACT_FILE]);
  const neo4j = inject('neo4j');
  // The same server, reached as a cluster is: the driver asks it for a routing table first.
  const uri = neo4j.uri.replace(/^bolt(\+s|\+ssc)?:\/\//, 'neo4j$1://');
  expect(uri.startsWith('neo4j')).toBe(true);
  routing = Database.connect(
    { uri, user: neo4j.user, password: neo4j.password, database: neo4j.database },
    { queryTimeoutMs: 30_000 },
  );
  api = await startTestApi(routing.withObserver((event) => events.push(event)));
  client = new GraphQLTestClient(api.url);
});

afterAll(async () => {
  await api?.close();
  await routing?.close();
  await bolt?.close();
});

describe('on a routing URI', () => {
  it('reads and writes, and a write answers its bookmarks in extensions and in the neo4j-bookmarks header', async () => {
    events.length = 0;
    const read = await client.data<{ company: { name: string } }>(COMPANY, { key: 'iij' });
    expect(read.company.name).toBeTruthy();
    // A query's statements run in READ sessions: on a cluster the driver routes them to readers.
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.mode))).toEqual(new Set(['read']));
    events.length = 0;

    const written = await post({ query: ADD_COMPANY, variables: { input: fictional('Fictional Relay KK') } }, CURATOR);
    expect(written.json.errors).toBeUndefined();
    // The write's transaction ran in a WRITE session: routed to the leader.
    expect(events.some((e) => e.mode === 'write' && e.name === 'curation.updateCompany')).toBe(true);
    const bookmarks = written.json.extensions?.bookmarks as string[];
    expect(bookmarks.length).toBeGreaterThan(0);
    expect(written.headers.get('neo4j-bookmarks')).toBe(bookmarks.join(','));

    // The next request sends them back: it starts after that write wherever it is served.
    const after = await post(
      { query: COMPANY, variables: { key: 'fictional-relay' } },
      {
        'neo4j-bookmarks': written.headers.get('neo4j-bookmarks')!,
      },
    );
    expect(after.json.data.company).toEqual({ name: 'Fictional Relay KK', version: 1 });
    // A read moves no chain on: it answers the bookmarks it was sent.
    expect(after.json.extensions.bookmarks).toEqual(bookmarks);

    // A read sent no bookmarks answers none.
    const plain = await post({ query: COMPANY, variables: { key: 'iij' } });
    expect(plain.headers.get('neo4j-bookmarks')).toBeNull();
    expect(plain.json.extensions?.bookmarks).toBeUndefined();
  });

  it('a second write sent the first one’s bookmarks answers later ones', async () => {
    const first = await post({ query: ADD_COMPANY, variables: { input: fictional('Fictional Relay Two') } }, CURATOR);
    const second = await post(
      { query: ADD_COMPANY, variables: { input: fictional('Fictional Relay Three') } },
      {
        ...CURATOR,
        'neo4j-bookmarks': first.headers.get('neo4j-bookmarks')!,
      },
    );
    expect(second.json.data.addCompany.name).toBe('Fictional Relay Three');
    expect(second.json.extensions.bookmarks).not.toEqual(first.json.extensions.bookmarks);
  });

  it('refuses a malformed neo4j-bookmarks header with 400 BAD_USER_INPUT before running anything', async () => {
    const refused = await post({ query: COMPANY, variables: { key: 'iij' } }, { 'neo4j-bookmarks': 'not a bookmark!' });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.json.errors[0].message).toContain('neo4j-bookmarks');
  });
});

describe('bookmarks Neo4j refuses', () => {
  it('answers BAD_USER_INPUT, never the driver’s message, for a bookmark this database did not give', async () => {
    const refused = await post(
      { query: COMPANY, variables: { key: 'iij' } },
      { 'neo4j-bookmarks': 'FB:kcwQzZ6JqH1jRtCtSaL0pXr5Ag==' },
    );
    expect(refused.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.json.errors[0].message).toContain('neo4j-bookmarks');
    expect(JSON.stringify(refused.json.errors[0].message)).not.toContain('packstream');
  });
});

describe('idempotency keys', () => {
  it('applies concurrent retries of one write once: all answer what the first committed', async () => {
    const current = await client.data<{ company: { version: number } }>(COMPANY, { key: 'fictional-relay' });
    const input = fictional('Fictional Relay Renamed', current.company.version);
    const key = 'retry-3f1c2a9e-0001';
    // Without the key the second of these would be refused CONFLICT: the first moved the version on.
    const sends = await Promise.all(
      Array.from({ length: 5 }, () => post({ query: ADD_COMPANY, variables: { input, key } }, CURATOR)),
    );
    for (const sent of sends) {
      expect(sent.json.errors).toBeUndefined();
      expect(sent.json.data.addCompany).toEqual({
        key: 'fictional-relay',
        name: 'Fictional Relay Renamed',
        version: current.company.version + 1,
      });
    }
    expect(await keyCount(key)).toBe(1);
    // And a retry later still answers the same, the write not applied again.
    const later = await post({ query: ADD_COMPANY, variables: { input, key } }, CURATOR);
    expect(later.json.data.addCompany.version).toBe(current.company.version + 1);
    const stored = await client.data<{ company: { version: number } }>(COMPANY, { key: 'fictional-relay' });
    expect(stored.company.version).toBe(current.company.version + 1);

    // The same write without a key is refused: its expectedVersion is stale now.
    const unkeyed = await post({ query: ADD_COMPANY, variables: { input } }, CURATOR);
    expect(unkeyed.json.errors[0].extensions.code).toBe('CONFLICT');
  });

  it('applies concurrent retries of a financial fact once, the replayed answer equal to the first', async () => {
    const UPSERT = /* GraphQL */ `
      mutation Upsert($input: FinancialFactInput!, $key: String) {
        upsertFinancialFact(input: $input, idempotencyKey: $key) {
          key
          version
          metric
          period {
            label
            startDate
            endDate
          }
          amounts {
            unit
            scale
            value
            baseValue
          }
        }
      }
    `;
    // The figure as the seeded document states it (a verbatim quote); expectedVersion 0: a new key.
    const input = {
      key: 'iij/curated/adjusted-ebitda/fy2002-q3',
      company: 'IIJ',
      metric: 'adjustedEbitdaCurated',
      period: { fiscalYear: 2002, quarter: 3 },
      basis: 'ACTUAL',
      amounts: [{ unit: 'JPY', scale: 'million', value: 349 }],
      expectedVersion: 0,
      source: {
        document: 'Document:iij-2002-q3-results',
        section: 'highlights',
        quote: 'Adjusted EBITDA was JPY349 million.',
      },
    };
    const key = 'retry-3f1c2a9e-0004';
    const sends = await Promise.all(
      Array.from({ length: 3 }, () => post({ query: UPSERT, variables: { input, key } }, CURATOR)),
    );
    const first = sends[0]!.json;
    expect(first.errors).toBeUndefined();
    expect(first.data.upsertFinancialFact).toMatchObject({ key: input.key, version: 1 });
    for (const sent of sends) expect(sent.json.data).toEqual(first.data);
    expect(await keyCount(key)).toBe(1);
    const unkeyed = await post({ query: UPSERT, variables: { input } }, CURATOR);
    expect(unkeyed.json.errors[0].extensions.code).toBe('CONFLICT');
  });

  it('refuses a key reused for other input, naming the argument', async () => {
    const key = 'retry-3f1c2a9e-0002';
    const first = await post(
      { query: ADD_COMPANY, variables: { input: fictional('Fictional Relay A'), key } },
      CURATOR,
    );
    expect(first.json.errors).toBeUndefined();
    const other = await post(
      { query: ADD_COMPANY, variables: { input: fictional('Fictional Relay B'), key } },
      CURATOR,
    );
    expect(other.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'idempotencyKey' });
    const stored = await client.data<{ company: { name: string } }>(COMPANY, { key: 'fictional-relay' });
    expect(stored.company.name).toBe('Fictional Relay A');
  });

  it('keeps no key for a refused write, so the same key works once the input is fixed', async () => {
    const key = 'retry-3f1c2a9e-0003';
    const bad = {
      ...fictional('Fictional Relay C'),
      source: { ...fictional('x').source, quote: 'not in the document' },
    };
    const refused = await post({ query: ADD_COMPANY, variables: { input: bad, key } }, CURATOR);
    expect(refused.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await keyCount(key)).toBe(0);
    const malformed = await post(
      { query: ADD_COMPANY, variables: { input: fictional('Fictional Relay C'), key: 'short' } },
      CURATOR,
    );
    expect(malformed.json.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'idempotencyKey',
    });
  });
});
