/**
 * Look-ahead loading. A root resolver hands its selection to `loadWithSubtree` (a record by key),
 * `readWithSubtree` (a repository query's page or list) or `prefetchBelow` (records in hand). From
 * the fields the query asks for, they plan the batch queries the resolvers below would run level
 * by level, run them as one compiled statement (src/db/subtree.ts), and prime the DataLoaders
 * with the answers. The resolvers stay as they are: they find their values in the
 * loaders' caches. A field without a registered prefetch (e.g. one with arguments) is simply left
 * to its resolver, so look-ahead changes how many round-trips a query costs, never its answer.
 *
 * Neo4j plans each new statement text (measured here: ~60 ms per level, seconds for a query
 * touching every relation), while the per-level queries are a fixed set planned once. So in the
 * default mode (`warm`) a new query shape is answered level by level; once it has been seen twice
 * its statement runs once in the background to get planned, and from then on the shape costs one
 * statement. Planning is work any caller can ask for, so it is bounded: a statement compiles at
 * most MAX_LEVELS_PER_STATEMENT levels (the rest load level by level), and warm-ups run one at a
 * time within the server's WarmUpBudget.
 */
import type DataLoader from 'dataloader';
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  visit,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Context, Loaders } from '../context.js';
import type { BatchQuery } from '../db/batch.js';
import type { RowReader } from '../db/database.js';
import { compileSubtree, runSubtree, type CompiledSubtree, type SubtreeNode } from '../db/subtree.js';

type AnyLoader = DataLoader<string, unknown>;

/** How a resolver loads a field: the loader it reads, the batch query behind it, the key it passes. */
export interface FieldPrefetch {
  readonly query: BatchQuery;
  /** The field of the parent record the resolver passes to the loader as key. */
  readonly keyField: string;
  /** The field holds a list of keys, loaded with `loadMany`. */
  readonly keyList?: boolean;
  readonly loader: (loaders: Loaders) => AnyLoader;
}

/** Per object type, per field: the prefetch mirroring that field's resolver. */
export type PrefetchRegistry = Readonly<Record<string, Readonly<Record<string, FieldPrefetch>>>>;

type Tag = (loaders: Loaders) => AnyLoader;

/** The most levels one compiled statement holds: planning costs Neo4j ~60 ms a level. */
export const MAX_LEVELS_PER_STATEMENT = 32;

/**
 * The plan's first `max` levels, breadth first (the levels nearest the root save the most
 * round-trips); a level left out takes its children with it, and their resolvers load them.
 */
export function capLevels<T>(plan: readonly SubtreeNode<T>[], max: number): SubtreeNode<T>[] {
  let budget = max;
  const keep = new Set<SubtreeNode<T>>();
  let frontier: readonly SubtreeNode<T>[] = plan;
  while (frontier.length > 0 && budget > 0) {
    const next: SubtreeNode<T>[] = [];
    for (const node of frontier) {
      if (budget === 0) break;
      keep.add(node);
      budget--;
      next.push(...node.children);
    }
    frontier = next;
  }
  const rebuild = (nodes: readonly SubtreeNode<T>[]): SubtreeNode<T>[] =>
    nodes.filter((node) => keep.has(node)).map((node) => ({ ...node, children: rebuild(node.children) }));
  return rebuild(plan);
}

/**
 * How much background planning a server's callers may cause: one warm-up at a time, and a bucket
 * of WARM_UP_BURST warm-ups refilled by one every WARM_UP_REFILL_MS (an app's handful of shapes warm
 * at once; a stream of new shapes keeps Neo4j busy a few percent of a core at most).
 */
export class WarmUpBudget {
  static readonly BURST = 10;
  static readonly REFILL_MS = 10_000;
  private tokens: number = WarmUpBudget.BURST;
  private refilledAt: number;
  private running = false;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.refilledAt = now();
  }

  /** True (and the warm-up counted) when one may start now; call `finished()` when it ends. */
  tryStart(): boolean {
    const now = this.now();
    const earned = Math.floor((now - this.refilledAt) / WarmUpBudget.REFILL_MS);
    if (earned > 0) {
      this.tokens = Math.min(WarmUpBudget.BURST, this.tokens + earned);
      this.refilledAt += earned * WarmUpBudget.REFILL_MS;
    }
    if (this.running || this.tokens < 1) return false;
    this.tokens--;
    this.running = true;
    return true;
  }

  finished(): void {
    this.running = false;
  }
}

