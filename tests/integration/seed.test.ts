/**
 * The seed loader against the real Neo4j: what it writes, that re-running converges, and that a
 * broken fact file writes nothing. Runs serially with the other integration files (it resets the DB).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { FactFileValidationError } from '../../src/seed/errors.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { collapseWhitespace } from '../../src/seed/text.js';
import { canonicalDump, connectTestDatabase, resetDatabase } from '../kit/database.js';
import { IIJ_DOCUMENT, IIJ_FACT_FILE, readIijFactFile, writeTempFactFile } from '../kit/factFiles.js';
import { syntheticCompanies } from '../kit/syntheticFacts.js';

let db: Database;

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  await seedGraph(db, [IIJ_FACT_FILE]);
});

afterAll(async () => {
  await db.close();
});

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db.read({ name: 'test.count', cypher }, params);
  return Number(row?.n);
}

describe('seed loader', () => {
  it('writes the IIJ company with its aliases and fiscal calendar', async () => {
    const [row] = await db.read({
      name: 'test.iij',
      cypher:
        'MATCH (c:Company {id: "iij"}) RETURN c.name AS name, c.aliases AS aliases, c.fiscalYearEnd AS fye, c.country AS country',
    });
    expect(row).toMatchObject({ name: 'Internet Initiative Japan Inc.', fye: '03-31', country: 'JP' });
    expect(row!.aliases).toEqual(expect.arrayContaining(['11J', 'I1J', '113']));
  });

  it('writes 3Q02 revenue as JPY 10.6 billion and USD 89.0 million with the quote it comes from', async () => {
    const rows = await db.read({
      name: 'test.revenue',
      cypher: `MATCH (f:FinancialFact {id: 'iij/revenue/fy2002-q3'})<-[:REPORTS]-(r:FactReport)-[:HAS_AMOUNT]->(a:Amount)
               MATCH (r)-[:SOURCED_FROM]->(s:Source)
               MATCH (f)-[:FOR_PERIOD]->(p:Period)
               RETURN a.unit AS unit, a.value AS value, a.scale AS scale, a.baseValue AS base, s.quote AS quote,
                      p.startDate AS start, p.endDate AS end, f.basis AS basis ORDER BY unit`,
    });
    expect(rows).toEqual([
      expect.objectContaining({
        unit: 'JPY',
        value: 10.6,
        scale: 'billion',
        base: 10.6e9,
        basis: 'actual',
        start: '2002-10-01',
        end: '2002-12-31',
      }),
      expect.objectContaining({ unit: 'USD', value: 89, scale: 'million', base: 89e6 }),
    ]);
    expect(rows[0]!.quote).toContain('Total revenues totaled JPY10.6 billion($89.0 million)');
  });

  it('cites, for every Source in the graph, a quote that occurs verbatim in the seed document', async () => {
    const text = collapseWhitespace(readFileSync(IIJ_DOCUMENT, 'utf8'));
    const rows = await db.read({ name: 'test.quotes', cypher: 'MATCH (s:Source) RETURN s.quote AS quote' });
    expect(rows.length).toBeGreaterThan(50);
    const missing = rows.map((r) => String(r.quote)).filter((q) => !text.includes(collapseWhitespace(q)));
    expect(missing).toEqual([]);
  });

  it('gives every fact node and every asserted relationship a source', async () => {
    expect(await count('MATCH (f:FinancialFact) RETURN count(f) AS n')).toBeGreaterThan(10);
    expect(await count('MATCH (f:FinancialFact) WHERE NOT (f)<-[:REPORTS]-(:FactReport) RETURN count(f) AS n')).toBe(0);
    expect(await count('MATCH (r:FactReport) WHERE NOT (r)-[:SOURCED_FROM]->(:Source) RETURN count(r) AS n')).toBe(0);
    expect(await count('MATCH (e:Entity) WHERE NOT (e)-[:SOURCED_FROM]->(:Source) RETURN count(e) AS n')).toBe(0);
    for (const label of ['Statement', 'Comparison', 'Explanation', 'CrossSellRate', 'Ranking']) {
      expect(
        await count(
          `MATCH (n:${label}) OPTIONAL MATCH (s:Source {id: n.sourceId}) WITH n, s WHERE s IS NULL RETURN count(n) AS n`,
        ),
        label,
      ).toBe(0);
    }
    const unsourced = await count(
      `MATCH ()-[r:LINE_OF|OFFERED_BY|IN_LINE|OPERATED_BY|SEGMENT_OF|CUSTOMER_OF|COMPETES_WITH|INVESTS_IN|LISTS|WON]->()
       OPTIONAL MATCH (s:Source {id: r.sourceId}) WITH r, s WHERE s IS NULL RETURN count(r) AS n`,
    );
    expect(unsourced).toBe(0);
  });

  it('converges: loading twice yields the identical graph', async () => {
    const before = await canonicalDump(db);
    const report = await seedGraph(db, [IIJ_FACT_FILE]);
    const after = await canonicalDump(db);
    expect(after).toBe(before);
    expect(report.documents[0]!.entities.Company).toEqual({ total: 15, created: 0 });
  });

  it('writes nothing when any fact file is broken, even if the others are valid', async () => {
    const before = await canonicalDump(db);
    const broken = readIijFactFile();
    broken.document.id = 'another-document';
    broken.facts[0].company = 'no-such-company';
    const brokenFile = writeTempFactFile(broken, 'broken.yaml');
    await expect(seedGraph(db, [IIJ_FACT_FILE, brokenFile])).rejects.toBeInstanceOf(FactFileValidationError);
    expect(await canonicalDump(db)).toBe(before);
  });

  it('replaces what a document said when its file changes (a removed fact disappears)', async () => {
    const edited = readIijFactFile();
    edited.facts = edited.facts.filter((f: { id: string }) => f.id !== 'iij/adjusted-ebitda/fy2002-q3');
    const file = writeTempFactFile(edited, 'edited.yaml');
    await seedGraph(db, [file]);
    expect(await count("MATCH (f:FinancialFact {id: 'iij/adjusted-ebitda/fy2002-q3'}) RETURN count(f) AS n")).toBe(0);
    await seedGraph(db, [IIJ_FACT_FILE]);
    expect(await count("MATCH (f:FinancialFact {id: 'iij/adjusted-ebitda/fy2002-q3'}) RETURN count(f) AS n")).toBe(1);
  });

  it('adds a second report to the same fact when another document states the same figure, and says it confirms it', async () => {
    await seedGraph(db, [syntheticCompanies(1, 'synthetic-a').factFile]);
    const report = await seedGraph(db, [syntheticCompanies(1, 'synthetic-b').factFile]);
    expect(await count("MATCH (f:FinancialFact {id: 'co-00000/revenue/fy2002-q3'}) RETURN count(f) AS n")).toBe(1);
    expect(
      await count(
        "MATCH (:FinancialFact {id: 'co-00000/revenue/fy2002-q3'})<-[:REPORTS]-(r:FactReport) RETURN count(r) AS n",
      ),
    ).toBe(2);
    expect(report.documents[0]!.news).toContainEqual(
      expect.objectContaining({ fact: 'co-00000/revenue/fy2002-q3', kind: 'confirms' }),
    );
  });
});
