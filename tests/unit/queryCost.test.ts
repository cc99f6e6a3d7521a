/** The cost estimator (src/limits/queryLimits.ts) over the real schema, without a database. */
import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/sdl.js';
import { costEstimator, LIST_ESTIMATE } from '../../src/limits/queryLimits.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator] });

describe('costEstimator', () => {
  it('multiplies what is under a connection by its `first`', () => {
    const one = cost('{ companies(first: 1) { edges { node { name competitors { kind } } } } }');
    const hundred = cost('{ companies(first: 100) { edges { node { name competitors { kind } } } } }');
    expect(hundred).toBe(one * 100);
  });

  it('counts a list argument by its length: `nodes(ids:)` costs per id', () => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Company { name services { key } } } }';
    const per = (n: number) => cost(query, { ids: Array.from({ length: n }, () => 'Company:iij') });
    expect(per(1)).toBeGreaterThan(0);
    expect(per(40)).toBe(per(1) * 40);
    expect(per(100)).toBe(per(1) * 100);
  });

  it('counts other lists as LIST_ESTIMATE items and leaves cost 0 for scalars', () => {
    expect(cost('{ __typename }')).toBe(0);
    const services = cost('{ company(id: "iij") { services { key } } }');
    expect(services).toBe(1 + LIST_ESTIMATE);
  });
});
