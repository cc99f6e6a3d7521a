/**
 * Bad input at volume: fast-check generates queries and variable sets — wrong types, huge
 * numbers, unicode, very long strings, deep nesting, Cypher-injection strings in every string
 * argument — and sends them to the running server (production mode). Every response must be a
 * well-formed GraphQL response with a known error code, never a 5xx; no fuzzed string may ever
 * appear in the Cypher text the data layer sends; the graph must be unchanged afterwards. The
 * shapes of the second hardening round are in the mix: deeply nested and undeclared variables,
 * `nodes(ids:)` with up to thousands of ids, distinct documents with large variables, and
 * persisted-query extensions with made-up hashes.
 *
 * KG_FUZZ_RUNS sets the number of requests (default 10,000; CI runs the default).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { ErrorCode } from '../../src/errors.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { startTestApi } from '../kit/api.js';
import { canonicalDump, connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';

const RUNS = Number(process.env.KG_FUZZ_RUNS ?? 10_000);
const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

let db: Database;
let api: RunningApi;
/** Cypher texts sent while answering benign requests (every operation, real keys): the static statements. */
const baselineTexts = new Set<string>();
/** Cypher texts sent while fuzzing. */
const cypherTexts = new Set<string>();
let fuzzing = false;
const fuzzedStrings = new Set<string>();
let graphBefore = '';

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
  graphBefore = await canonicalDump(db);
  api = await startTestApi(
    db.withObserver((event) => (fuzzing ? cypherTexts : baselineTexts).add(event.cypher)),
    { production: true },
  );
});

afterAll(async () => {
  await api.close();
  await db.close();
});

const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "iij'}) DETACH DELETE c WITH 1 AS x MATCH (y) RETURN y //",
  '`) CALL dbms.killQueries([]) //',
  '$keys',
  '{id: "iij"}',
  'iij\u0000',
  '\\u0027 UNION MATCH (n) RETURN n',
  'Company:iij) DELETE (x',
  '*:* OR id:*',
  'iij/../../etc/passwd',
];

/** Real keys and names, so that requests also reach the database; not hostile, not checked for leaks. */
const BENIGN = [
  'iij',
  'IIJ',
  '11J',
  'Company:iij',
  'iij/top-150-customers',
  'iij/vas',
  'nikkei-best-provider-2002',
  'revenue',
  '',
];

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ minLength: 1_000, maxLength: 5_000 }),
  fc.constantFrom(...BENIGN),
);

const hostileInt = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(0, -1, 101, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308),
  fc.double({ noNaN: true }),
);

/** Anything JSON can carry, for variables of the wrong type. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const value = (typed: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 8, arbitrary: typed }, { weight: 1, arbitrary: wrongType });

/** Operations with variables: every string argument of the schema's root fields is fuzzed. */
const OPERATIONS: { query: string; vars: Record<string, 'string' | 'int'> }[] = [
  { query: 'query($a: ID) { company(id: $a) { key name revenue { key } } }', vars: { a: 'string' } },
  { query: 'query($a: String) { company(name: $a) { key } }', vars: { a: 'string' } },
  {
    query:
      'query($a: String, $b: String, $c: String, $n: Int, $cur: String) { companies(filter: { name: $a, country: $b, kind: $c }, first: $n, after: $cur) { totalCount edges { node { key } } } }',
    vars: { a: 'string', b: 'string', c: 'string', n: 'int', cur: 'string' },
  },
  {
    query: 'query($a: String!, $n: Int) { search(text: $a, first: $n) { score node { __typename } } }',
    vars: { a: 'string', n: 'int' },
  },
  {
    query:
      'query($a: ID!) { service(id: $a) { key } businessLine(id: $a) { key } dataCenter(id: $a) { key } segment(id: $a) { key } award(id: $a) { key } document(id: $a) { key } }',
    vars: { a: 'string' },
  },
  {
    query:
      'query($a: String, $b: String, $c: String, $n: Int) { services(filter: { company: $a, businessLine: $b, name: $c }, first: $n) { totalCount } }',
    vars: { a: 'string', b: 'string', c: 'string', n: 'int' },
  },
  {
    query:
      'query($a: String, $n: Int, $cur: String) { dataCenters(operator: $a, first: $n, after: $cur, orderBy: FLOOR_SPACE_DESC) { totalCount } }',
    vars: { a: 'string', n: 'int', cur: 'string' },
  },
  {
    query: 'query($a: String, $b: ID) { segments(company: $a) { key } crossSellRates(segment: $b) { key } }',
    vars: { a: 'string', b: 'string' },
  },
  {
    query:
      'query($a: ID!, $b: ID!, $c: ID!) { computedCrossSellRate(segment: $a, offeringA: $b, offeringB: $c) { customers } }',
    vars: { a: 'string', b: 'string', c: 'string' },
  },
  {
    query:
      'query($a: String!, $m: String, $y: Int!, $q: Int, $o: String) { financialFacts(company: $a, metric: $m, from: { fiscalYear: $y, quarter: $q }, offering: $o) { key } }',
    vars: { a: 'string', m: 'string', y: 'int', q: 'int', o: 'string' },
  },
  {
    query:
      'query($m: String!, $y: Int!, $q: Int, $u: String, $n: Int) { metricRanking(metric: $m, period: { fiscalYear: $y, quarter: $q }, unit: $u, first: $n) { unit entries { rank } } }',
    vars: { m: 'string', y: 'int', q: 'int', u: 'string', n: 'int' },
  },
  {
    query:
      'query($a: ID, $c: String, $y: Int, $p: String) { awardRankings(award: $a, category: $c, year: $y) { key } awards(publisher: $p, year: $y) { totalCount } }',
    vars: { a: 'string', c: 'string', y: 'int', p: 'string' },
  },
  { query: 'query($a: ID!) { node(id: $a) { id } nodes(ids: [$a, $a]) { id } }', vars: { a: 'string' } },
  {
    query:
      'mutation($k: String!, $n: String!, $d: ID!, $s: String!, $q: String!) { addCompany(input: { key: $k, name: $n, source: { document: $d, section: $s, quote: $q } }) { key } }',
    vars: { k: 'string', n: 'string', d: 'string', s: 'string', q: 'string' },
  },
];

