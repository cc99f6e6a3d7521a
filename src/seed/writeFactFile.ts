/**
 * Writes one validated fact file into Neo4j in a single transaction: it either lands whole or not
 * at all. Re-running converges: shared entities are MERGEd on their ids, and what the document owns
 * (its sections, sources, facts, rankings, statements, asserted relationships) is replaced.
 *
 * Every statement is static Cypher fed by UNWIND parameters; the only text that varies is a label
 * or relationship type taken from the entity registry (src/model/entities.ts) or the allow-lists in
 * src/graph/schema.ts, never from input.
 */
import type { Database, NamedQuery, WriteGuard, WriteTransaction } from '../db/database.js';
import { ASSERTED_RELATIONSHIP_TYPES, DOCUMENT_OWNED_LABELS } from '../graph/schema.js';
import { SEEDED_ENTITY_TYPES, SHARED_ENTITY_LABELS, type SeededEntityType } from '../model/entities.js';
import { DocumentConflictError, DocumentRemovalError, type CuratedSourceProblem, type KeyClash } from './errors.js';
import type { EntityRow, GraphRows, LinkRow } from './graphRows.js';
import { collapseWhitespace, QuoteIndex } from './text.js';
import { reorderReports } from '../graph/factReports.js';
import { CURATION_OWNER } from '../graph/owners.js';
import { describeReports, type ReportNews, type ReportedFact } from './reportNews.js';

const q = (name: string, cypher: string): NamedQuery => ({ name: `seed.${name}`, cypher });

/**
 * What the document asserted and owns, deleted in one statement (one round trip instead of one per
 * type and label): first its asserted relationships, then its owned nodes, each by its index.
 */
const DELETE_DOCUMENT = q(
  'delete',
  [
    ...ASSERTED_RELATIONSHIP_TYPES.map(
      (type) => `CALL () { MATCH ()-[r:${type} {documentId: $documentId}]->() DELETE r }`,
    ),
    ...DOCUMENT_OWNED_LABELS.map((label) => `CALL () { MATCH (n:${label} {documentId: $documentId}) DETACH DELETE n }`),
    // Facts of a graph written before facts had reports, if any are left (src/graph/factReports.ts).
    `CALL () { MATCH (n:FinancialFact {documentId: $documentId}) DETACH DELETE n }`,
  ].join('\n'),
);

/** The facts this document reported when it was last loaded: their reports go, and they are reordered. */
const REPORTED_BEFORE = q(
  'reportedBefore',
  `MATCH (r:FactReport {documentId: $documentId})-[:REPORTS]->(f:FinancialFact) RETURN collect(DISTINCT f.id) AS keys`,
);

const MERGE_DOCUMENT = q('document', `MERGE (d:Document {id: $document.id}) SET d = $document`);

const MERGE_SECTIONS = q(
  'sections',
  `MATCH (d:Document {id: $documentId})
   UNWIND $rows AS row
   MERGE (s:Section {id: row.id})
   SET s = row
   MERGE (s)-[:PART_OF_DOCUMENT]->(d)`,
);

const DELETE_STALE_SECTIONS = q(
  'sections.stale',
  `MATCH (s:Section {documentId: $documentId}) WHERE NOT s.id IN $ids DETACH DELETE s`,
);

const CREATE_SOURCES = q(
  'sources',
  `UNWIND $rows AS row
   MATCH (s:Section {id: row.sectionId})
   CREATE (src:Source {id: row.id, documentId: row.documentId, quote: row.quote, note: row.note})
   CREATE (src)-[:IN_SECTION]->(s)`,
);

/** Entities: MERGE on id (with every label the registry gives the kind), count what is new, and link each property group to its source. */
function mergeEntities(entity: SeededEntityType): NamedQuery {
  const label = entity.labels[0];
  return q(
    `merge.${label}`,
    `UNWIND $rows AS row
     OPTIONAL MATCH (existing:${label} {id: row.id})
     WITH row, existing IS NULL AS isNew
     MERGE (n:${entity.labels.join(':')} {id: row.id})
     SET n += row.props
     WITH n, row, isNew
     CALL (n, row) {
       UNWIND row.provenance AS p
       MATCH (src:Source {id: p.sourceId})
       CREATE (n)-[:SOURCED_FROM {documentId: $documentId, fields: p.fields}]->(src)
     }
     RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, count(*) AS total`,
  );
}

