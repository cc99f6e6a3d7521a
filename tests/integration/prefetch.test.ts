/**
 * Look-ahead loading (src/lookahead/) changes how many statements a query costs, never
 * its answer: every example and a query touching every registered field are answered by two APIs
 * over the same seeded graph — one loading subtrees in one statement, one a query per level — and
 * the answers must be equal. Statements are counted through an observer on each API's Database.
 * Seeds the test database once (IIJ + synthetic companies); runs serially with the other files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/app.js';
import type { Database, QueryEvent } from '../../src/db/database.js';
import { lookAheadRegistry as prefetchRegistry } from '../../src/api/compose.js';
import { loadTypeDefs } from '../../src/graphql/sdl.js';
import { PROJECT_ROOT } from '../../src/localNeo4j/settings.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient, type GraphQLResponse } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_FACT_FILE } from '../kit/factFiles.js';
import { syntheticCompanies } from '../kit/syntheticFacts.js';

let db: Database;
const statements = { on: [] as QueryEvent[], off: [] as QueryEvent[] };
const apis: RunningApi[] = [];
let withPrefetch: GraphQLTestClient;
let perLevel: GraphQLTestClient;

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE, syntheticCompanies(12).factFile]);
  for (const prefetch of ['always', 'off'] as const) {
    const observed = db.withObserver((event) => statements[prefetch === 'always' ? 'on' : 'off'].push(event));
    const api = await startApi({ db: observed, host: '127.0.0.1', port: 0, production: false, prefetch });
    apis.push(api);
    if (prefetch === 'always') withPrefetch = new GraphQLTestClient(api.url);
    else perLevel = new GraphQLTestClient(api.url);
  }
});

afterAll(async () => {
  for (const api of apis) await api.close();
  await db?.close();
});

/** Both answers (without `extensions`, which carry nothing data-related) and the statements each cost. */
async function both(query: string, variables?: Record<string, unknown>) {
  const before = { on: statements.on.length, off: statements.off.length };
  const [on, off] = await Promise.all([withPrefetch.execute(query, variables), perLevel.execute(query, variables)]);
  const strip = ({ extensions: _extensions, ...rest }: GraphQLResponse) => rest;
  return {
    on: strip(on),
    off: strip(off),
    statementsOn: statements.on.slice(before.on).map((s) => s.name),
    statementsOff: statements.off.slice(before.off).map((s) => s.name),
  };
}

const OVERVIEW = /* GraphQL */ `
  query Overview($id: ID!) {
    company(id: $id) {
      key
      name
      roles
      businessLines {
        key
        name
      }
      services {
        key
        name
      }
      dataCenters {
        key
        name
      }
      segments {
        key
        name
      }
    }
  }
`;

/** Every registered field at least once, nested (company → services → line → parent → …). */
const EVERYTHING = /* GraphQL */ `
  fragment Names on Company {
    key
    name
  }
  query Everything($id: ID!) {
    company(id: $id) {
      ...Names
      roles
      businessLines {
        key
        parent {
          key
        }
        children {
          key
        }
        services {
          key
        }
        company {
          key
        }
        provenance {
          fields
        }
      }
      services {
        key
        company {
          key
        }
        businessLine {
          key
          parent {
            key
            name
          }
        }
        builtOn {
          key
          builtUpon {
            key
          }
        }
        builtUpon {
          key
        }
        subscribers {
          kind
          company {
            ...Names
          }
        }
        provenance {
          fields
          source {
            quote
          }
        }
      }
      dataCenters {
        key
        operator {
          key
        }
        provenance {
          fields
        }
      }
      segments {
        key
        company {
          key
        }
        crossSellRates {
          key
          segment {
            key
          }
          offeringA {
            key
          }
          offeringB {
            key
          }
        }
      }
      targetSegments {
        key
      }
      customers {
        kind
        company {
          ...Names
          roles
        }
      }
      suppliers {
        kind
        company {
          key
        }
      }
      competitors {
        kind
        company {
          key
        }
      }
      investments {
        company {
          key
        }
      }
      investors {
        company {
          key
        }
      }
      awardsWon {
        award {
          key
          publisher {
            key
          }
          categories {
            key
          }
          rankings {
            key
          }
          winners {
            company {
              key
            }
          }
        }
        category {
          key
          award {
            key
          }
          rankings {
            key
          }
          winners {
            company {
              key
            }
          }
        }
        company {
          key
        }
      }
      rankingEntries {
        position
        ranking {
          key
          award {
            key
          }
          category {
            key
          }
          entries {
            position
            company {
              ...Names
            }
            ranking {
              key
            }
          }
        }
      }
      documents {
        key
      }
      provenance {
        fields
      }
    }
  }
`;