const operationRequest = fc
  .constantFrom(...OPERATIONS)
  .chain((op) =>
    fc
      .record(
        Object.fromEntries(
          Object.entries(op.vars).map(([name, kind]) => [name, value(kind === 'string' ? hostileString : hostileInt)]),
        ),
      )
      .map((variables) => ({ query: op.query, variables: variables as Record<string, unknown> })),
  );

/** Malformed and hostile documents: random text, deep nesting, hostile literals inlined. */
const documentRequest = fc.oneof(
  fc.string({ maxLength: 200 }).map((query) => ({ query, variables: {} })),
  fc.integer({ min: 1, max: 300 }).map((depth) => ({
    query: `{ company(id: "iij") ${'{ services '.repeat(depth)}{ name }${' }'.repeat(depth)} }`,
    variables: {},
  })),
  hostileString.map((s) => ({
    query: `{ company(id: ${JSON.stringify(s)}) { key } search(text: ${JSON.stringify(s)}) { score } }`,
    variables: {},
  })),
  fc.integer({ min: 1, max: 60 }).map((n) => ({
    query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: companies(first: 100) { edges { node { services { name } } } }`).join(' ')} }`,
    variables: {},
  })),
);

/** A request as sent: a JSON body made from `query`/`variables`/`extensions`, or a raw body text. */
interface FuzzRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly extensions?: Record<string, unknown>;
  /** Sent as it is (JSON.stringify itself recurses too deep for some of these). */
  readonly rawBody?: string;
}

const nestedJson = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** The attacks of the second hardening round (issue 11), with generated sizes. */
const envelopeRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  // A deep junk variable beside a query (the one that switched the cost limit off).
  fc.integer({ min: 1, max: 8_000 }).map((levels) => ({
    query: '{ company(id: "iij") { name } }',
    variables: {},
    rawBody: `{"query":"{ company(id: \\"iij\\") { name } }","variables":{"junk":${nestedJson(levels)}}}`,
  })),
  // Variables the operation does not declare.
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), wrongType, { minKeys: 1, maxKeys: 4 }).map((extra) => ({
    query: 'query($a: ID) { company(id: $a) { key } }',
    variables: { a: 'iij', ...extra },
  })),
  // `nodes(ids:)` from none to thousands of ids, with a wide selection.
  fc
    .array(fc.oneof(fc.constantFrom('Company:iij', 'Service:iij/vas', 'Company:nope'), hostileString), {
      maxLength: 8_000,
    })
    .map((ids) => ({
      query:
        'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Company { name services { key subscribers { company { key } } } competitors { company { name } } } } }',
      variables: { ids },
    })),
  // A new document each time (a comment) with a large declared variable.
  fc.tuple(fc.nat(), fc.integer({ min: 1_000, max: 20_000 })).map(([n, size]) => ({
    query: `query($pad: ID!) { __typename company(id: $pad) @skip(if: true) { name } } # ${n}`,
    variables: { pad: 'x'.repeat(size) },
  })),
  // Persisted-query extensions: wrong versions, made-up hashes, hashes without a query.
  fc
    .record({
      version: fc.oneof(fc.constant(1), fc.integer()),
      sha256Hash: fc.oneof(
        fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
        fc.string({ maxLength: 70 }),
      ),
      withQuery: fc.boolean(),
    })
    .map(({ version, sha256Hash, withQuery }) => ({
      query: withQuery ? '{ __typename }' : '',
      variables: {},
      extensions: { persistedQuery: { version, sha256Hash } },
    })),
);

