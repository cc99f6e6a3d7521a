/**
 * Ingest: the real loader (read + validate + build rows + one write transaction per document, as
 * src/seed/seedGraph.ts does it, but file by file so a million edges never sit in memory at once),
 * and a bare UNWIND+MERGE baseline writing the same nodes and relationships without validation,
 * deletes or provenance bookkeeping, in large batches, into a separate label (:BenchBase).
 */
import type { Database, NamedQuery } from '../src/db/database.js';
import { ensureGraphSchema } from '../src/graph/schema.js';
import { buildGraphRows, type GraphRows } from '../src/seed/graphRows.js';
import { readFactFiles } from '../src/seed/readFactFiles.js';
import { writeGraphRows } from '../src/seed/writeFactFile.js';

/** Nodes + relationships a document's rows write (the "facts" of facts/s). */
export function countWrites(rows: GraphRows): number {
  const entityLists = [
    rows.companies,
    rows.businessLines,
    rows.services,
    rows.dataCenters,
    rows.segments,
    rows.awards,
    rows.awardCategories,
  ];
  let n = 1 + rows.sections.length * 2 + rows.sources.length * 2 + rows.periods.length * 2;
  for (const list of entityLists) for (const e of list) n += 1 + e.provenance.length;
  for (const links of Object.values(rows.links)) n += links.length;
  n += rows.crossSellRates.length * 4 + rows.rankings.length * 3 + rows.rankingEntries.length + rows.winners.length;
  n += rows.facts.length * 4 + rows.amounts.length * 2 + rows.comparisons.length * 3 + rows.explanations.length * 2;
  n += rows.derivations.length + rows.statements.length * 2;
  return n;
}

export interface LoadResult {
  readonly documents: number;
  readonly writes: number;
  readonly ms: number;
  readonly validateMs: number;
  readonly writeMs: number;
  readonly writesPerSecond: number;
}

export async function loadWithRealLoader(
  db: Database,
  files: readonly string[],
  onProgress: (message: string) => void = () => {},
): Promise<LoadResult> {
  await ensureGraphSchema(db);
  const started = performance.now();
  let writes = 0;
  let validateMs = 0;
  let writeMs = 0;
  for (const [i, file] of files.entries()) {
    const t0 = performance.now();
    const { files: loaded } = readFactFiles([file]);
    const rows = buildGraphRows(loaded[0]!.data, loaded[0]!.documentText);
    const t1 = performance.now();
    await writeGraphRows(db, rows);
    const t2 = performance.now();
    validateMs += t1 - t0;
    writeMs += t2 - t1;
    writes += countWrites(rows);
    if (i % 25 === 24 || i === files.length - 1) {
      const s = (performance.now() - started) / 1000;
      onProgress(`load: ${i + 1}/${files.length} documents, ${writes} writes, ${Math.round(writes / s)} writes/s`);
    }
  }
  const ms = performance.now() - started;
  return { documents: files.length, writes, ms, validateMs, writeMs, writesPerSecond: writes / (ms / 1000) };
}

const b = (name: string, cypher: string): NamedQuery => ({ name: `bench.baseline.${name}`, cypher });
const BASE_NODES = b('nodes', `UNWIND $rows AS row MERGE (n:BenchBase {id: row.id}) SET n += row.props`);
function baseRels(type: string): NamedQuery {
  return b(
    `rels.${type}`,
    `UNWIND $rows AS row
     MATCH (a:BenchBase {id: row.from}) MATCH (c:BenchBase {id: row.to})
     MERGE (a)-[r:${type}]->(c) SET r.sourceId = row.sourceId`,
  );
}

