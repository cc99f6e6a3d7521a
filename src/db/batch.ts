/**
 * Batch queries for DataLoader-backed repositories. A batch query UNWINDs `$keys` and yields one
 * value per key: a list (`shape: 'list'`) or at most one item (`shape: 'item'`). It is kept in its
 * parts (`body`, `value`) so the same text runs on its own (`loadBatch`, one loader dispatch) or as a
 * subquery of a compiled subtree (./subtree.ts), which then yields exactly the values the loader would.
 */
import type { Database, NamedQuery, QueryParameters } from './database.js';

export interface BatchQuery<V = unknown> extends NamedQuery {
  readonly shape: 'list' | 'item';
  /** Clauses after `UNWIND $keys AS key`, binding what `value` reads. Constants of the repositories. */
  readonly body: string;
  /** The value per key: an aggregate (lists) or a projection (items), grouped by `key`. */
  readonly value: string;
  /** The value of a key without a row ([] for lists, null for items unless said otherwise). */
  readonly absent: V;
}

export function batchQuery<V>(
  name: string,
  shape: 'list' | 'item',
  body: string,
  value: string,
  absent?: V,
): BatchQuery<V> {
  return {
    name,
    shape,
    body,
    value,
    absent: (absent ?? (shape === 'list' ? [] : null)) as V,
    cypher: `UNWIND $keys AS key
      ${body}
      RETURN key, ${value} AS value`,
  };
}

/** Runs a batch query for `keys`; the answer is aligned with them (`absent` where no row came back). */
export async function loadBatch<V>(
  db: Database,
  query: BatchQuery<V>,
  keys: readonly string[],
  parameters: QueryParameters = {},
): Promise<V[]> {
  const rows = await db.read(query, { ...parameters, keys });
  const byKey = new Map(rows.map((r) => [r.key as string, r.value as V | null]));
  return keys.map((k) => byKey.get(k) ?? query.absent);
}

/** For a list per key; keys without a row get []. */
export function listsByKeys<T>(
  db: Database,
  query: BatchQuery,
  keys: readonly string[],
  parameters: QueryParameters = {},
): Promise<T[][]> {
  return loadBatch(db, query as BatchQuery<T[]>, keys, parameters);
}

/** For at most one item per key; keys without a row get null. */
export function itemsByKeys<T>(
  db: Database,
  query: BatchQuery,
  keys: readonly string[],
  parameters: QueryParameters = {},
): Promise<(T | null)[]> {
  return loadBatch(db, query as BatchQuery<T | null>, keys, parameters);
}

/**
 * A list per key: `match` binds `n` from `key`; the list holds `projection` of each distinct `n`,
 * ordered by `order`. `match`, `projection` and `order` are constants of the repositories.
 */
export function relationQuery<T>(name: string, match: string, projection: string, order: string): BatchQuery<T[]> {
  return batchQuery<T[]>(
    name,
    'list',
    `${match}
      WITH DISTINCT key, n
      ORDER BY ${order}`,
    `collect(${projection})`,
  );
}

/** At most one item per key: `match` binds what `projection` reads. */
export function byKeyQuery<T>(name: string, match: string, projection: string): BatchQuery<T | null> {
  return batchQuery<T | null>(name, 'item', match, projection);
}
