/**
 * The graph's constraints and indexes (documented in docs/MODEL.md). Created idempotently by the
 * seed loader before any write, and by the server at start-up when it seeds.
 *
 * Entity labels share `:Entity` (and lines/services `:Offering`) so that a reference by id resolves
 * through one unique index whatever the entity's kind.
 */
import type { Database, NamedQuery } from '../db/database.js';

export const ENTITY_LABELS = [
  'Company',
  'BusinessLine',
  'Service',
  'DataCenter',
  'Segment',
  'Award',
  'AwardCategory',
] as const;

/**
 * Nodes a document owns: re-loading the document replaces them. (Its Sections are kept and
 * updated instead, because curated facts' sources point into them.)
 */
export const DOCUMENT_OWNED_LABELS = [
  'Source',
  'CrossSellRate',
  'Ranking',
  'FinancialFact',
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

export const FULLTEXT_INDEX = 'entityNames';

function statements(): NamedQuery[] {
  const out: NamedQuery[] = [];
  const unique = (label: string) =>
    out.push({
      name: `schema.unique.${label}`,
      cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    });
  for (const label of ['Entity', 'Offering', 'Document', 'Period', ...ENTITY_LABELS, ...DOCUMENT_OWNED_LABELS])
    unique(label);
  unique('Section');
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
      name: 'schema.fulltext.entityNames',
      // The analyzer keeps OCR variants such as "11J" as tokens of their own.
      cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Company|BusinessLine|Service|DataCenter|Segment|Award|AwardCategory) ON EACH [n.name, n.shortName, n.aliasText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
    },
  );
  return out;
}

export const SCHEMA_STATEMENTS: readonly NamedQuery[] = statements();

/** Creates every constraint and index that is missing, then waits until all are online. */
export async function ensureGraphSchema(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write({ name: 'schema.awaitIndexes', cypher: 'CALL db.awaitIndexes(300)' });
}
