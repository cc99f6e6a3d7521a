/**
 * The graph's constraints and indexes (documented in docs/MODEL.md). Created idempotently by the
 * seed loader before any write, and by the server at start-up when it seeds.
 *
 * Entity labels share `:Entity` (and lines/services `:Offering`) so that a reference by id resolves
 * through one unique index whatever the entity's kind.
 */
import type { Database, NamedQuery } from '../db/database.js';
import { ENTITY_GRAPH_LABELS, FULLTEXT_INDEX } from '../model/entities.js';
import { migrateUnreportedFacts } from './factReports.js';

/**
 * Nodes a document owns: re-loading the document replaces them. (Its Sections are kept and
 * updated instead, because curated facts' sources point into them.)
 */
export const DOCUMENT_OWNED_LABELS = [
  'Source',
  'CrossSellRate',
  'Ranking',
  'FactReport',
  'Amount',
  'Comparison',
  'Explanation',
  'Statement',
] as const;

/** Relationships between shared nodes; each carries the documentId and sourceId that assert it. */
export const ASSERTED_RELATIONSHIP_TYPES = [
  'LINE_OF',
  'PART_OF',
  'OFFERED_BY',
  'IN_LINE',
  'BUILT_ON',
  'OPERATED_BY',
  'SEGMENT_OF',
  'PUBLISHED_BY',
  'CATEGORY_OF',
  'WON',
  'CUSTOMER_OF',
  'COMPETES_WITH',
  'INVESTS_IN',
  'CANCELLED_CONTRACTS_WITH',
  'TARGETS',
  'SUBSCRIBES_TO',
  'MEMBER_OF',
  'SOURCED_FROM',
] as const;

/**
 * Labels whose `id` is unique: every registered entity kind's labels (`Entity` and `Offering` make
 * ids unique across kinds), what a document owns, Sections, and financial facts — shared by every
 * document that reports them, keyed by their identity (src/seed/factKey.ts).
 */
export const UNIQUE_ID_LABELS: readonly string[] = [
  ...new Set([...ENTITY_GRAPH_LABELS, ...DOCUMENT_OWNED_LABELS, 'Section', 'FinancialFact']),
];

/** The full-text index statement, from the registry (labels and properties are never input). */
export const FULLTEXT_INDEX_STATEMENT: NamedQuery = {
  name: `schema.fulltext.${FULLTEXT_INDEX.name}`,
  cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.name} IF NOT EXISTS FOR (n:${FULLTEXT_INDEX.labels.join('|')}) ON EACH [${FULLTEXT_INDEX.properties.map((p) => `n.${p}`).join(', ')}] OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${FULLTEXT_INDEX.analyzer}' } }`,
};

