/**
 * Planning: from a resolver's selection (through fragments, aliases, @skip/@include) to the tree of
 * batch queries its field table says the fields below load — a SubtreeNode per looked-ahead field.
 * Pure: no database, no request state; what it returns depends only on the query and the registry.
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
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { BatchQuery } from '../db/batch.js';
import type { SubtreeNode } from '../db/subtree.js';

export type AnyLoader = DataLoader<string, unknown>;

/**
 * How a field's resolver loads it: the batch query behind its loader, the parent field holding
 * the key it passes, and the loader (picked from a request's loaders, of type L).
 */
export interface FieldPrefetch<L> {
  readonly query: BatchQuery;
  /** The field of the parent record the resolver passes to the loader as key. */
  readonly keyField: string;
  /** The field holds a list of keys, loaded with `loadMany`. */
  readonly keyList?: boolean;
  readonly loader: (loaders: L) => AnyLoader;
}

/** Per object type, per field: how it loads (derived from the field tables, src/lookahead/fields.ts). */
export type PrefetchRegistry<L> = Readonly<Record<string, Readonly<Record<string, FieldPrefetch<L>>>>>;

/** A planned level's handle: the loader its answer primes, picked from the request's loaders. */
export type Tag<L> = (loaders: L) => AnyLoader;

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
export function collectFields(
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

export function planFields<L>(
  registry: PrefetchRegistry<L>,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
): SubtreeNode<Tag<L>>[] {
  const specs = registry[type.name];
  if (!specs) return [];
  const plan: SubtreeNode<Tag<L>>[] = [];
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
export function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]) {
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

/** The names of the fields the query selects on the resolver's own type (through fragments and directives). */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const at = selectionsAt(info, []);
  return at ? new Set(collectFields(at.type, at.sets, info).keys()) : new Set();
}
