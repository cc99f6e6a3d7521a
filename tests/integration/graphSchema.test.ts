/**
 * The graph schema against the real Neo4j: the full-text index follows the entity registry, also
 * in a database created with an older definition (which `IF NOT EXISTS` alone would keep).
 * Leaves the index as the registry defines it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { ensureGraphSchema } from '../../src/graph/schema.js';
import { FULLTEXT_INDEX } from '../../src/model/entities.js';
import { connectTestDatabase } from '../kit/database.js';

let db: Database;

beforeAll(() => {
  db = connectTestDatabase();
});

afterAll(async () => {
  await ensureGraphSchema(db);
  await db.close();
});

async function fullTextIndex() {
  const [row] = await db.read(
    {
      name: 'test.fulltext',
      cypher: 'SHOW FULLTEXT INDEXES YIELD id, name, labelsOrTypes, properties WHERE name = $name RETURN *',
    },
    { name: FULLTEXT_INDEX.name },
  );
  return row;
}

describe('graph schema', () => {
  it('recreates a full-text index whose labels differ from the registry', async () => {
    await db.write({ name: 'test.fulltext.drop', cypher: `DROP INDEX ${FULLTEXT_INDEX.name} IF EXISTS` });
    await db.write({
      name: 'test.fulltext.stale',
      cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.name} FOR (n:Company) ON EACH [n.name]`,
    });
    await ensureGraphSchema(db);
    const index = await fullTextIndex();
    expect([...(index?.labelsOrTypes as string[])].sort()).toEqual([...FULLTEXT_INDEX.labels].sort());
    expect([...(index?.properties as string[])].sort()).toEqual([...FULLTEXT_INDEX.properties].sort());
  });

  it('keeps a full-text index that matches the registry', async () => {
    await ensureGraphSchema(db);
    const before = await fullTextIndex();
    await ensureGraphSchema(db);
    const after = await fullTextIndex();
    expect(after?.id).toEqual(before?.id);
  });
});
