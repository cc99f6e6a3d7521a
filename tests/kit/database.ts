/** Test kit: the test database, its reset, and a canonical dump for comparing whole graphs. */
import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';

export function connectTestDatabase(queryTimeoutMs = 30_000): Database {
  const neo4j = inject('neo4j');
  return Database.connect(
    { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database },
    { queryTimeoutMs },
  );
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function resetDatabase(db: Database): Promise<void> {
  await db.write({ name: 'test.reset', cypher: 'MATCH (n) DETACH DELETE n' });
}

/**
 * A canonical, order-independent text dump of the whole graph: every node (labels + properties)
 * and every relationship (type + properties + its ends' ids). Equal dumps mean equal graphs.
 */
export async function canonicalDump(db: Database): Promise<string> {
  const nodeRows = await db.read({
    name: 'test.dump.nodes',
    cypher: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  });
  const relRows = await db.read({
    name: 'test.dump.relationships',
    cypher: `MATCH (a)-[r]->(b)
      RETURN type(r) AS type, properties(r) AS props,
             coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to`,
  });
  const lines = [
    ...nodeRows.map((r) => `N ${JSON.stringify([...(r.labels as string[])].sort())} ${stableJson(r.props)}`),
    ...relRows.map((r) => `R ${String(r.from)} -${String(r.type)}-> ${String(r.to)} ${stableJson(r.props)}`),
  ];
  return lines.sort().join('\n');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
