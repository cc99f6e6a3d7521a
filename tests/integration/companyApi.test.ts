/**
 * The first vertical slice through the real HTTP server: fact file → loader → Neo4j → Cypher →
 * resolvers → GraphQL over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../kit/seededApi.js';

const seeded = useSeededApi();

const COMPANY_REVENUE = /* GraphQL */ `
  query CompanyRevenue($id: ID!) {
    company(id: $id) {
      id
      name
      revenue {
        basis
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
        source {
          quote
          section {
            title
          }
          document {
            key
          }
        }
      }
    }
  }
`;

describe('company → revenue over HTTP', () => {
  it('answers company(id: "IIJ") with 3Q02 revenue of JPY 10.6 billion and its verbatim quote', async () => {
    const data = await seeded.client.data<{ company: Record<string, any> }>(COMPANY_REVENUE, { id: 'IIJ' });
    expect(data.company).toEqual({
      id: 'Company:iij',
      name: 'Internet Initiative Japan Inc.',
      revenue: {
        basis: 'ACTUAL',
        period: { label: '3Q02', startDate: '2002-10-01', endDate: '2002-12-31' },
        amounts: [
          { unit: 'JPY', scale: 'billion', value: 10.6, baseValue: 10.6e9 },
          { unit: 'USD', scale: 'million', value: 89, baseValue: 89e6 },
        ],
        source: {
          quote: expect.stringContaining('Total revenues totaled JPY10.6 billion($89.0 million), an increase of 6.3%'),
          section: { title: '3Q02 Highlights' },
          document: { key: 'iij-2002-q3-results' },
        },
      },
    });
  });

  it.each(['iij', '11J', 'I1J', 'Internet Initiative Japan Inc.', 'Company:iij'])('finds IIJ by "%s"', async (id) => {
    const data = await seeded.client.data<{ company: { id: string } | null }>(
      'query($id: ID!) { company(id: $id) { id } }',
      {
        id,
      },
    );
    expect(data.company?.id).toBe('Company:iij');
  });

  it('returns null for a company the graph does not know', async () => {
    const data = await seeded.client.data<{ company: unknown }>('{ company(id: "Globex") { id } }');
    expect(data.company).toBeNull();
  });

  it('gives the 4Q02 guidance range when asked for that period', async () => {
    const data = await seeded.client.data<{ company: { revenue: any } }>(
      '{ company(id: "IIJ") { revenue(period: { fiscalYear: 2002, quarter: 4 }) { basis amounts { unit low high } } } }',
    );
    expect(data.company.revenue).toEqual({
      basis: 'GUIDANCE',
      amounts: [
        { unit: 'JPY', low: 12.5, high: 13 },
        { unit: 'USD', low: 105.3, high: 109.5 },
      ],
    });
  });

  it('fetches a fact by its global id through node()', async () => {
    const data = await seeded.client.data<{ node: any }>(
      '{ node(id: "FinancialFact:iij/adjusted-ebitda/fy2002-q3") { id ... on FinancialFact { metric amounts { unit value scale } } } }',
    );
    expect(data.node).toEqual({
      id: 'FinancialFact:iij/adjusted-ebitda/fy2002-q3',
      metric: 'adjustedEbitda',
      amounts: [{ unit: 'JPY', value: 349, scale: 'million' }],
    });
  });

  it('rejects company() with neither id nor name as BAD_USER_INPUT', async () => {
    const result = await seeded.client.execute('{ company { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a malformed query with a GraphQL error, not a crash', async () => {
    const result = await seeded.client.execute('{ company(id: "IIJ") { name ');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
  });

  it('serves liveness and readiness', async () => {
    const base = seeded.api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