function included(node: FieldNode | { directives?: FieldNode['directives'] }, info: GraphQLResolveInfo) {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, info.variableValues);
  return include?.if !== false;
}

function appliesTo(type: GraphQLObjectType, condition: string | undefined, info: GraphQLResolveInfo): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}

/** The fields selected on `type`, by field name (aliases of one field merge), through fragments. */
function collectFields(
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const set of selectionSets) {
    for (const selection of set.selections) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        const list = into.get(selection.name.value) ?? [];
        list.push(selection);
        into.set(selection.name.value, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(type, selection.typeCondition?.name.value, info)) {
          collectFields(type, [selection.selectionSet], info, into);
        }
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && appliesTo(type, fragment.typeCondition.name.value, info)) {
          collectFields(type, [fragment.selectionSet], info, into);
        }
      }
    }
  }
  return into;
}

function planFields(
  registry: PrefetchRegistry,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
): SubtreeNode<Tag>[] {
  const specs = registry[type.name];
  if (!specs) return [];
  const plan: SubtreeNode<Tag>[] = [];
  for (const [fieldName, nodes] of collectFields(type, selectionSets, info)) {
    const spec = specs[fieldName];
    const field = type.getFields()[fieldName];
    if (!spec || !field) continue;
    const childType = getNamedType(field.type);
    const childSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    plan.push({
      query: spec.query,
      keyField: spec.keyField,
      keyList: spec.keyList ?? false,
      tag: spec.loader,
      children: isObjectType(childType) ? planFields(registry, childType, childSets, info) : [],
    });
  }
  return plan;
}

/** The object type and selection sets reached from the resolver's field along `path` (e.g. edges → node). */
function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]) {
  let type = getNamedType(info.returnType);
  let sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const step of path) {
    if (!isObjectType(type)) return null;
    const field = type.getFields()[step];
    if (!field) return null;
    sets = (collectFields(type, sets, info).get(step) ?? []).flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    type = getNamedType(field.type);
  }
  return isObjectType(type) ? { type, sets } : null;
}

/** How root resolvers load subtrees: `warm` (default, see above), `always` compiled, or `off`. */
export type PrefetchMode = 'warm' | 'always' | 'off';

interface Shape {
  readonly compiled: CompiledSubtree<Tag> | null;
  /** In `warm` mode: whether Neo4j has planned the statement (run once in the background). */
  state: 'cold' | 'warming' | 'warm';
  /** How many requests asked for this shape while it was cold: it warms from the second on. */
  sightings: number;
}

/** The names of the fields the query selects on the resolver's own type (through fragments and directives). */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const at = selectionsAt(info, []);
  return at ? new Set(collectFields(at.type, at.sets, info).keys()) : new Set();
}

/** Compiled statements per query document node, so a repeated query is planned and compiled once. */
const shapes = new WeakMap<FieldNode, Map<string, Shape>>();
/** Shapes kept per field node: one per value combination of the `@skip`/`@include` variables. */
const MAX_SHAPES_PER_FIELD = 64;

/** The variables any `@skip`/`@include` of the operation reads (a plan depends on their values only). */
const directiveVariablesCache = new WeakMap<object, readonly string[]>();
function directiveVariables(info: GraphQLResolveInfo): readonly string[] {
  const known = directiveVariablesCache.get(info.operation);
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
  directiveVariablesCache.set(info.operation, variables);
  return variables;
}

