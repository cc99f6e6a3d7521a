/**
 * Batch helpers for DataLoader-backed repositories: a query that UNWINDs `$keys` and returns one
 * row per key (`key`, `items` or `item`) is turned into results aligned with the keys asked for.
 */
import type { Database, NamedQuery, QueryParameters } from './database.js';

/** For queries returning `key, items` (a list per key); keys without a row get []. */
export async function listsByKeys<T>(
  db: Database,
  query: NamedQuery,
  keys: readonly string[],
  parameters: QueryParameters = {},
): Promise<T[][]> {
  const rows = await db.read(query, { ...parameters, keys });
  const byKey = new Map(rows.map((r) => [r.key as string, r.items as T[]]));
  return keys.map((k) => byKey.get(k) ?? []);
}

/** For queries returning `key, item` (at most one per key); keys without a row get null. */
export async function itemsByKeys<T>(
  db: Database,
  query: NamedQuery,
  keys: readonly string[],
  parameters: QueryParameters = {},
): Promise<(T | null)[]> {
  const rows = await db.read(query, { ...parameters, keys });
  const byKey = new Map(rows.map((r) => [r.key as string, r.item as T]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/**
 * A named query over `UNWIND $keys AS key`, `match` binding `n` per key; returns the ordered list
 * of `projection` per key. `match`, `projection` and `order` are constants of the repositories.
 */
export function relationQuery(name: string, match: string, projection: string, order: string): NamedQuery {
  return {
    name,
    cypher: `UNWIND $keys AS key
      ${match}
      WITH DISTINCT key, n
      ORDER BY ${order}
      RETURN key, collect(${projection}) AS items`,
  };
}

/** A named query over `UNWIND $keys AS key` whose `match` binds `n`; one `projection` per key. */
export function byKeyQuery(name: string, match: string, projection: string): NamedQuery {
  return {
    name,
    cypher: `UNWIND $keys AS key
      ${match}
      RETURN key, ${projection} AS item`,
  };
}
