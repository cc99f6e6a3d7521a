/**
 * Query text → planned levels → compiled statement, without a database (in the spirit of the Neo4j
 * GraphQL library's TCK): the look-ahead plan of a query over the real schema and field tables,
 * and the Cypher it compiles to, pinned as snapshots. A change to a field table, the planner or the
 * compiler shows here as a diff of statements to review.
 */
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COMPANIES_BY_KEYS } from '../../src/companies/companyRepository.js';
import { compileSubtree, type SubtreeNode } from '../../src/db/subtree.js';
import { lookAheadRegistry as prefetchRegistry } from '../../src/api/compose.js';
import { loadTypeDefs } from '../../src/graphql/sdl.js';
import { LookaheadState, shapeKey } from '../../src/lookahead/lookahead.js';
import { capLevels, MAX_LEVELS_PER_STATEMENT, planFields, selectionsAt } from '../../src/lookahead/plan.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** The `info` graphql-js hands the root `company` resolver for `query` (nothing else runs). */
async function rootInfo(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResolveInfo> {
  let captured: GraphQLResolveInfo | undefined;
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables,
    fieldResolver: (_source, _args, _ctx, info) => {
      if (info.path.prev === undefined) captured = info;
      return null;
    },
  });
  if (!captured) throw new Error(`no root field resolved: ${JSON.stringify(result.errors)}`);
  return captured;
}

const levelsOf = (plan: readonly SubtreeNode<unknown>[], depth = 0): string[] =>
  plan.flatMap((node) => [
    `${'  '.repeat(depth)}${node.query.name} by ${node.keyField}`,
    ...levelsOf(node.children, depth + 1),
  ]);

async function compiled(query: string, variables?: Record<string, unknown>) {
  const info = await rootInfo(query, variables);
  const at = selectionsAt(info, [])!;
  const plan = capLevels(planFields(prefetchRegistry, at.type, at.sets, info), MAX_LEVELS_PER_STATEMENT - 1);
  const statement = compileSubtree('subtree.companies.byKeys', {
    kind: 'query',
    node: { query: COMPANIES_BY_KEYS, keyField: 'key', children: plan, tag: null },
  }).statement.cypher;
  return { levels: levelsOf(plan), statement };
}

describe('look-ahead TCK', () => {
  it('plans a company overview: its relations, their companies, sources only when asked', async () => {
    const result = await compiled(`{
      company(id: "iij") {
        name
        services { key businessLine { key } }
        competitors { kind company { name } }
        awardsWon { award { key } source { quote } }
      }
    }`);
    expect(result.levels).toMatchSnapshot();
    expect(result.statement).toMatchSnapshot();
  });

  it('merges aliases and fragments of one field, and skips what @include turns off', async () => {
    const query = `query ($withLines: Boolean!) {
      company(id: "iij") {
        a: services { key }
        ... on Company { b: services { name } }
        ...Lines @include(if: $withLines)
      }
    }
    fragment Lines on Company { businessLines { key children { key } } }`;
    const on = await compiled(query, { withLines: true });
    const off = await compiled(query, { withLines: false });
    expect(on.levels).toMatchSnapshot();
    expect(off.levels).toEqual(['offerings.servicesByCompany by key']);
  });

  it('leaves fields with arguments to their resolvers', async () => {
    const result = await compiled(
      `{ company(id: "iij") { financialFacts(metric: "revenue") { key } statements { text } } }`,
    );
    expect(result.levels).toEqual([]);
  });

  it('compiles at most MAX_LEVELS_PER_STATEMENT levels, nearest the root first', async () => {
    const nested = (depth: number): string =>
      depth === 0 ? 'key' : `key competitors { company { ${nested(depth - 1)} } }`;
    const result = await compiled(`{ company(id: "iij") { ${nested(40)} } }`);
    expect(result.levels.length).toBe(MAX_LEVELS_PER_STATEMENT - 1);
    expect(result.statement).not.toContain(`level${MAX_LEVELS_PER_STATEMENT}`);
  });
});

describe('look-ahead shape keys', () => {
  const state = new LookaheadState(prefetchRegistry);
  const QUERY = `query Overview($withServices: Boolean!) {
    company(id: "iij") { key services @include(if: $withServices) { key } }
  }`;

  it('are the same for every parse of the same query, so shapes warm without a document store', async () => {
    const first = await rootInfo(QUERY, { withServices: true });
    const again = await rootInfo(QUERY, { withServices: true });
    expect(again.operation).not.toBe(first.operation);
    expect(shapeKey(state, again, 'key:companies.byKeys')).toBe(shapeKey(state, first, 'key:companies.byKeys'));
  });

  it('differ with the query text, the @skip/@include values, and what is compiled', async () => {
    const base = shapeKey(state, await rootInfo(QUERY, { withServices: true }), 'key:companies.byKeys');
    const otherValue = shapeKey(state, await rootInfo(QUERY, { withServices: false }), 'key:companies.byKeys');
    const otherText = shapeKey(
      state,
      await rootInfo(`${QUERY} # another`, { withServices: true }),
      'key:companies.byKeys',
    );
    const otherCompile = shapeKey(state, await rootInfo(QUERY, { withServices: true }), 'values');
    expect(new Set([base, otherValue, otherText, otherCompile]).size).toBe(4);
  });
});
