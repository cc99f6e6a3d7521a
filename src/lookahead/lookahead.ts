/**
 * Look-ahead loading. A root resolver hands its selection to `loadWithSubtree` (a record by key),
 * `readWithSubtree` (a repository query's page or list) or `prefetchBelow` (records in hand). From
 * the fields the query asks for, they plan the batch queries the resolvers below would run level
 * by level (./plan.ts), run them as one compiled statement (src/db/subtree.ts), and prime the
 * DataLoaders with the answers. The resolvers stay as they are: they find their values in the
 * loaders' caches. A field the field tables do not look ahead (e.g. one with arguments) is simply
 * left to its resolver, so look-ahead changes how many round-trips a query costs, never its answer.
 *
 * Neo4j plans each new statement text (measured here: ~60 ms per level, seconds for a query
 * touching every relation), while the per-level queries are a fixed set planned once. So in the
 * default mode (`warm`) a new query shape is answered level by level; once it has been seen twice
 * its statement runs once in the background to get planned, and from then on the shape costs one
 * statement. Planning is work any caller can ask for, so it is bounded: a statement compiles at
 * most MAX_LEVELS_PER_STATEMENT levels (the rest load level by level), and warm-ups run one at a
 * time within the server's WarmUpBudget.
 *
 * Everything cached lives in a LookaheadState, one per server, and holds no request: compiled
 * shapes sit in an LRU keyed by a digest of the query text and the field's path, so a query parsed
 * anew (Apollo without its document store) finds its shape as a cached document does.
 */
import { createHash } from 'node:crypto';
import type DataLoader from 'dataloader';
import { getNamedType, Kind, visit, type GraphQLResolveInfo } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { BatchQuery } from '../db/batch.js';
import type { Database, RowReader } from '../db/database.js';
import { compileSubtree, runSubtree, type CompiledSubtree, type SubtreeLevel } from '../db/subtree.js';
import {
  capLevels,
  MAX_LEVELS_PER_STATEMENT,
  planFields,
  selectionsAt,
  type AnyLoader,
  type PrefetchRegistry,
  type Tag,
} from './plan.js';
import { WarmUpBudget } from './warmUpBudget.js';

/** How root resolvers load subtrees: `warm` (default, see above), `always` compiled, or `off`. */
export type PrefetchMode = 'warm' | 'always' | 'off';

interface Shape<L> {
  readonly compiled: CompiledSubtree<Tag<L>> | null;
  /** In `warm` mode: whether Neo4j has planned the statement (run once in the background). */
  state: 'cold' | 'warming' | 'warm';
  /** How many requests asked for this shape while it was cold: it warms from the second on. */
  sightings: number;
}

/** Compiled shapes a server keeps (a shape is a statement text of a few kB and its level list). */
const MAX_SHAPES = 2_000;

/**
 * A server's look-ahead: the registry it plans from (derived from the field tables), its caches
 * and its planning budget. Its requests share it; it keeps none of them.
 */
export class LookaheadState<L = unknown> {
  /** Compiled statements by query and field, so a repeated query is planned and compiled once. */
  readonly shapes = new LRUCache<string, Shape<never>>({ max: MAX_SHAPES });
  /** A digest of each parsed operation's query text (computed once per parsed document). */
  readonly documentKeys = new WeakMap<object, string>();
  /** The variables any `@skip`/`@include` of an operation reads (a plan depends on their values only). */
  readonly directiveVariables = new WeakMap<object, readonly string[]>();
  readonly warmUps: WarmUpBudget;

  constructor(
    readonly registry: PrefetchRegistry<L>,
    warmUps: WarmUpBudget = new WarmUpBudget(),
  ) {
    this.warmUps = warmUps;
  }
}

/** What look-ahead needs of a request: its database view, its loaders (of type L), the mode, the server's state. */
export interface LookaheadContext<L> {
  readonly db: Database;
  readonly loaders: L;
  readonly prefetch: PrefetchMode;
  readonly lookahead: LookaheadState<L>;
}