/** The fact file's entity row groups, in the registry's order (the report lists kinds so). */
const ENTITY_STATEMENTS = SEEDED_ENTITY_TYPES.map((entity) => ({
  entity,
  statement: mergeEntities(entity),
}));

/** A registered row group that is not a list of entity rows in GraphRows fails to compile here. */
const entityRows = (rows: GraphRows, entity: SeededEntityType): readonly EntityRow[] => rows[entity.seedRows];

/**
 * Asserted relationships between entities (by the :Entity id index), one per asserting document:
 * every type in one statement (one round trip), each type UNWINDing its own list `$links.<TYPE>`.
 */
const LINK_TYPES = ASSERTED_RELATIONSHIP_TYPES.filter((t) => t !== 'SOURCED_FROM' && t !== 'WON');
const MERGE_LINKS = q(
  'links',
  LINK_TYPES.map(
    (type) => `CALL () {
       UNWIND coalesce($links.${type}, []) AS row
       MATCH (a:Entity {id: row.from})
       MATCH (b:Entity {id: row.to})
       MERGE (a)-[r:${type} {documentId: $documentId}]->(b)
       SET r.sourceId = row.sourceId, r += coalesce(row.props, {})
     }`,
  ).join('\n'),
);

const MERGE_PERIODS = q(
  'periods',
  `UNWIND $rows AS row
   MERGE (p:Period {id: row.id})
   SET p = row
   WITH p, row
   MATCH (c:Company {id: row.company})
   MERGE (p)-[:PERIOD_OF]->(c)`,
);

const CREATE_CROSS_SELL_RATES = q(
  'crossSellRates',
  `UNWIND $rows AS row
   MATCH (seg:Segment {id: row.segment})
   MATCH (a:Offering {id: row.offeringA})
   MATCH (b:Offering {id: row.offeringB})
   CREATE (r:CrossSellRate)
   SET r = row { .*, segment: null, offeringA: null, offeringB: null }
   CREATE (r)-[:FOR_SEGMENT]->(seg)
   CREATE (r)-[:OFFERING_A]->(a)
   CREATE (r)-[:OFFERING_B]->(b)`,
);

const CREATE_RANKINGS = q(
  'rankings',
  `UNWIND $rows AS row
   MATCH (a:Award {id: row.award})
   CREATE (r:Ranking)
   SET r = row { .*, award: null, category: null }
   CREATE (r)-[:RANKING_OF]->(a)
   WITH r, row
   MATCH (c:AwardCategory {id: row.category})
   CREATE (r)-[:IN_CATEGORY]->(c)`,
);

const CREATE_RANKING_ENTRIES = q(
  'rankingEntries',
  `UNWIND $rows AS row
   MATCH (r:Ranking {id: row.from})
   MATCH (c:Company {id: row.to})
   CREATE (r)-[e:LISTS {documentId: $documentId, sourceId: row.sourceId}]->(c)
   SET e += row.props`,
);

const MERGE_WINNERS = q(
  'winners',
  `UNWIND $rows AS row
   MATCH (c:Company {id: row.from})
   MATCH (a:Entity {id: row.to})
   MERGE (c)-[w:WON {documentId: $documentId}]->(a)
   SET w.sourceId = row.sourceId`,
);

/** A fact is shared by every document reporting it: MERGEd on its identity key, its links once. */
const MERGE_FACTS = q(
  'facts',
  `UNWIND $rows AS row
   MATCH (c:Company {id: row.company})
   MATCH (p:Period {id: row.period})
   MERGE (f:FinancialFact {id: row.id})
   SET f.metric = row.metric, f.basis = row.basis, f.rankKey = row.rankKey
   MERGE (f)-[:OF_COMPANY]->(c)
   MERGE (f)-[:FOR_PERIOD]->(p)
   WITH f, row
   MATCH (o:Offering {id: row.offering})
   MERGE (f)-[:ABOUT_OFFERING]->(o)`,
);

/** What this document says of each fact; dated by the document (src/seed/documentTime.ts). */
const CREATE_REPORTS = q(
  'reports',
  `MATCH (d:Document {id: $documentId})
   UNWIND $rows AS row
   MATCH (f:FinancialFact {id: row.fact})
   MATCH (src:Source {id: row.sourceId})
   CREATE (r:FactReport)
   SET r = row { .*, fact: null }, r.knownFrom = d.knownFrom, r.orderedBy = d.orderedBy
   CREATE (r)-[:REPORTS]->(f)
   CREATE (r)-[:SOURCED_FROM {documentId: $documentId, fields: ['*']}]->(src)`,
);

