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
 * default mode (`warm`) a query shape seen for the first time is answered level by level while its
 * statement runs once in the background to get planned; from then on the shape costs one statement.
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
type Plan = readonly SubtreeNode<Tag>[];

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

/** One background warm-up at a time: a burst of new shapes must not turn into a burst of planning. */
let warmingUp = false;

function shapeOf(info: GraphQLResolveInfo, cacheKey: string, build: () => CompiledSubtree<Tag> | null): Shape {
  const fieldNode = info.fieldNodes[0]!;
  const key = `${cacheKey}|${JSON.stringify(directiveVariables(info).map((name) => info.variableValues[name] ?? null))}`;
  let perNode = shapes.get(fieldNode);
  const known = perNode?.get(key);
  if (known) return known;
  const shape: Shape = { compiled: build(), state: 'cold' };
  if (!perNode) {
    perNode = new Map();
    shapes.set(fieldNode, perNode);
  }
  if (perNode.size < MAX_SHAPES_PER_FIELD) perNode.set(key, shape);
  return shape;
}

/**
 * The statement to run now, or null to let the resolvers load level by level. In `warm` mode a
 * cold shape starts its background warm-up (with this request's parameters; a read, its rows
 * dropped) and is answered level by level meanwhile.
 */
function statementToRun(
  ctx: Context,
  shape: Shape,
  start: Parameters<typeof runSubtree<Tag>>[2],
): CompiledSubtree<Tag> | null {
  if (!shape.compiled || ctx.prefetch === 'off') return null;
  if (ctx.prefetch === 'always' || shape.state === 'warm') return shape.compiled;
  if (shape.state === 'cold' && !warmingUp) {
    warmingUp = true;
    shape.state = 'warming';
    runSubtree(ctx.db.unobserved(), shape.compiled, start).then(
      () => {
        shape.state = 'warm';
        warmingUp = false;
      },
      () => {
        // Planned or not, the shape is tried again when next seen; its requests went level by level.
        shape.state = 'cold';
        warmingUp = false;
      },
    );
  }
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
      const children: Plan = at ? planFields(registry, at.type, at.sets, info) : [];
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
    const children = at ? planFields(registry, at.type, at.sets, info) : [];
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
        const children = at ? planFields(registry, at.type, at.sets, info) : [];
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