function shapeOf(info: GraphQLResolveInfo, cacheKey: string, build: () => CompiledSubtree<Tag> | null): Shape {
  const fieldNode = info.fieldNodes[0]!;
  const key = `${cacheKey}|${JSON.stringify(directiveVariables(info).map((name) => info.variableValues[name] ?? null))}`;
  let perNode = shapes.get(fieldNode);
  const known = perNode?.get(key);
  if (known) return known;
  const shape: Shape = { compiled: build(), state: 'cold', sightings: 0 };
  if (!perNode) {
    perNode = new Map();
    shapes.set(fieldNode, perNode);
  }
  if (perNode.size < MAX_SHAPES_PER_FIELD) perNode.set(key, shape);
  return shape;
}

/**
 * The statement to run now, or null to let the resolvers load level by level. In `warm` mode a
 * cold shape seen before starts its background warm-up when the server's budget allows (with
 * this request's parameters; a read, its rows dropped) and is answered level by level meanwhile.
 */
function statementToRun(
  ctx: Context,
  shape: Shape,
  start: Parameters<typeof runSubtree<Tag>>[2],
): CompiledSubtree<Tag> | null {
  if (!shape.compiled || ctx.prefetch === 'off') return null;
  if (ctx.prefetch === 'always' || shape.state === 'warm') return shape.compiled;
  if (shape.state !== 'cold') return null;
  shape.sightings++;
  if (shape.sightings < 2 || !ctx.warmUps.tryStart()) return null;
  shape.state = 'warming';
  const budget = ctx.warmUps;
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

function prime(ctx: Context, levels: Awaited<ReturnType<typeof runSubtree<Tag>>>['levels']): void {
  for (const level of levels) {
    const loader = level.tag(ctx.loaders);
    level.keys.forEach((key, i) => loader.prime(key, level.values[i]));
  }
}

export interface RootByKey<V> {
  readonly query: BatchQuery;
  readonly loader: DataLoader<string, V>;
  readonly key: string;
}

/**
 * The root record by key and everything the selection asks below it, in one statement; then
 * the record, from its loader.
 */
export async function loadWithSubtree<V>(
  ctx: Context,
  info: GraphQLResolveInfo,
  registry: PrefetchRegistry,
  root: RootByKey<V>,
): Promise<V> {
  if (ctx.prefetch !== 'off') {
    const shape = shapeOf(info, `key:${root.query.name}`, () => {
      const at = selectionsAt(info, []);
      const children = capLevels(at ? planFields(registry, at.type, at.sets, info) : [], MAX_LEVELS_PER_STATEMENT - 1);
      return children.length === 0
        ? null
        : compileSubtree<Tag>(`subtree.${root.query.name}`, {
            kind: 'query',
            node: { query: root.query, keyField: 'key', children, tag: () => root.loader as AnyLoader },
          });
    });
    const start = { rootKeys: [root.key] };
    const statement = statementToRun(ctx, shape, start);
    if (statement) {
      const { levels } = await runSubtree(ctx.db, statement, start);
      // The root level's tag is the loader of the request that compiled the shape; this request's is `root.loader`.
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
export async function prefetchBelow(
  ctx: Context,
  info: GraphQLResolveInfo,
  registry: PrefetchRegistry,
  records: readonly unknown[],
): Promise<void> {
  if (ctx.prefetch === 'off' || records.length === 0) return;
  const shape = shapeOf(info, 'values', () => {
    const at = selectionsAt(info, []);
    const children = capLevels(at ? planFields(registry, at.type, at.sets, info) : [], MAX_LEVELS_PER_STATEMENT);
    return children.length === 0
      ? null
      : compileSubtree<Tag>(`subtree.below.${getNamedType(info.returnType).name}`, { kind: 'values', children });
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
export function readWithSubtree(
  ctx: Context,
  info: GraphQLResolveInfo,
  registry: PrefetchRegistry,
  path: readonly string[],
  columns: readonly string[],
): RowReader {
  return async (query, parameters) => {
    if (ctx.prefetch !== 'off') {
      const shape = shapeOf(info, `rows:${query.name}:${path.join('.')}`, () => {
        const at = selectionsAt(info, path);
        const children = capLevels(at ? planFields(registry, at.type, at.sets, info) : [], MAX_LEVELS_PER_STATEMENT);
        return children.length === 0
          ? null
          : compileSubtree<Tag>(`subtree.${query.name}`, {
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