const CREATE_AMOUNTS = q(
  'amounts',
  `UNWIND $rows AS row
   MATCH (r:FactReport {id: row.report})
   CREATE (a:Amount)
   SET a = row { .*, report: null }
   CREATE (r)-[:HAS_AMOUNT]->(a)`,
);

const CREATE_COMPARISONS = q(
  'comparisons',
  `UNWIND $rows AS row
   MATCH (r:FactReport {id: row.report})
   MATCH (p:Period {id: row.basePeriod})
   CREATE (c:Comparison)
   SET c = row { .*, report: null, basePeriod: null }
   CREATE (c)-[:COMPARES]->(r)
   CREATE (c)-[:BASE_PERIOD]->(p)`,
);

const CREATE_EXPLANATIONS = q(
  'explanations',
  `UNWIND $rows AS row
   MATCH (r:FactReport {id: row.report})
   CREATE (x:Explanation)
   SET x = row { .*, report: null }
   CREATE (x)-[:EXPLAINS]->(r)`,
);

const CREATE_DERIVATIONS = q(
  'derivations',
  `UNWIND $rows AS row
   MATCH (r:FactReport {id: row.from})
   MATCH (g:FinancialFact {id: row.to})
   CREATE (r)-[:DERIVED_FROM]->(g)`,
);

/** Every report of the facts this document reports, in order, for the load report (src/seed/reportNews.ts). */
const REPORTS_OF_FACTS = q(
  'reportsOfFacts',
  `UNWIND $keys AS key
   MATCH (f:FinancialFact {id: key})-[:FOR_PERIOD]->(p:Period)
   RETURN f.id AS key, f.metric AS metric, f.basis AS basis, p.label AS period,
     [(f)-[:ABOUT_OFFERING]->(o) | o.id][0] AS offering,
     COLLECT {
       MATCH (f)<-[:REPORTS]-(r:FactReport)
       RETURN r { .documentId, .sequence, .knownFrom,
         amounts: COLLECT { MATCH (r)-[:HAS_AMOUNT]->(a) WITH a ORDER BY a.position RETURN a { .unit, .scale, .value, .low, .high, .bound } } }
       ORDER BY r.sequence
     } AS reports`,
);

const CREATE_STATEMENTS = q(
  'statements',
  `UNWIND $rows AS row
   MATCH (c:Company {id: row.company})
   CREATE (s:Statement)
   SET s = row { .*, company: null, period: null, about: null }
   CREATE (s)-[:BY_COMPANY]->(c)
   WITH s, row
   CALL (s, row) {
     MATCH (p:Period {id: row.period})
     CREATE (s)-[:FOR_PERIOD]->(p)
   }
   CALL (s, row) {
     UNWIND row.about AS aboutId
     OPTIONAL MATCH (e:Entity {id: aboutId})
     OPTIONAL MATCH (f:FinancialFact {id: aboutId})
     WITH s, coalesce(e, f) AS target
     WHERE target IS NOT NULL
     CREATE (s)-[:ABOUT]->(target)
   }`,
);

/** Document-owned labels whose ids come from the file (the others are derived from them, with `#`). */
const FILE_KEYED_OWNED = {
  Statement: 'statements',
  CrossSellRate: 'crossSellRates',
  Ranking: 'rankings',
} as const satisfies Record<string, keyof GraphRows>;

const ownedClashes = (label: keyof typeof FILE_KEYED_OWNED) => `CALL () {
     UNWIND $owned.${label} AS id
     MATCH (n:${label} {id: id})
     WHERE n.documentId <> $documentId
     RETURN collect({ key: id, kind: '${label}', holder: '${label}', owners: [n.documentId] }) AS ${label.toLowerCase()}Clashes
   }`;

/**
 * What this document would collide with or break, in one statement (run after the document's own
 * nodes are deleted and its Document node is locked, see writeGraphRows):
 * - ids of the file the graph holds as another node: a document-owned id of another owner (a
 *   curated fact, another document's), an entity id held by an entity of another kind, an entity id
 *   that is a curated fact's key — the unique constraints would fail on the first two, and the API
 *   gives a key to one node only;
 * - the curated sources citing this document's sections, with what cites them, so their section and
 *   quote are checked against the new version (uncited ones are leftovers and do not block a load).
 */