describe('look-ahead loading', () => {
  it('answers a company overview in one statement, as the per-level API does in several', async () => {
    const { on, off, statementsOn, statementsOff } = await both(OVERVIEW, { id: 'IIJ' });
    expect(on).toEqual(off);
    expect((on.data as { company: { services: unknown[] } }).company.services.length).toBeGreaterThan(0);
    expect(statementsOn).toEqual(['subtree.companies.byKeys']);
    expect(statementsOff.length).toBeGreaterThanOrEqual(6);
  });

  it('answers a query over every registered field identically: its first levels in one statement, the rest level by level', async () => {
    for (const id of ['IIJ', 'co-00001', 'Company 3', 'no-such-company']) {
      const { on, off, statementsOn, statementsOff } = await both(EVERYTHING, { id });
      expect(on).toEqual(off);
      expect(on.errors).toBeUndefined();
      if (id === 'IIJ' || id === 'co-00001') {
        // The query selects more levels than one statement may hold (planning is bounded).
        expect(statementsOn[0]).toBe('subtree.companies.byKeys');
        expect(statementsOn.filter((name) => name.startsWith('subtree.'))).toHaveLength(1);
        expect(statementsOn.length).toBeLessThan(statementsOff.length);
      }
    }
    const iij = await withPrefetch.data<{ company: { awardsWon: unknown[]; customers: unknown[] } }>(EVERYTHING, {
      id: 'IIJ',
    });
    expect(iij.company.awardsWon.length).toBeGreaterThan(0);
    expect(iij.company.customers.length).toBeGreaterThan(0);
  });

  it('answers every example identically', async () => {
    const dir = path.join(PROJECT_ROOT, 'examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { on, off } = await both(readFileSync(path.join(dir, file), 'utf8'));
      expect({ file, ...on }).toEqual({ file, ...off });
      expect(on.errors, file).toBeUndefined();
    }
  });

  it('loads a page of companies and what it asks for in one statement, whatever the page size', async () => {
    const query = /* GraphQL */ `
      query Page($first: Int!) {
        companies(first: $first) {
          edges {
            node {
              key
              roles
              services {
                key
                businessLine {
                  key
                }
              }
              awardsWon {
                award {
                  key
                }
              }
            }
          }
        }
      }
    `;
    for (const first of [3, 20]) {
      const { on, off, statementsOn } = await both(query, { first });
      expect(on).toEqual(off);
      expect(statementsOn).toEqual(['subtree.companies.list']);
    }
  });

  it("finds an award's rankings with their entries, companies and sources in one statement", async () => {
    const query = /* GraphQL */ `
      query {
        awardRankings {
          key
          category {
            key
            award {
              key
            }
          }
          entries {
            position
            source {
              quote
            }
            company {
              key
              name
            }
            ranking {
              key
            }
          }
          source {
            quote
            section {
              title
            }
          }
        }
      }
    `;
    const { on, off, statementsOn } = await both(query);
    expect(on).toEqual(off);
    expect((on.data as { awardRankings: unknown[] }).awardRankings.length).toBeGreaterThan(0);
    expect(statementsOn).toEqual(['subtree.awards.findRankings']);
  });

  it('follows @skip / @include as the request sets them, not as a cached plan did', async () => {
    const query = /* GraphQL */ `
      query Toggle($id: ID!, $withServices: Boolean!) {
        company(id: $id) {
          key
          services @include(if: $withServices) {
            key
            businessLine {
              key
            }
          }
          segments @skip(if: $withServices) {
            key
          }
        }
      }
    `;
    for (const withServices of [true, false, true]) {
      const { on, off, statementsOn } = await both(query, { id: 'IIJ', withServices });
      expect(on).toEqual(off);
      expect(statementsOn).toEqual(['subtree.companies.byKeys']);
      const company = (on.data as { company: Record<string, unknown> }).company;
      expect('services' in company).toBe(withServices);
      expect('segments' in company).toBe(!withServices);
    }
  });

  it('reads inline fragments on the concrete and on abstract types', async () => {
    const query = /* GraphQL */ `
      query Fragments {
        company(id: "IIJ") {
          ... on Company {
            services {
              key
              ... on Offering {
                name
              }
              ... on Service {
                businessLine {
                  key
                }
              }
            }
          }
          ... on Node {
            id
          }
        }
      }
    `;
    const { on, off, statementsOn } = await both(query);
    expect(on).toEqual(off);
    expect(statementsOn).toEqual(['subtree.companies.byKeys']);
  });

  it('ranks with the ranked companies in one statement, then loads the missing companies', async () => {
    const query = /* GraphQL */ `
      query {
        metricRanking(metric: "revenue", period: { fiscalYear: 2002, quarter: 3 }, first: 5) {
          entries {
            rank
            company {
              key
              name
              roles
            }
          }
          missing {
            key
            name
          }
        }
      }
    `;
    const { on, off, statementsOn } = await both(query);
    expect(on).toEqual(off);
    expect(statementsOn).toEqual(['subtree.financials.metricRanking.latest', 'subtree.below.MetricRanking']);
  });
});

