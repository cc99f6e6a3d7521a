/** Lookups, cursor pagination, filters, search and argument errors, over HTTP on the IIJ graph. */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../kit/seededApi.js';

const seeded = useSeededApi();

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          key
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`;

describe('companies connection', () => {
  it('pages through every company exactly once, ordered by name', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: any = await seeded.client.data(PAGE, { first: 4, after });
      expect(data.companies.totalCount).toBe(15);
      keys.push(...data.companies.edges.map((e: any) => e.node.key));
      expect(data.companies.pageInfo.hasPreviousPage).toBe(after !== null);
      pages += 1;
      if (!data.companies.pageInfo.hasNextPage) break;
      after = data.companies.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(keys).toHaveLength(15);
    expect(new Set(keys).size).toBe(15);
    expect(keys.slice(0, 2)).toEqual(['bb-excite', 'crosswave']);
  });

  it('filters by role: the companies ranked beside IIJ are competitors', async () => {
    const data: any = await seeded.client.data(PAGE, { first: 20, filter: { role: 'COMPETITOR' } });
    expect(data.companies.edges.map((e: any) => e.node.key)).toEqual([
      'iij',
      'japan-telecom',
      'kddi',
      'nec',
      'nifty',
      'ntt',
      'ntt-communications',
      'powered-com',
    ]);
  });

  it('filters by a case-insensitive piece of a name or alias', async () => {
    const data: any = await seeded.client.data(PAGE, { filter: { name: 'i1j' } });
    expect(data.companies.edges.map((e: any) => e.node.key)).toEqual(['iij']);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
  ])('rejects %j with BAD_USER_INPUT naming the argument', async (variables, argumentName) => {
    const result = await seeded.client.execute(PAGE, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('rejects a wrong argument type before execution', async () => {
    const result = await seeded.client.execute(PAGE, { first: 'ten' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('finds IIJ first by its OCR variant "11J"', async () => {
    const data: any = await seeded.client.data(
      '{ search(text: "11J") { matchedOn node { __typename ... on Company { key } } } }',
    );
    expect(data.search[0]).toEqual({ matchedOn: 'alias', node: { __typename: 'Company', key: 'iij' } });
  });

  it('finds by word prefix across entity types', async () => {
    const data: any = await seeded.client.data(
      '{ search(text: "Yokoh") { node { __typename ... on DataCenter { key } } } }',
    );
    expect(data.search.map((h: any) => h.node)).toEqual([{ __typename: 'DataCenter', key: 'iij/yokohama-1' }]);
  });

  it('treats Lucene syntax in the text as plain characters', async () => {
    for (const text of ['IIJ AND (', '"unclosed', 'a:b OR *', '\\', '   ']) {
      const result = await seeded.client.execute('query($t: String!) { search(text: $t) { score } }', { t: text });
      expect(result.errors, text).toBeUndefined();
    }
  });
});

describe('awards and rankings', () => {
  it('lists dedicated-access ranking entries with unknown positions as null, in source order', async () => {
    const data: any = await seeded.client.data(
      '{ awardRankings(category: "Dedicated Access", year: 2002) { entriesListed entries { position positionKnown company { key } } } }',
    );
    expect(data.awardRankings).toHaveLength(1);
    expect(data.awardRankings[0].entriesListed).toBe(5);
    expect(data.awardRankings[0].entries).toEqual(
      ['iij', 'powered-com', 'ntt-communications', 'japan-telecom', 'kddi'].map((key) => ({
        position: null,
        positionKnown: false,
        company: { key },
      })),
    );
  });

  it('finds no ranking for another year', async () => {
    const data: any = await seeded.client.data('{ awardRankings(year: 2003) { key } }');
    expect(data.awardRankings).toEqual([]);
  });
});

describe('metric ranking', () => {
  it('ranks 3Q02 revenue in JPY and lists companies without the figure as missing, not last', async () => {
    const data: any = await seeded.client.data(
      '{ metricRanking(metric: "revenue", period: { fiscalYear: 2002, quarter: 3 }) { unit entries { rank rankedValue company { key } } missing { key } } }',
    );
    expect(data.metricRanking).toEqual({
      unit: 'JPY',
      entries: [{ rank: 1, rankedValue: 10.6e9, company: { key: 'iij' } }],
      missing: [],
    });
  });

  it('ranks a guidance range by its midpoint and keeps currencies apart', async () => {
    const data: any = await seeded.client.data(
      '{ metricRanking(metric: "revenue", period: { fiscalYear: 2002, quarter: 4 }, basis: GUIDANCE, unit: "USD") { unit entries { rankedValue amount { low high } } } }',
    );
    expect(data.metricRanking.unit).toBe('USD');
    expect(data.metricRanking.entries).toHaveLength(1);
    expect(data.metricRanking.entries[0].rankedValue).toBeCloseTo(107.4e6, 0);
    expect(data.metricRanking.entries[0].amount).toEqual({ low: 105.3, high: 109.5 });
  });
});
