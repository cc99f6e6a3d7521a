/**
 * A subtree of batch queries compiled into one Cypher statement. Where a DataLoader per level
 * would make one round-trip per level (root, its children, their children…), the statement runs
 * every level as a `CALL` subquery fed by the keys its parent level produced, and returns each
 * level's values keyed as its loader would have returned them.
 *
 * The statement is made only of the repositories' own batch queries (./batch.ts) and constant
 * field names; every value travels as a parameter.
 */
import type { BatchQuery } from './batch.js';
import { compactCypher } from './compactCypher.js';
import type { Database, NamedQuery, QueryParameters, Row } from './database.js';

/** One level: a batch query run for the keys its parent's values name in `keyField`. */
export interface SubtreeNode<Tag> {
  readonly query: BatchQuery;
  /** The field of each parent value that holds this level's key (`key`, `companyKey`, …). */
  readonly keyField: string;
  /** The field holds a list of keys (e.g. `missingKeys`) rather than one. */
  readonly keyList?: boolean;
  readonly children: readonly SubtreeNode<Tag>[];
  /** The caller's handle on this level (e.g. the loader to prime); carried through untouched. */
  readonly tag: Tag;
}

/**
 * Where the tree starts: root keys to run a batch query for, records the caller already has, or
 * a repository query whose one row holds the records.
 */
export type SubtreeRoot<Tag> =
  | { readonly kind: 'query'; readonly node: SubtreeNode<Tag> }
  | { readonly kind: 'values'; readonly children: readonly SubtreeNode<Tag>[] }
  | {
      /** A repository's own query (one row; its records in `itemsColumn`), the levels below its records. */
      readonly kind: 'rows';
      readonly query: NamedQuery;
      readonly columns: readonly string[];
      readonly itemsColumn: string;
      readonly children: readonly SubtreeNode<Tag>[];
    };

/** A level's answer: the keys asked for and, aligned with them, the values the loader would give. */
export interface SubtreeLevel<Tag> {
  readonly tag: Tag;
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
}

