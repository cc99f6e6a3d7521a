/** Questions about the graph as a whole. */
import type { Database } from '../db/database.js';

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read({ name: 'graph.isEmpty', cypher: 'MATCH (d:Document) RETURN count(d) = 0 AS empty' });
  return row?.empty === true;
}