describe('metric ranking', () => {
  const ranking = (selection: string) => /* GraphQL */ `
    ${selection ? 'fragment Missing on MetricRanking { missing { key } }' : ''}
    query {
      metricRanking(metric: "revenue", period: { fiscalYear: 2002, quarter: 3 }, first: 5) {
        entries { rank company { key } }
        ${selection}
      }
    }
  `;
  const lastRankingParameters = () =>
    statements.on.filter((s) => s.name.endsWith('financials.metricRanking.latest')).at(-1)?.parameters;

  it('lists the companies without the figure only when the query asks for them', async () => {
    const without = await both(ranking(''));
    expect(lastRankingParameters()?.withMissing).toBe(false);
    const viaFragment = await both(ranking('...Missing'));
    expect(lastRankingParameters()?.withMissing).toBe(true);
    expect(without.on).toEqual(without.off);
    expect(viaFragment.on).toEqual(viaFragment.off);
    const entries = (r: GraphQLResponse) => (r.data as { metricRanking: { entries: unknown[] } }).metricRanking.entries;
    expect(entries(without.on)).toEqual(entries(viaFragment.on));
    expect(entries(without.on).length).toBeGreaterThan(0);
    expect((viaFragment.on.data as { metricRanking: { missing: unknown[] } }).metricRanking.missing).toBeDefined();
  });
});

describe('look-ahead in the default (warm) mode', () => {
  it('answers a new query shape level by level until it is seen again and its statement planned, then in one statement', async () => {
    const events: QueryEvent[] = [];
    const api = await startApi({
      db: db.withObserver((event) => events.push(event)),
      host: '127.0.0.1',
      port: 0,
      production: false,
      prefetch: 'warm',
    });
    apis.push(api);
    const client = new GraphQLTestClient(api.url);
    const ask = async () => {
      events.length = 0;
      const data = await client.data(OVERVIEW, { id: 'IIJ' });
      return { data, names: events.map((e) => e.name) };
    };
    const expected = (await perLevel.execute(OVERVIEW, { id: 'IIJ' })).data;
    const first = await ask();
    expect(first.data).toEqual(expected);
    expect(first.names).not.toContain('subtree.companies.byKeys');
    expect(first.names.length).toBeGreaterThanOrEqual(6);
    // A shape seen once is not planned: given time, the second request still goes level by level
    // (before, the first sighting started the warm-up, done well within this pause).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const second = await ask();
    expect(second.names).not.toContain('subtree.companies.byKeys');
    // The second sighting started the warm-up in the background; once done, the shape costs one statement.
    let later = await ask();
    for (let attempt = 0; attempt < 100 && later.names.length > 1; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      later = await ask();
    }
    expect(later.names).toEqual(['subtree.companies.byKeys']);
    expect(later.data).toEqual(expected);

    // A shape that depends on @include variables warms per value, and each answers as it should.
    const toggle = /* GraphQL */ `
      query Toggle($withServices: Boolean!) {
        company(id: "IIJ") {
          key
          services @include(if: $withServices) {
            key
          }
          segments @skip(if: $withServices) {
            key
          }
        }
      }
    `;
    for (const withServices of [true, false]) {
      const reference = (await perLevel.execute(toggle, { withServices })).data;
      let names: string[] = [];
      for (let attempt = 0; attempt < 100 && names.join() !== 'subtree.companies.byKeys'; attempt++) {
        events.length = 0;
        expect(await client.data(toggle, { withServices })).toEqual(reference);
        names = events.map((e) => e.name);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(names).toEqual(['subtree.companies.byKeys']);
    }
  });
});

describe('the prefetch registry', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const entries = Object.entries(prefetchRegistry).flatMap(([type, fields]) =>
    Object.entries(fields).map(([field, spec]) => ({ type, field, spec })),
  );

  it('names only fields of the schema that take no arguments', () => {
    expect(entries.length).toBeGreaterThan(40);
    for (const { type, field } of entries) {
      const objectType = schema.getType(type);
      expect(objectType && isObjectType(objectType), type).toBe(true);
      const definition = isObjectType(objectType) ? objectType.getFields()[field] : undefined;
      expect(definition, `${type}.${field}`).toBeDefined();
      expect(definition!.args, `${type}.${field}`).toEqual([]);
      expect(getNamedType(definition!.type).name).not.toBe('');
    }
  });
});