const PREFLIGHT = q(
  'preflight',
  `${(Object.keys(FILE_KEYED_OWNED) as (keyof typeof FILE_KEYED_OWNED)[]).map(ownedClashes).join('\n')}
   CALL () {
     UNWIND $entities AS e
     MATCH (n:Entity {id: e.id})
     WHERE NOT e.label IN labels(n)
     RETURN collect({ key: e.id, kind: e.label, holder: [l IN labels(n) WHERE l IN $entityLabels][0],
       owners: COLLECT { MATCH (n)-[r:SOURCED_FROM]->() RETURN DISTINCT r.documentId } }) AS entityClashes
   }
   CALL () {
     UNWIND $factKeys AS key
     MATCH (n:FinancialFact {id: key})
     WHERE n.documentId = '${CURATION_OWNER}'
     RETURN collect({ key: key, kind: 'FinancialFact', holder: 'FinancialFact', owners: ['${CURATION_OWNER}'] }) AS curatedKeyClashes
   }
   CALL () {
     UNWIND $entities AS e
     MATCH (n:FinancialFact {id: e.id})
     RETURN collect({ key: e.id, kind: e.label, holder: 'FinancialFact', owners: ['${CURATION_OWNER}'] }) AS curatedFactClashes
   }
   CALL () {
     MATCH (sec:Section {documentId: $documentId})<-[:IN_SECTION]-(s:Source)
     WHERE s.documentId = '${CURATION_OWNER}'
     WITH sec, s, COLLECT {
       MATCH (x)-[:SOURCED_FROM]->(s)
       RETURN CASE WHEN x:FactReport THEN 'fact ' + [(x)-[:REPORTS]->(fact) | fact.id][0] ELSE 'company ' + x.id END
     } AS citedBy
     WHERE size(citedBy) > 0
     RETURN collect({ sourceId: s.id, section: sec.key, quote: s.quote, citedBy: citedBy }) AS curatedSources
   }
   RETURN ${Object.keys(FILE_KEYED_OWNED)
     .map((label) => `${label.toLowerCase()}Clashes`)
     .join(' + ')} + entityClashes + curatedFactClashes + curatedKeyClashes AS clashes, curatedSources`,
);

/**
 * Refuses the document (throwing inside its transaction, so nothing is written) if it collides
 * with a key held elsewhere or drops a section or quote that curated sources cite.
 */
async function checkAgainstCuratedData(tx: WriteTransaction, rows: GraphRows, file: string): Promise<void> {
  const { documentId } = rows;
  const [row] = await tx.run(PREFLIGHT, {
    documentId,
    owned: Object.fromEntries(
      Object.entries(FILE_KEYED_OWNED).map(([label, key]) => [
        label,
        (rows[key] as readonly Record<string, unknown>[]).map((r) => r.id),
      ]),
    ),
    entities: SEEDED_ENTITY_TYPES.flatMap((entity) =>
      entityRows(rows, entity).map((row) => ({ id: row.id, label: entity.labels[0] })),
    ),
    entityLabels: SHARED_ENTITY_LABELS,
    factKeys: rows.facts.map((f) => f.id),
  });
  const clashes = (row?.clashes as KeyClash[] | undefined) ?? [];
  const cited = (row?.curatedSources as Omit<CuratedSourceProblem, 'problem'>[] | undefined) ?? [];
  const sections = new Set(rows.sections.map((s) => s.key));
  // Built only when curated sources cite the document: most loads have none to check.
  const quotes = cited.length > 0 ? new QuoteIndex(collapseWhitespace(String(rows.document.text ?? ''))) : undefined;
  const curatedSources: CuratedSourceProblem[] = [];
  for (const source of cited) {
    if (!sections.has(source.section)) curatedSources.push({ ...source, problem: 'section-removed' });
    else if (!quotes?.contains(source.quote)) curatedSources.push({ ...source, problem: 'quote-missing' });
  }
  if (clashes.length > 0 || curatedSources.length > 0) {
    throw new DocumentConflictError({ documentId, file, clashes, curatedSources });
  }
}