export interface CompiledSubtree<Tag> {
  readonly root: SubtreeRoot<Tag>;
  readonly statement: NamedQuery;
  /** Levels in statement order; `parent` is the index of the parent level, -1 below the root. */
  readonly levels: readonly { readonly node: SubtreeNode<Tag>; readonly parent: number }[];
}

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The text of a plan depends only on its shape, so it is compiled once and reused (and Neo4j's plan cache hits). */
export function compileSubtree<Tag>(name: string, root: SubtreeRoot<Tag>): CompiledSubtree<Tag> {
  const levels: { node: SubtreeNode<Tag>; parent: number }[] = [];
  const clauses: string[] = [];

  const visit = (node: SubtreeNode<Tag>, parent: number, parentShape: 'list' | 'item' | 'rootItems' | null): void => {
    if (!FIELD_NAME.test(node.keyField)) throw new Error(`not a field name: ${node.keyField}`);
    const index = levels.length;
    levels.push({ node, parent });
    // Keys of the root's children come as parameters (the caller has the root values); deeper
    // levels read them from their parent level's result.
    // Every subquery imports what it reads (keys or its parent level): uncorrelated subqueries
    // would leave the planner free to join them in any order, which took it seconds to plan.
    const keyOfParent = `${node.keyList ? `UNWIND parentValue.${node.keyField} AS key` : `WITH parentValue.${node.keyField} AS key`}
      WITH DISTINCT key WHERE key IS NOT NULL`;
    const keySource =
      parentShape === null
        ? `CALL (keys${index}) {
      UNWIND keys${index} AS key
      WITH DISTINCT key WHERE key IS NOT NULL`
        : parentShape === 'rootItems'
          ? `CALL (rootItems) {
      UNWIND rootItems AS parentValue
      ${keyOfParent}`
          : `CALL (level${parent}) {
      UNWIND level${parent} AS parentPair
      UNWIND ${parentShape === 'list' ? 'parentPair[1]' : '[parentPair[1]]'} AS parentValue
      ${keyOfParent}`;
    clauses.push(`${keySource}
      ${node.query.body}
      WITH key, ${node.query.value} AS value
      RETURN collect([key, value]) AS level${index}
    }`);
    for (const child of node.children) visit(child, index, node.query.shape);
  };

  if (root.kind === 'query') visit(root.node, -1, null);
  else for (const child of root.children) visit(child, -1, root.kind === 'values' ? null : 'rootItems');
  if (levels.length === 0) throw new Error('an empty subtree has nothing to compile');
  const levelNames = levels.map((_, i) => `level${i}`);
  let cypher: string;
  if (root.kind === 'rows') {
    if (![...root.columns, root.itemsColumn].every((c) => FIELD_NAME.test(c))) throw new Error('not column names');
    cypher = `CALL () {
      ${root.query.cypher}
    }
    WITH ${[...root.columns.filter((c) => c !== root.itemsColumn), `${root.itemsColumn} AS rootItems`].join(', ')}
    ${clauses.join('\n    ')}
    RETURN ${[...root.columns.map((c) => (c === root.itemsColumn ? `rootItems AS ${c}` : c)), ...levelNames].join(', ')}`;
  } else {
    const rootKeys = levels.flatMap((level, i) => (level.parent === -1 ? [`$keys${i} AS keys${i}`] : []));
    cypher = `WITH ${rootKeys.join(', ')}
    ${clauses.join('\n    ')}
    RETURN ${levelNames.join(', ')}`;
  }
  return { root, statement: { name, cypher: compactCypher(cypher) }, levels };
}

/**
 * Distinct keys named by `field` in `values` (flattened when each value is a list, and when the
 * field holds a list of keys), as the statement computes them for deeper levels.
 */
export function keysOf(values: readonly unknown[], shape: 'list' | 'item', field: string): string[] {
  const keys = new Set<string>();
  for (const value of values) {
    const items = shape === 'list' ? ((value ?? []) as unknown[]) : [value];
    for (const item of items) {
      const named = (item as Record<string, unknown> | null)?.[field];
      for (const key of Array.isArray(named) ? named : [named]) if (typeof key === 'string') keys.add(key);
    }
  }
  return [...keys];
}

/**
 * Runs a compiled subtree. `rootKeys` are the root query's keys (kind 'query'); `rootValues` the
 * records the caller holds (kind 'values'); `parameters` the root query's (kind 'rows').
 * Returns the statement's row (kind 'rows': the root query's columns) and every level's keys and
 * values, in statement order.
 */
export async function runSubtree<Tag>(
  db: Database,
  compiled: CompiledSubtree<Tag>,
  start: {
    readonly rootKeys?: readonly string[];
    readonly rootValues?: readonly unknown[];
    readonly parameters?: QueryParameters;
  },
): Promise<{ row: Row | undefined; levels: SubtreeLevel<Tag>[] }> {
  const { root, levels } = compiled;
  const parameters: Record<string, unknown> = { ...start.parameters };
  if (root.kind !== 'rows') {
    levels.forEach((level, index) => {
      if (level.parent !== -1) return;
      parameters[`keys${index}`] =
        root.kind === 'query'
          ? [...new Set(start.rootKeys ?? [])]
          : keysOf(start.rootValues ?? [], 'item', level.node.keyField);
    });
  }
  const [row] = await db.read(compiled.statement, parameters);
  const rootItems = root.kind === 'rows' ? ((row?.[root.itemsColumn] ?? []) as unknown[]) : [];
  const answers: SubtreeLevel<Tag>[] = [];
  levels.forEach((level, index) => {
    const pairs = (row?.[`level${index}`] ?? []) as [string, unknown][];
    const byKey = new Map(pairs);
    const keys =
      level.parent !== -1
        ? keysOf(answers[level.parent]!.values, levels[level.parent]!.node.query.shape, level.node.keyField)
        : root.kind === 'rows'
          ? keysOf(rootItems, 'item', level.node.keyField)
          : (parameters[`keys${index}`] as string[]);
    const absent = level.node.query.absent;
    answers.push({ tag: level.node.tag, keys, values: keys.map((key) => byKey.get(key) ?? absent) });
  });
  return { row, levels: answers };
}
