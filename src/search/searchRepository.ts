/** Full-text search over entity names and aliases (the `entityNames` index). */
import type { Database, NamedQuery } from '../db/database.js';
import { FULLTEXT_INDEX, searchableTypeOfLabels, type SearchableType } from '../model/entities.js';
import { toLuceneQuery } from '../model/fullTextQuery.js';

export { toLuceneQuery };

export type { SearchableType };

export interface SearchHitRecord {
  nodeType: SearchableType;
  key: string;
  score: number;
  matchedOn: 'name' | 'shortName' | 'alias';
}

/** A hit's type is read from its labels through the registry (src/model/entities.ts), in code. */
const SEARCH: NamedQuery = {
  name: 'search.entities',
  cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.name}', $query, { limit: toInteger($limit) }) YIELD node, score
    RETURN node.id AS key, score, node.name AS name, node.shortName AS shortName, coalesce(node.aliases, []) AS aliases,
      labels(node) AS labels`,
};

function matchedOn(
  text: string,
  row: { name: string; shortName: string | null; aliases: string[] },
): SearchHitRecord['matchedOn'] {
  const t = text.trim().toLowerCase();
  if (row.name.toLowerCase().includes(t)) return 'name';
  if (row.shortName?.toLowerCase().includes(t)) return 'shortName';
  if (row.aliases.some((a) => a.toLowerCase().includes(t))) return 'alias';
  return 'name';
}

export async function searchEntities(db: Database, text: string, limit: number): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  // Ask the index for more than `limit`: exact matches are moved first below, and one the index
  // scores low (a short alias beside a longer name containing it) must not be cut before that.
  const rows = await db.read(SEARCH, { query, limit: Math.max(limit * 5, 50) });
  const wanted = text.trim().toLowerCase();
  const isExact = (r: Record<string, unknown>): boolean =>
    [r.name, r.shortName, ...(r.aliases as string[])].some((n) => typeof n === 'string' && n.toLowerCase() === wanted);
  // An exact name or alias ("11J" is an alias of IIJ) outranks a longer name that merely contains it.
  const ordered = [...rows].sort(
    (a, b) => Number(isExact(b)) - Number(isExact(a)) || Number(b.score) - Number(a.score),
  );
  return ordered
    .map((r) => ({ row: r, nodeType: searchableTypeOfLabels(r.labels as string[]) }))
    .filter((hit): hit is { row: (typeof rows)[number]; nodeType: SearchableType } => hit.nodeType !== undefined)
    .slice(0, limit)
    .map(({ row: r, nodeType }) => ({
      nodeType,
      key: String(r.key),
      score: Number(r.score),
      matchedOn: matchedOn(text, {
        name: String(r.name),
        shortName: (r.shortName as string | null) ?? null,
        aliases: r.aliases as string[],
      }),
    }));
}