export interface WriteReport {
  readonly documentId: string;
  /** label → { total written, of which new } for shared entities */
  readonly entities: Record<string, { total: number; created: number }>;
  /** label → count, for what the document owns (replaced on every load) */
  readonly owned: Record<string, number>;
  readonly relationships: number;
  /** What each fact report adds to the graph: a new fact, a confirmation, a restatement, a revision. */
  readonly news: readonly ReportNews[];
}

async function unwind(tx: WriteTransaction, query: NamedQuery, rows: readonly unknown[], documentId: string) {
  if (rows.length === 0) return [];
  return tx.run(query, { rows, documentId });
}

/** `file` names the fact file in errors (default: the document id). */
/**
 * A document's load replaces what it owns and MERGEs the rest, so running it twice is running it
 * once: a commit of unknown outcome (the connection dropped while committing) may be sent again.
 */
const REPLAYABLE: WriteGuard = { idempotent: true, around: (_tx, work) => work() };

export async function writeGraphRows(db: Database, rows: GraphRows, file = rows.documentId): Promise<WriteReport> {
  return db.withWriteGuard(REPLAYABLE).writeTransaction(
    `seed.document:${rows.documentId}`,
    async (tx) => {
      const { documentId } = rows;
      // Writing the Document first locks it before anything else: curated writes lock it too before
      // they check a quote against its text (src/curation/), so the check below sees every curated
      // source that cites it, and both take their locks in the same order (document, then nodes).
      await tx.run(MERGE_DOCUMENT, { document: rows.document });
      const [before] = await tx.run(REPORTED_BEFORE, { documentId });
      await tx.run(DELETE_DOCUMENT, { documentId });
      await checkAgainstCuratedData(tx, rows, file);
      await unwind(tx, MERGE_SECTIONS, rows.sections, documentId);
      await tx.run(DELETE_STALE_SECTIONS, { documentId, ids: rows.sections.map((section) => section.id) });
      await unwind(tx, CREATE_SOURCES, rows.sources, documentId);

      const entities: WriteReport['entities'] = {};
      for (const { entity, statement } of ENTITY_STATEMENTS) {
        const [result] = await unwind(tx, statement, entityRows(rows, entity), documentId);
        entities[statement.name.replace('seed.merge.', '')] = {
          total: Number(result?.total ?? 0),
          created: Number(result?.created ?? 0),
        };
      }
      await unwind(tx, MERGE_PERIODS, rows.periods, documentId);
      let relationships = 0;
      for (const [type, linkRows] of Object.entries(rows.links)) {
        if (!(LINK_TYPES as readonly string[]).includes(type))
          throw new Error(`no statement for relationship type ${type}`);
        relationships += (linkRows as LinkRow[]).length;
      }
      if (relationships > 0) await tx.run(MERGE_LINKS, { links: rows.links, documentId });
      await unwind(tx, CREATE_CROSS_SELL_RATES, rows.crossSellRates, documentId);
      await unwind(tx, CREATE_RANKINGS, rows.rankings, documentId);
      await unwind(tx, CREATE_RANKING_ENTRIES, rows.rankingEntries, documentId);
      await unwind(tx, MERGE_WINNERS, rows.winners, documentId);
      await unwind(tx, MERGE_FACTS, rows.facts, documentId);
      await unwind(tx, CREATE_REPORTS, rows.reports, documentId);
      await unwind(tx, CREATE_AMOUNTS, rows.amounts, documentId);
      await unwind(tx, CREATE_COMPARISONS, rows.comparisons, documentId);
      await unwind(tx, CREATE_EXPLANATIONS, rows.explanations, documentId);
      await unwind(tx, CREATE_DERIVATIONS, rows.derivations, documentId);
      await unwind(tx, CREATE_STATEMENTS, rows.statements, documentId);
      const factKeys = rows.facts.map((f) => String(f.id));
      await reorderReports(tx, [...new Set([...((before?.keys as string[] | undefined) ?? []), ...factKeys])]);
      const reported = factKeys.length === 0 ? [] : await tx.run(REPORTS_OF_FACTS, { keys: factKeys });
      const news = describeReports(documentId, reported as unknown as ReportedFact[]);
      relationships += rows.rankingEntries.length + rows.winners.length + rows.derivations.length;
      return {
        documentId,
        entities,
        owned: {
          Section: rows.sections.length,
          Source: rows.sources.length,
          FactReport: rows.reports.length,
          Amount: rows.amounts.length,
          Comparison: rows.comparisons.length,
          Explanation: rows.explanations.length,
          CrossSellRate: rows.crossSellRates.length,
          Ranking: rows.rankings.length,
          Statement: rows.statements.length,
        },
        relationships,
        news,
      };
    },
    120_000,
  );
}

