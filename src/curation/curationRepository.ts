/**
 * Curated writes: companies and financial facts added through the API. They are owned by
 * `curation` (not by a document), so re-loading a fact file never removes them, and cite a quote
 * of a document already in the graph (checked against its text). Each write is one transaction,
 * MERGEd on stable keys: repeating it converges.
 */
import { createHash } from 'node:crypto';
import type { Database, NamedQuery } from '../db/database.js';
import { collapseWhitespace, documentContainsQuote } from '../seed/text.js';

export const CURATION_OWNER = 'curation';

export interface SourceValues {
  documentKey: string;
  section: string;
  quote: string;
  note: string | null;
}

export type SourceCheck =
  | { ok: true; sectionId: string; sourceId: string }
  | { ok: false; field: 'document' | 'section' | 'quote'; message: string };

const DOCUMENT_FOR_SOURCE: NamedQuery = {
  name: 'curation.documentForSource',
  cypher: `MATCH (d:Document {id: $document})
    OPTIONAL MATCH (s:Section {id: $sectionId})
    RETURN d.text AS text, s IS NOT NULL AS sectionExists`,
};

export async function checkSource(db: Database, source: SourceValues): Promise<SourceCheck> {
  const sectionId = `${source.documentKey}#${source.section}`;
  const [row] = await db.read(DOCUMENT_FOR_SOURCE, { document: source.documentKey, sectionId });
  if (!row) return { ok: false, field: 'document', message: `no document "${source.documentKey}" in the graph` };
  if (!row.sectionExists)
    return {
      ok: false,
      field: 'section',
      message: `document "${source.documentKey}" has no section "${source.section}"`,
    };
  if (typeof row.text !== 'string' || !documentContainsQuote(collapseWhitespace(row.text), source.quote)) {
    return { ok: false, field: 'quote', message: `the quote does not occur in document "${source.documentKey}"` };
  }
  const digest = createHash('sha256')
    .update(`${sectionId}\u0000${source.quote}\u0000${source.note ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return { ok: true, sectionId, sourceId: `${CURATION_OWNER}#${digest}` };
}

const MERGE_SOURCE: NamedQuery = {
  name: 'curation.mergeSource',
  cypher: `MATCH (sec:Section {id: $sectionId})
    MERGE (src:Source {id: $sourceId})
    SET src.documentId = '${CURATION_OWNER}', src.quote = $quote, src.note = $note
    MERGE (src)-[:IN_SECTION]->(sec)`,
};

const MERGE_COMPANY: NamedQuery = {
  name: 'curation.mergeCompany',
  cypher: `MERGE (c:Company:Entity {id: $key})
    SET c += $props
    WITH c
    MATCH (src:Source {id: $sourceId})
    MERGE (c)-[r:SOURCED_FROM {documentId: '${CURATION_OWNER}', sourceId: $sourceId}]->(src)
    SET r.fields = $fields`,
};

export async function upsertCompany(
  db: Database,
  company: { key: string; props: Record<string, unknown> },
  source: SourceValues,
  check: { sectionId: string; sourceId: string },
): Promise<void> {
  const fields = Object.entries(company.props)
    .filter(([, v]) => v !== null)
    .map(([k]) => k);
  await db.writeTransaction('curation.addCompany', async (tx) => {
    await tx.run(MERGE_SOURCE, {
      sectionId: check.sectionId,
      sourceId: check.sourceId,
      quote: source.quote,
      note: source.note,
    });
    await tx.run(MERGE_COMPANY, { key: company.key, props: company.props, sourceId: check.sourceId, fields });
  });
}

const FACT_OWNER: NamedQuery = {
  name: 'curation.factOwner',
  cypher: `OPTIONAL MATCH (f:FinancialFact {id: $key})
    OPTIONAL MATCH (o:Offering {id: $offering})
    RETURN f.documentId AS owner, o IS NOT NULL AS offeringExists`,
};

export async function factOwnerAndOffering(db: Database, key: string, offering: string | null) {
  const [row] = await db.read(FACT_OWNER, { key, offering });
  return { owner: (row?.owner as string | null) ?? null, offeringExists: row?.offeringExists === true };
}

const REPLACE_FACT: NamedQuery = {
  name: 'curation.replaceFact',
  cypher: `OPTIONAL MATCH (old:FinancialFact {id: $fact.id, documentId: '${CURATION_OWNER}'})
    OPTIONAL MATCH (old)-[:HAS_AMOUNT]->(a:Amount)
    DETACH DELETE a, old
    WITH DISTINCT 1 AS one
    MATCH (c:Company {id: $company})
    MATCH (src:Source {id: $fact.sourceId})
    MERGE (p:Period {id: $period.id})
    ON CREATE SET p = $period
    MERGE (p)-[:PERIOD_OF]->(c)
    CREATE (f:FinancialFact)
    SET f = $fact
    CREATE (f)-[:OF_COMPANY]->(c)
    CREATE (f)-[:FOR_PERIOD]->(p)
    CREATE (f)-[:SOURCED_FROM {documentId: '${CURATION_OWNER}', fields: ['*']}]->(src)
    WITH f
    CALL (f) {
      UNWIND $amounts AS amount
      CREATE (a:Amount)
      SET a = amount
      CREATE (f)-[:HAS_AMOUNT]->(a)
    }
    CALL (f) {
      MATCH (o:Offering {id: $offering})
      CREATE (f)-[:ABOUT_OFFERING]->(o)
    }`,
};

export async function replaceCuratedFact(
  db: Database,
  write: {
    company: string;
    offering: string | null;
    period: Record<string, unknown> & { id: string };
    fact: Record<string, unknown> & { id: string; sourceId: string };
    amounts: Record<string, unknown>[];
  },
  source: SourceValues,
  check: { sectionId: string; sourceId: string },
): Promise<void> {
  await db.writeTransaction('curation.upsertFinancialFact', async (tx) => {
    await tx.run(MERGE_SOURCE, {
      sectionId: check.sectionId,
      sourceId: check.sourceId,
      quote: source.quote,
      note: source.note,
    });
    await tx.run(REPLACE_FACT, write);
  });
}