function directiveVariables(state: LookaheadState<unknown>, info: GraphQLResolveInfo): readonly string[] {
  const known = state.directiveVariables.get(info.operation);
  if (known) return known;
  const names = new Set<string>();
  const nodes = [info.operation, ...Object.values(info.fragments)];
  visit(nodes as never, {
    Directive(node) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return;
      for (const argument of node.arguments ?? []) {
        if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
      }
    },
  });
  const variables = [...names].sort();
  state.directiveVariables.set(info.operation, variables);
  return variables;
}

/** The query text's digest: the same for every parse of the same text. */
function documentKey(state: LookaheadState<unknown>, info: GraphQLResolveInfo): string {
  const known = state.documentKeys.get(info.operation);
  if (known) return known;
  const text = info.operation.loc?.source.body;
  // Without locations (never the case under Apollo) the parsed document itself is the identity.
  const key = text === undefined ? `parse:${Math.random()}` : createHash('sha256').update(text).digest('base64url');
  state.documentKeys.set(info.operation, key);
  return key;
}

/**
 * The cache key of a resolver's shape: the query (text digest and operation), the field's path
 * in the response, what the caller compiles (`cacheKey`), and the values of the variables the
 * operation's `@skip`/`@include` read — everything the compiled statement depends on.
 */
export function shapeKey<L>(state: LookaheadState<L>, info: GraphQLResolveInfo, cacheKey: string): string {
  const steps: (string | number)[] = [];
  for (let path: GraphQLResolveInfo['path'] | undefined = info.path; path; path = path.prev) {
    if (typeof path.key === 'string') steps.unshift(path.key);
  }
  const values = directiveVariables(state as LookaheadState<unknown>, info).map(
    (name) => info.variableValues[name] ?? null,
  );
  return [
    documentKey(state as LookaheadState<unknown>, info),
    info.operation.name?.value ?? '',
    steps.join('.'),
    cacheKey,
    JSON.stringify(values),
  ].join('|');
}

function shapeOf<L>(
  ctx: LookaheadContext<L>,
  info: GraphQLResolveInfo,
  cacheKey: string,
  build: () => CompiledSubtree<Tag<L>> | null,
): Shape<L> {
  const shapes = ctx.lookahead.shapes as unknown as LRUCache<string, Shape<L>>;
  const key = shapeKey(ctx.lookahead, info, cacheKey);
  const known = shapes.get(key);
  if (known) return known;
  const shape: Shape<L> = { compiled: build(), state: 'cold', sightings: 0 };
  shapes.set(key, shape);
  return shape;
}

/**
 * The statement to run now, or null to let the resolvers load level by level. In `warm` mode a
 * cold shape seen before starts its background warm-up when the server's budget allows (with
 * this request's parameters; a read, its rows dropped) and is answered level by level meanwhile.
 */
function statementToRun<L>(
  ctx: LookaheadContext<L>,
  shape: Shape<L>,
  start: Parameters<typeof runSubtree<Tag<L>>>[2],
): CompiledSubtree<Tag<L>> | null {
  if (!shape.compiled || ctx.prefetch === 'off') return null;
  if (ctx.prefetch === 'always' || shape.state === 'warm') return shape.compiled;
  if (shape.state !== 'cold') return null;
  shape.sightings++;
  const budget = ctx.lookahead.warmUps;
  if (shape.sightings < 2 || !budget.tryStart()) return null;
  shape.state = 'warming';
  runSubtree(ctx.db.unobserved(), shape.compiled, start).then(
    () => {
      shape.state = 'warm';
      budget.finished();
    },
    () => {
      // Planned or not, the shape is tried again when next seen; its requests went level by level.
      shape.state = 'cold';
      budget.finished();
    },
  );
  return null;
}

function prime<L>(ctx: LookaheadContext<L>, levels: readonly SubtreeLevel<Tag<L>>[]): void {
  for (const level of levels) {
    const loader = level.tag(ctx.loaders);
    level.keys.forEach((key, i) => loader.prime(key, level.values[i]));
  }
}