function statements(): NamedQuery[] {
  const out: NamedQuery[] = [];
  const unique = (label: string) =>
    out.push({
      name: `schema.unique.${label}`,
      cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    });
  for (const label of UNIQUE_ID_LABELS) unique(label);
  for (const label of ['Section', ...DOCUMENT_OWNED_LABELS]) {
    out.push({
      name: `schema.index.${label}.documentId`,
      cypher: `CREATE INDEX ${label.toLowerCase()}_document IF NOT EXISTS FOR (n:${label}) ON (n.documentId)`,
    });
  }
  for (const type of ASSERTED_RELATIONSHIP_TYPES) {
    out.push({
      name: `schema.index.${type}.documentId`,
      cypher: `CREATE INDEX rel_${type.toLowerCase()}_document IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.documentId)`,
    });
  }
  out.push(
    {
      name: 'schema.index.FinancialFact.metric',
      cypher: 'CREATE INDEX financialfact_metric IF NOT EXISTS FOR (n:FinancialFact) ON (n.metric)',
    },
    {
      // "The current figure of a metric for a period": metricRanking seeks the latest (or first)
      // reports' amounts of one metric, period, basis and unit, in ranked order (src/graph/factReports.ts).
      name: 'schema.index.Amount.latestRankKey',
      cypher: 'CREATE INDEX amount_latest_rank IF NOT EXISTS FOR (n:Amount) ON (n.latestRankKey, n.rankedValue)',
    },
    {
      name: 'schema.index.Amount.firstRankKey',
      cypher: 'CREATE INDEX amount_first_rank IF NOT EXISTS FOR (n:Amount) ON (n.firstRankKey, n.rankedValue)',
    },
    {
      // The unit most current figures of a metric and period use (metricRanking's default unit).
      name: 'schema.index.Amount.latestFactKey',
      cypher: 'CREATE INDEX amount_latest_fact IF NOT EXISTS FOR (n:Amount) ON (n.latestFactKey, n.unit)',
    },
    {
      name: 'schema.index.Amount.firstFactKey',
      cypher: 'CREATE INDEX amount_first_fact IF NOT EXISTS FOR (n:Amount) ON (n.firstFactKey, n.unit)',
    },
    {
      name: 'schema.index.FinancialFact.rankKey',
      cypher: 'CREATE INDEX financialfact_rank IF NOT EXISTS FOR (n:FinancialFact) ON (n.rankKey)',
    },
    {
      name: 'schema.index.Period.fiscalYear',
      cypher: 'CREATE INDEX period_fiscal IF NOT EXISTS FOR (n:Period) ON (n.fiscalYear, n.quarter)',
    },
    {
      // Company roles ask "does a document have this issuer?" for every company they project.
      name: 'schema.index.Document.issuer',
      cypher: 'CREATE INDEX document_issuer IF NOT EXISTS FOR (n:Document) ON (n.issuer)',
    },
    {
      name: 'schema.index.Company.name',
      cypher: 'CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name)',
    },
    {
      // Curation's idempotency keys (src/curation/idempotency.ts): unique, so retries of one write
      // serialize on the key's index entry and the later one finds the first one's result.
      name: 'schema.idempotencyKey.unique',
      cypher:
        'CREATE CONSTRAINT idempotencykey_key_unique IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE',
    },
    {
      // Expired keys are deleted a few at a time by later writes: found by this index.
      name: 'schema.index.IdempotencyKey.expiresAt',
      cypher: 'CREATE INDEX idempotencykey_expires IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.expiresAt)',
    },
    FULLTEXT_INDEX_STATEMENT,
  );
  return out;
}

export const SCHEMA_STATEMENTS: readonly NamedQuery[] = statements();

const FULLTEXT_INDEX_DEFINITION: NamedQuery = {
  name: 'schema.fulltext.definition',
  cypher: `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name
    RETURN labelsOrTypes, properties, options.indexConfig.\`fulltext.analyzer\` AS analyzer`,
};

const DROP_FULLTEXT_INDEX: NamedQuery = {
  name: `schema.fulltext.${FULLTEXT_INDEX.name}.drop`,
  cypher: `DROP INDEX ${FULLTEXT_INDEX.name} IF EXISTS`,
};

const sameMembers = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * `IF NOT EXISTS` goes by the index name, so a database created before an entity type became
 * searchable would keep the old label list for ever: an index whose definition differs from the
 * registry's is dropped, and created again below.
 */
async function dropStaleFullTextIndex(db: Database): Promise<void> {
  const [existing] = await db.read(FULLTEXT_INDEX_DEFINITION, { name: FULLTEXT_INDEX.name });
  if (!existing) return;
  const current =
    sameMembers(existing.labelsOrTypes as string[], FULLTEXT_INDEX.labels) &&
    sameMembers(existing.properties as string[], FULLTEXT_INDEX.properties) &&
    existing.analyzer === FULLTEXT_INDEX.analyzer;
  if (!current) await db.write(DROP_FULLTEXT_INDEX);
}

/** Creates every constraint and index that is missing, then waits until all are online. */
export async function ensureGraphSchema(db: Database): Promise<void> {
  await dropStaleFullTextIndex(db);
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write({ name: 'schema.awaitIndexes', cypher: 'CALL db.awaitIndexes(300)' });
  await db.writeTransaction('schema.migrateUnreportedFacts', (tx) => migrateUnreportedFacts(tx));
}
