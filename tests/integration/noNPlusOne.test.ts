/**
 * No N+1: a deep query issues a bounded number of Cypher queries, the same for 5 companies as
 * for 40 — with look-ahead loading (the default) and without it (a query per level). Queries are counted by an observer on the API's Database, through the real HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/app.js';
import type { Database, QueryEvent } from '../../src/db/database.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { GraphQLTestClient, startTestApi } from '../kit/api.js';
import { connectTestDatabase, resetDatabase } from '../kit/database.js';
import { syntheticCompanies } from '../kit/syntheticFacts.js';

let db: Database;
let api: RunningApi;
let client: GraphQLTestClient;
let perLevelApi: RunningApi;
let perLevelClient: GraphQLTestClient;
const queries: QueryEvent[] = [];

const DEEP_QUERY = /* GraphQL */ `
  query Deep($first: Int!) {
    companies(first: $first, filter: { name: "Company" }) {
      totalCount
      edges {
        node {
          name
          roles
          services {
            name
            businessLine {
              name
              company {
                name
              }
            }
          }
          businessLines {
            name
            services {
              name
            }
          }
          dataCenters {
            name
            floorSpaceM2
            operator {
              name
            }
          }
          segments {
            name
            crossSellRates {
              ratePercent
            }
          }
          awardsWon {
            award {
              name
              publisher {
                name
              }
            }
            category {
              name
            }
            source {
              quote
            }
          }
          financialFacts {
            metric
            amounts {
              value
            }
            period {
              label
            }
            source {
              quote
              document {
                title
              }
            }
          }
          provenance {
            fields
            source {
              quote
              section {
                title
              }
            }
          }
        }
      }
    }
  }
`;

async function countQueries(
  first: number,
  via: () => GraphQLTestClient = () => client,
): Promise<{ queries: number; companies: number; names: string[] }> {
  const before = queries.length;
  const data = await via().data<{ companies: { edges: { node: { name: string; services: unknown[] } }[] } }>(
    DEEP_QUERY,
    { first },
  );
  const ran = queries.slice(before);
  return { queries: ran.length, companies: data.companies.edges.length, names: ran.map((q) => q.name) };
}

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [syntheticCompanies(40).factFile]);
  api = await startTestApi(
    db.withObserver((event) => queries.push(event)),
    { prefetch: 'always' },
  );
  client = new GraphQLTestClient(api.url);
  perLevelApi = await startApi({
    db: db.withObserver((event) => queries.push(event)),
    host: '127.0.0.1',
    port: 0,
    production: false,
    prefetch: 'off',
  });
  perLevelClient = new GraphQLTestClient(perLevelApi.url);
});

afterAll(async () => {
  await api.close();
  await perLevelApi.close();
  await db.close();
});

describe('query batching', () => {
  it('resolves 5 and 40 companies, each with its whole subtree, in the same number of queries', async () => {
    const small = await countQueries(5);
    const large = await countQueries(40);
    expect(small.companies).toBe(5);
    expect(large.companies).toBe(40);
    expect(large.queries).toBe(small.queries);
    // The page and its subtree in one statement (src/lookahead/); then what takes
    // arguments (financialFacts) and what lies below it (its documents), a batched query each.
    expect(large.names).toEqual(['subtree.companies.list', 'financials.factsByCompanyKeys', 'documents.byKeys']);
  });

  it('runs the same named queries for 5 companies as for 40 (no per-item query)', async () => {
    const small = await countQueries(5);
    const large = await countQueries(40);
    expect([...large.names].sort()).toEqual([...small.names].sort());
    expect(large.names.filter((name, i) => large.names.indexOf(name) !== i)).toEqual([]);
  });

  it('stays bounded without look-ahead: one batched query per relation and level', async () => {
    const small = await countQueries(5, () => perLevelClient);
    const large = await countQueries(40, () => perLevelClient);
    expect(large.companies).toBe(40);
    expect(large.queries).toBe(small.queries);
    // 17: the list, then a batched query per navigated relation and level (roles and cited sources included).
    expect(large.queries).toBeLessThanOrEqual(17);
    // A query repeats only when its loader is used at two depths (companies.byKeys: operator, publisher).
    expect(large.names.filter((name, i) => large.names.indexOf(name) !== i)).toEqual(['companies.byKeys']);
  });
});