/**
 * The root level of a compiled shape is primed with the loader of the request that runs it (the
 * shape is shared by every request asking the same query), so its tag is never called.
 */
const ROOT_TAG = (): AnyLoader => {
  throw new Error('the root level of a subtree is primed with the running request’s own loader');
};

export interface RootByKey<V> {
  readonly query: BatchQuery;
  readonly loader: DataLoader<string, V>;
  readonly key: string;
}

/**
 * The root record by key and everything the selection asks below it, in one statement; then
 * the record, from its loader.
 */
export async function loadWithSubtree<L, V>(
  ctx: LookaheadContext<L>,
  info: GraphQLResolveInfo,
  root: RootByKey<V>,
): Promise<V> {
  const registry = ctx.lookahead.registry;
  if (ctx.prefetch !== 'off') {
    const shape = shapeOf(ctx, info, `key:${root.query.name}`, () => {
      const at = selectionsAt(info, []);
      const children = capLevels(at ? planFields(registry, at.type, at.sets, info) : [], MAX_LEVELS_PER_STATEMENT - 1);
      return children.length === 0
        ? null
        : compileSubtree<Tag<L>>(`subtree.${root.query.name}`, {
            kind: 'query',
            node: { query: root.query, keyField: 'key', children, tag: ROOT_TAG },
          });
    });
    const start = { rootKeys: [root.key] };
    const statement = statementToRun(ctx, shape, start);
    if (statement) {
      const { levels } = await runSubtree(ctx.db, statement, start);
      const [rootLevel, ...rest] = levels;
      rootLevel!.keys.forEach((key, i) => root.loader.prime(key, rootLevel!.values[i] as V));
      prime(ctx, rest);
    }
  }
  return root.loader.load(root.key);
}

/**
 * For records already in hand (a company found by name, a computed rate, a ranking): prefetches
 * in one statement what the selection asks below them.
 */
export async function prefetchBelow<L>(
  ctx: LookaheadContext<L>,
  info: GraphQLResolveInfo,
  records: readonly unknown[],
): Promise<void> {
  if (ctx.prefetch === 'off' || records.length === 0) return;
  const registry = ctx.lookahead.registry;
  const shape = shapeOf(ctx, info, 'values', () => {
    const at = selectionsAt(info, []);
    const children = capLevels(at ? planFields(registry, at.type, at.sets, info) : [], MAX_LEVELS_PER_STATEMENT);
    return children.length === 0
      ? null
      : compileSubtree<Tag<L>>(`subtree.below.${getNamedType(info.returnType).name}`, { kind: 'values', children });
  });
  const start = { rootValues: records };
  const statement = statementToRun(ctx, shape, start);
  if (statement) prime(ctx, (await runSubtree(ctx.db, statement, start)).levels);
}

/**
 * A reader for a repository query that returns one row with its records in `items` (a page, a
 * search): with a warm shape, the query and what the selection asks below its records (at `path`)
 * run as one statement and the loaders are primed; otherwise the query runs alone.
 */
export function readWithSubtree<L>(
  ctx: LookaheadContext<L>,
  info: GraphQLResolveInfo,
  path: readonly string[],
  columns: readonly string[],
): RowReader {
  const registry = ctx.lookahead.registry;
  return async (query, parameters) => {
    if (ctx.prefetch !== 'off') {
      const shape = shapeOf(ctx, info, `rows:${query.name}:${path.join('.')}`, () => {
        const at = selectionsAt(info, path);
        const children = capLevels(at ? planFields(registry, at.type, at.sets, info) : [], MAX_LEVELS_PER_STATEMENT);
        return children.length === 0
          ? null
          : compileSubtree<Tag<L>>(`subtree.${query.name}`, {
              kind: 'rows',
              query,
              columns,
              itemsColumn: 'items',
              children,
            });
      });
      const start = { parameters };
      const statement = statementToRun(ctx, shape, start);
      if (statement) {
        const { row, levels } = await runSubtree(ctx.db, statement, start);
        prime(ctx, levels);
        return row ? [row] : [];
      }
    }
    return ctx.db.read(query, parameters);
  };
}