const DOCUMENT_STATE = q(
  'remove.state',
  `OPTIONAL MATCH (d:Document {id: $documentId})
   SET d._removalLock = true
   REMOVE d._removalLock
   RETURN d IS NOT NULL AS exists, COLLECT {
     MATCH (:Section {documentId: $documentId})<-[:IN_SECTION]-(s:Source {documentId: '${CURATION_OWNER}'})<-[:SOURCED_FROM]-(x)
     RETURN DISTINCT CASE WHEN x:FactReport THEN 'fact ' + [(x)-[:REPORTS]->(fact) | fact.id][0] ELSE 'company ' + x.id END
   } AS citedBy`,
);

/**
 * What removing the document leaves behind, deleted with it: its sections and the Document, shared
 * entities no document or curation cites any more (every fact file declares what it references, so
 * an entity without a source is referenced by nobody), and periods nothing points to.
 */
const DELETE_DOCUMENT_NODE = q(
  'remove.document',
  `CALL () { MATCH (s:Section {documentId: $documentId}) DETACH DELETE s }
   CALL () { MATCH (d:Document {id: $documentId}) DETACH DELETE d }
   CALL () {
     UNWIND $entityIds AS id
     MATCH (e:Entity {id: id})
     WHERE NOT EXISTS { (e)-[:SOURCED_FROM]->() }
     DETACH DELETE e
     RETURN count(*) AS entities
   }
   CALL () {
     MATCH (p:Period) WHERE NOT EXISTS { (p)<-[:FOR_PERIOD|BASE_PERIOD]-() }
       AND NOT EXISTS { (:Document {reportsOn: p.id}) }
     DETACH DELETE p
     RETURN count(*) AS periods
   }
   RETURN entities, periods`,
);

const ENTITIES_OF_DOCUMENT = q(
  'remove.entities',
  `MATCH (e:Entity)-[:SOURCED_FROM {documentId: $documentId}]->() RETURN collect(DISTINCT e.id) AS ids`,
);

const FACTS_LEFT = q('remove.factsLeft', `UNWIND $keys AS key MATCH (f:FinancialFact {id: key}) RETURN count(f) AS n`);

export interface RemovalReport {
  readonly documentId: string;
  /** Facts whose reports were reordered (those still reported by other documents). */
  readonly factsReordered: number;
  /** Facts no other document reports, removed with the document. */
  readonly factsRemoved: number;
  readonly entitiesRemoved: number;
}

/**
 * Removes a document and everything it owns in one transaction, and recomputes what depended on it:
 * the facts it reported are reordered (a restatement it made is undone, the earlier report is the
 * latest again) or removed when no other document reports them. Refused, with nothing changed, when
 * curated data cites its sections.
 */
export async function removeDocument(db: Database, documentId: string): Promise<RemovalReport> {
  return db.writeTransaction(`seed.remove:${documentId}`, async (tx) => {
    const [state] = await tx.run(DOCUMENT_STATE, { documentId });
    const citedBy = (state?.citedBy as string[] | undefined) ?? [];
    if (state?.exists !== true || citedBy.length > 0) throw new DocumentRemovalError(documentId, citedBy);
    const [before] = await tx.run(REPORTED_BEFORE, { documentId });
    const [entities] = await tx.run(ENTITIES_OF_DOCUMENT, { documentId });
    const keys = (before?.keys as string[] | undefined) ?? [];
    await tx.run(DELETE_DOCUMENT, { documentId });
    const [deleted] = await tx.run(DELETE_DOCUMENT_NODE, { documentId, entityIds: entities?.ids ?? [] });
    await reorderReports(tx, keys);
    const [left] = await tx.run(FACTS_LEFT, { keys });
    const remaining = Number(left?.n ?? 0);
    return {
      documentId,
      factsReordered: remaining,
      factsRemoved: keys.length - remaining,
      entitiesRemoved: Number(deleted?.entities ?? 0),
    };
  });
}