/** Flattens a document's rows into bare node and typed relationship rows (same counts). */
function flatten(rows: GraphRows, nodes: unknown[], rels: Map<string, unknown[]>): void {
  const rel = (type: string, from: string, to: string, sourceId: string | null = null) => {
    let list = rels.get(type);
    if (!list) rels.set(type, (list = []));
    list.push({ from, to, sourceId });
  };
  const clean = (p: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(p).filter(([, v]) => (v !== null && typeof v !== 'object') || Array.isArray(v)));
  nodes.push({ id: rows.documentId, props: {} });
  for (const s of rows.sections) {
    nodes.push({ id: s.id, props: clean(s) });
    rel('PART_OF_DOCUMENT', String(s.id), rows.documentId);
  }
  for (const s of rows.sources) {
    nodes.push({ id: s.id, props: { quote: s.quote } });
    rel('IN_SECTION', s.id, s.sectionId);
  }
  for (const list of [
    rows.companies,
    rows.businessLines,
    rows.services,
    rows.dataCenters,
    rows.segments,
    rows.awards,
    rows.awardCategories,
  ]) {
    for (const e of list) {
      nodes.push({ id: e.id, props: clean(e.props) });
      for (const p of e.provenance) rel('SOURCED_FROM', e.id, p.sourceId);
    }
  }
  for (const p of rows.periods) {
    nodes.push({ id: p.id, props: clean(p) });
    rel('PERIOD_OF', String(p.id), String(p.company));
  }
  for (const [type, links] of Object.entries(rows.links)) for (const l of links) rel(type, l.from, l.to, l.sourceId);
  for (const r of rows.rankings) {
    nodes.push({ id: r.id, props: {} });
    rel('RANKING_OF', String(r.id), r.award);
    if (r.category) rel('IN_CATEGORY', String(r.id), r.category);
  }
  for (const l of rows.rankingEntries) rel('LISTS', l.from, l.to, l.sourceId);
  for (const l of rows.winners) rel('WON', l.from, l.to, l.sourceId);
  for (const f of rows.facts) {
    nodes.push({ id: f.id, props: { metric: f.metric, basis: f.basis } });
    rel('OF_COMPANY', String(f.id), f.company);
    rel('FOR_PERIOD', String(f.id), f.period);
  }
  for (const r of rows.reports) {
    nodes.push({ id: r.id, props: {} });
    rel('REPORTS', String(r.id), r.fact);
    rel('SOURCED_FROM', String(r.id), String(r.sourceId));
  }
  for (const a of rows.amounts) {
    nodes.push({ id: a.id, props: clean(a) });
    rel('HAS_AMOUNT', a.report, String(a.id));
  }
}

/**
 * The baseline: the same documents' nodes and relationships by bare UNWIND+MERGE, batches of
 * `batch` rows per transaction, no validation beyond what building rows needs (rows are built
 * before the clock starts). Writes into :BenchBase and deletes it afterwards.
 */
export async function loadBaseline(
  db: Database,
  files: readonly string[],
  onProgress: (message: string) => void = () => {},
  batch = 10_000,
): Promise<LoadResult> {
  await db.write({
    name: 'bench.baseline.constraint',
    cypher: 'CREATE CONSTRAINT benchbase_id IF NOT EXISTS FOR (n:BenchBase) REQUIRE n.id IS UNIQUE',
  });
  await db.write({ name: 'bench.baseline.await', cypher: 'CALL db.awaitIndexes(300)' });
  let writes = 0;
  let ms = 0;
  // Rows are prepared per group of documents (outside the clock), then written (inside the clock).
  const group = 50;
  for (let g = 0; g < files.length; g += group) {
    const nodes: unknown[] = [];
    const rels = new Map<string, unknown[]>();
    for (const file of files.slice(g, g + group)) {
      const { files: loaded } = readFactFiles([file]);
      flatten(buildGraphRows(loaded[0]!.data, loaded[0]!.documentText), nodes, rels);
    }
    const started = performance.now();
    for (let i = 0; i < nodes.length; i += batch) {
      await db.write(BASE_NODES, { rows: nodes.slice(i, i + batch) });
    }
    for (const [type, list] of rels) {
      for (let i = 0; i < list.length; i += batch) await db.write(baseRels(type), { rows: list.slice(i, i + batch) });
    }
    ms += performance.now() - started;
    writes += nodes.length + [...rels.values()].reduce((n, l) => n + l.length, 0);
    onProgress(
      `baseline: ${Math.min(g + group, files.length)}/${files.length} documents, ${Math.round(writes / (ms / 1000))} writes/s`,
    );
  }
  await deleteAll(db, 'BenchBase');
  await db.write({ name: 'bench.baseline.drop', cypher: 'DROP CONSTRAINT benchbase_id IF EXISTS' });
  return { documents: files.length, writes, ms, validateMs: 0, writeMs: ms, writesPerSecond: writes / (ms / 1000) };
}

/** Deletes every node (of `label`, or all), 10,000 per transaction. */
export async function deleteAll(db: Database, label?: string): Promise<void> {
  const match = label ? `MATCH (n:${label})` : 'MATCH (n)';
  // Relationships first, in bounded batches: DETACH DELETE of 10,000 nodes at once would also delete
  // every relationship of a hub (an offering with 100,000 subscribers) in one transaction, beyond
  // Neo4j's transaction memory limit at the large size.
  const batches = [
    {
      name: 'bench.deleteRelationships',
      cypher: `${match}-[r]-() WITH DISTINCT r LIMIT 50000 DELETE r RETURN count(*) AS n`,
    },
    { name: 'bench.deleteNodes', cypher: `${match} WITH n LIMIT 10000 DELETE n RETURN count(*) AS n` },
  ];
  for (const batch of batches) {
    for (;;) {
      const [row] = await db.write(batch, {});
      if (Number(row?.n ?? 0) === 0) break;
    }
  }
}