function bodyOf(request: FuzzRequest): string {
  if (request.rawBody !== undefined) return request.rawBody;
  return JSON.stringify({
    ...(request.query ? { query: request.query } : {}),
    variables: request.variables,
    ...(request.extensions ? { extensions: request.extensions } : {}),
  });
}

function remember(variables: Record<string, unknown>, query: string): void {
  for (const v of Object.values(variables))
    if (typeof v === 'string' && v.length >= 6 && !BENIGN.includes(v)) fuzzedStrings.add(v);
  const literals = query.match(/"((?:[^"\\]|\\.){6,})"/g) ?? [];
  for (const l of literals) {
    try {
      const literal = JSON.parse(l) as string;
      if (!BENIGN.includes(literal)) fuzzedStrings.add(literal);
    } catch {
      // not a JSON string literal: nothing to remember
    }
  }
}

describe('fuzzing the running API', () => {
  it(`answers ${RUNS} generated requests with well-formed GraphQL responses, never a 5xx`, async () => {
    // Baseline first: every operation once with benign values, to learn the static Cypher texts.
    for (const op of OPERATIONS) {
      const variables = Object.fromEntries(
        Object.entries(op.vars).map(([name, kind]) => [name, kind === 'string' ? 'iij' : 2002]),
      );
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, variables }),
      });
    }
    fuzzing = true;
    // A seeded sample, sent 8 at a time: reproducible (KG_FUZZ_SEED) and fast enough for CI.
    const requests: FuzzRequest[] = fc.sample(
      fc.oneof(
        { weight: 8, arbitrary: operationRequest as fc.Arbitrary<FuzzRequest> },
        { weight: 2, arbitrary: documentRequest as fc.Arbitrary<FuzzRequest> },
        { weight: 1, arbitrary: envelopeRequest },
      ),
      {
        numRuns: RUNS,
        seed: Number(process.env.KG_FUZZ_SEED ?? 20021231),
      },
    );
    const failures: string[] = [];
    let next = 0;
    let answered = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const { query, variables } = request;
        remember(variables, query);
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: bodyOf(request),
        });
        const text = await response.text();
        answered += 1;
        let body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
        try {
          body = JSON.parse(text);
        } catch {
          failures.push(`non-JSON ${response.status}: ${text.slice(0, 200)}`);
          continue;
        }
        const wellFormed =
          response.status < 500 &&
          (body.data !== undefined || Array.isArray(body.errors)) &&
          (body.errors ?? []).every(
            (e) => typeof e.message === 'string' && KNOWN_CODES.has(String(e.extensions?.code)),
          );
        if (!wellFormed) {
          failures.push(
            `${response.status} ${text.slice(0, 300)} for ${query.slice(0, 200)} ${JSON.stringify(variables).slice(0, 200)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(answered).toBe(RUNS);
  }, 900_000);

  it('never put a fuzzed string into Cypher text: values travel as parameters only', () => {
    // A value built into Cypher would make a text never seen with benign values, containing it.
    // (Fuzzed strings may coincide with words of the static statements — fast-check likes
    // "toString" — which is no leak: those texts are sent whatever the input.)
    const newTexts = [...cypherTexts].filter((cypher) => !baselineTexts.has(cypher));
    const leaked = [...fuzzedStrings].filter((s) => newTexts.some((cypher) => cypher.includes(s)));
    expect(baselineTexts.size).toBeGreaterThan(10);
    expect(cypherTexts.size).toBeGreaterThan(10);
    expect(fuzzedStrings.size).toBeGreaterThan(100);
    expect(leaked).toEqual([]);
  });

  it('left the graph exactly as it was', async () => {
    expect(await canonicalDump(db)).toBe(graphBefore);
  });
});
