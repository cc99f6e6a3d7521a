/**
 * Curated writes: companies and financial facts added through the API. They are owned by
 * `curation` (not by a document), so re-loading a fact file never removes them, and cite a quote
 * of a document already in the graph (checked against its text). Each write is one transaction
 * that checks everything it depends on before it changes anything, and answers what it committed.
 *
 * Concurrency: a write first locks the cited document, then the node it writes (Neo4j's
 * "SET a property" idiom takes the write lock before anything is read), so the quote check, the
 * `expectedVersion` check and the read-back all see a state no concurrent writer can change until
 * commit. The loader locks the document too before it checks curated sources (writeFactFile.ts).
 */
import { createHash } from 'node:crypto';
import { COMPANY_PROJECTION, type CompanyRecord } from '../companies/companyRepository.js';
import type { Database, NamedQuery, Row, WriteTransaction } from '../db/database.js';
import { FACT_PROJECTION, normalizeFact, type FinancialFactRecord } from '../financials/financialRepository.js';
import { reorderReports } from '../graph/factReports.js';
import { rankedValueOf } from '../model/figures.js';
import { factRankKey } from '../seed/factKey.js';
import { KEYED_LABELS, SHARED_ENTITY_LABELS } from '../model/entities.js';
import { collapseWhitespace, documentContainsQuote } from '../seed/text.js';

import { CURATION_OWNER } from '../graph/owners.js';

export interface SourceValues {
  documentKey: string;
  section: string;
  quote: string;
  note: string | null;
}

/**
 * A write refused for a reason the caller can fix: `invalid` input (BAD_USER_INPUT) or a `conflict`
 * with a concurrent write (CONFLICT). Thrown inside the transaction, so nothing is written.
 */
export class CurationRefusal extends Error {
  override readonly name = 'CurationRefusal';
  constructor(
    readonly reason: 'invalid' | 'conflict',
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The registry's keyed kinds (src/model/entities.ts): their ids have the form of a key (sections,
 * sources and amounts have `#` in theirs, which no key has), so a key names one node of these, and
 * a curated company or fact may not take the key of another node. Shared entities are found by
 * the one `:Entity` id index, every other kind by its own; holders are listed in registry order.
 */
const KEY_HOLDER_LABELS = [
  'Entity',
  ...KEYED_LABELS.filter((label) => !(SHARED_ENTITY_LABELS as readonly string[]).includes(label)),
];

const KEY_HOLDERS: NamedQuery = {
  name: 'curation.keyHolders',
  cypher: `${KEY_HOLDER_LABELS.map((label, i) => `OPTIONAL MATCH (n${i}:${label} {id: $key})`).join('\n    ')}
    RETURN [n IN [${KEY_HOLDER_LABELS.map((_, i) => `n${i}`).join(', ')}] WHERE n IS NOT NULL |
      { label: [l IN labels(n) WHERE l IN $labels][0],
        // A reported fact belongs to the documents reporting it (the first named); a curated one to curation.
        documentId: coalesce(n.documentId, COLLECT { MATCH (n)<-[:REPORTS]-(r:FactReport) RETURN r.documentId ORDER BY r.sequence }[0]) }] AS holders`,
};

interface KeyHolder {
  label: string;
  documentId: string | null;
}

const describeHolder = (h: KeyHolder) =>
  `${h.label === 'FinancialFact' ? 'a fact' : `a ${h.label}`}${h.documentId ? ` of document "${h.documentId}"` : ''}`;

/** Refuses a key another node holds (`allowed` says which holder is the node being written). */
async function checkKeyIsFree(
  tx: WriteTransaction,
  key: string,
  allowed: (holder: KeyHolder) => boolean,
  what: string,
): Promise<void> {
  const [row] = await tx.run(KEY_HOLDERS, { key, labels: KEYED_LABELS });
  const taken = ((row?.holders as KeyHolder[] | undefined) ?? []).find((h) => !allowed(h));
  if (taken) {
    throw new CurationRefusal(
      'invalid',
      'input.key',
      `Invalid \`input.key\`: "${key}" is already the key of ${describeHolder(taken)}; ${what} needs a key of its own.`,
    );
  }
}

/**
 * Locks the cited document (a lock property set and removed: no visible change) and reads what the
 * quote is checked against. The loader locks the same node before it re-checks curated sources, so
 * a quote is never accepted against a text a concurrent load is replacing.
 */
const LOCK_SOURCE_DOCUMENT: NamedQuery = {
  name: 'curation.lockSourceDocument',
  cypher: `MATCH (d:Document {id: $document})
    SET d._curationLock = true
    REMOVE d._curationLock
    WITH d
    OPTIONAL MATCH (s:Section {id: $sectionId})
    RETURN d.text AS text, s IS NOT NULL AS sectionExists`,
};

const MERGE_SOURCE: NamedQuery = {
  name: 'curation.mergeSource',
  cypher: `MATCH (sec:Section {id: $sectionId})
    MERGE (src:Source {id: $sourceId})
    SET src.documentId = '${CURATION_OWNER}', src.quote = $quote, src.note = $note
    MERGE (src)-[:IN_SECTION]->(sec)`,
};

/** Checks the quote against the locked document and writes its Source; answers the Source id. */
async function writeSource(tx: WriteTransaction, source: SourceValues): Promise<string> {
  const sectionId = `${source.documentKey}#${source.section}`;
  const [row] = await tx.run(LOCK_SOURCE_DOCUMENT, { document: source.documentKey, sectionId });
  const refuse = (field: string, message: string) =>
    new CurationRefusal('invalid', `input.source.${field}`, `Invalid \`input.source.${field}\`: ${message}.`);
  if (!row) throw refuse('document', `no document "${source.documentKey}" in the graph`);
  if (!row.sectionExists)
    throw refuse('section', `document "${source.documentKey}" has no section "${source.section}"`);
  if (typeof row.text !== 'string' || !documentContainsQuote(collapseWhitespace(row.text), source.quote)) {
    throw refuse('quote', `the quote does not occur in document "${source.documentKey}"`);
  }
  const digest = createHash('sha256')
    .update(`${sectionId}\u0000${source.quote}\u0000${source.note ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  const sourceId = `${CURATION_OWNER}#${digest}`;
  await tx.run(MERGE_SOURCE, { sectionId, sourceId, quote: source.quote, note: source.note });
  return sourceId;
}

function checkVersion(current: number, expected: number | null, what: string): void {
  if (expected !== null && expected !== current) {
    throw new CurationRefusal(
      'conflict',
      'input.expectedVersion',
      `${what} is at version ${current}, not ${expected}: another write came first. Nothing was written; read it again and retry.`,
    );
  }
}

/** A curated Source no SOURCED_FROM edge cites any more is removed (nothing else cites curation sources). */
const DELETE_UNCITED_SOURCES: NamedQuery = {
  name: 'curation.deleteUncitedSources',
  cypher: `UNWIND $sourceIds AS sourceId
    MATCH (s:Source {id: sourceId})
    WHERE s.documentId = '${CURATION_OWNER}' AND NOT EXISTS { ()-[:SOURCED_FROM]->(s) }
    DETACH DELETE s`,
};

/**
 * Whether a write changed the state it read (snapshots from the same transaction). A write that
 * changes nothing keeps the version, so repeating a write converges and does not make the
 * `expectedVersion` of other callers stale.
 */
function changed(before: Row | undefined, after: Row | undefined): boolean {
  const canonical = (row: Row | undefined) => {
    if (!row) return 'null';
    const { version: _version, ...props } = row.props as Record<string, unknown>;
    return stableJson({ ...row, props });
  };
  return canonical(before) !== canonical(after);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Constraint violations that slip past the checks (a concurrent loader) still answer a typed error. */
function refuseConstraintViolation(error: unknown, key: string): never {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    throw new CurationRefusal(
      'invalid',
      'input.key',
      `Invalid \`input.key\`: "${key}" is already the key of another node; nothing was written.`,
    );
  }
  throw error;
}

// ---------------------------------------------------------------------------------------------
// Companies

const LOCK_COMPANY: NamedQuery = {
  name: 'curation.lockCompany',
  cypher: `MERGE (c:Company:Entity {id: $key})
    ON CREATE SET c.kind = 'company'
    SET c._curationLock = true
    REMOVE c._curationLock
    RETURN coalesce(c.version, 0) AS version`,
};

/** `$props` holds only the properties sent, `$cleared` maps the cleared ones to null (which removes them). */
const UPDATE_COMPANY: NamedQuery = {
  name: 'curation.updateCompany',
  cypher: `MATCH (c:Company {id: $key})
    SET c += $props, c += $cleared`,
};

/** What a curated write may change on a company: its properties and its curated citations. */
const COMPANY_STATE: NamedQuery = {
  name: 'curation.companyState',
  cypher: `MATCH (c:Company {id: $key})
    RETURN properties(c) AS props, COLLECT {
      MATCH (c)-[r:SOURCED_FROM {documentId: '${CURATION_OWNER}'}]->(s:Source)
      UNWIND r.fields AS field
      RETURN s.id + ' ' + field AS citation ORDER BY citation
    } AS citations`,
};

const SET_COMPANY_VERSION: NamedQuery = {
  name: 'curation.setCompanyVersion',
  cypher: `MATCH (c:Company {id: $key}) SET c.version = $version`,
};

/**
 * Curated citations of the company: the other curated sources stop backing what this write set or
 * cleared (an edge left backing nothing goes), and this write's source backs what it set. The
 * sources that lost an edge are returned, to be removed if nothing cites them any more. (The fact
 * files' citations are the loader's: it rewrites them on every load.)
 */
const RECITE_COMPANY: NamedQuery = {
  name: 'curation.reciteCompany',
  cypher: `MATCH (c:Company {id: $key})
    CALL (c) {
      OPTIONAL MATCH (c)-[r:SOURCED_FROM {documentId: '${CURATION_OWNER}'}]->(old:Source)
      WHERE old.id <> $sourceId
      SET r.fields = [f IN r.fields WHERE NOT f IN $touched]
      WITH r, old
      WHERE r IS NOT NULL AND size(r.fields) = 0
      DELETE r
      RETURN collect(old.id) AS released
    }
    MATCH (src:Source {id: $sourceId})
    MERGE (c)-[r:SOURCED_FROM {documentId: '${CURATION_OWNER}', sourceId: $sourceId}]->(src)
    SET r.fields = [f IN coalesce(r.fields, []) WHERE NOT f IN $touched] + $setFields
    RETURN released`,
};

const READ_COMPANY: NamedQuery = {
  name: 'curation.readCompany',
  cypher: `MATCH (c:Company {id: $key}) RETURN ${COMPANY_PROJECTION} AS company`,
};

export interface CompanyWrite {
  key: string;
  /** The properties this write sets (only those sent), by stored name. */
  props: Record<string, unknown>;
  /** Stored property names this write removes. */
  cleared: readonly string[];
  expectedVersion: number | null;
}

/** Adds or updates a company; answers the company as this transaction committed it. */
export async function upsertCompany(db: Database, write: CompanyWrite, source: SourceValues): Promise<CompanyRecord> {
  const setFields = Object.keys(write.props);
  try {
    return await db.writeTransaction('curation.addCompany', async (tx) => {
      await checkKeyIsFree(tx, write.key, (h) => h.label === 'Company', 'a company');
      const sourceId = await writeSource(tx, source);
      const [locked] = await tx.run(LOCK_COMPANY, { key: write.key });
      const version = Number(locked?.version ?? 0);
      checkVersion(version, write.expectedVersion, `Company "${write.key}"`);
      const [before] = await tx.run(COMPANY_STATE, { key: write.key });
      await tx.run(UPDATE_COMPANY, {
        key: write.key,
        props: write.props,
        cleared: Object.fromEntries(write.cleared.map((name) => [name, null])),
      });
      const [recited] = await tx.run(RECITE_COMPANY, {
        key: write.key,
        sourceId,
        setFields,
        touched: [...setFields, ...write.cleared],
      });
      await tx.run(DELETE_UNCITED_SOURCES, { sourceIds: (recited?.released as string[] | undefined) ?? [] });
      const [after] = await tx.run(COMPANY_STATE, { key: write.key });
      if (changed(before, after)) await tx.run(SET_COMPANY_VERSION, { key: write.key, version: version + 1 });
      const [row] = await tx.run(READ_COMPANY, { key: write.key });
      return row!.company as CompanyRecord;
    });
  } catch (error) {
    return refuseConstraintViolation(error, write.key);
  }
}

// ---------------------------------------------------------------------------------------------
// Financial facts

const OFFERING_EXISTS: NamedQuery = {
  name: 'curation.offeringExists',
  cypher: `OPTIONAL MATCH (o:Offering {id: $offering}) RETURN o IS NOT NULL AS exists`,
};

export async function offeringExists(db: Database, offering: string): Promise<boolean> {
  const [row] = await db.read(OFFERING_EXISTS, { offering });
  return row?.exists === true;
}

/**
 * MERGE (not CREATE) so two concurrent first writes of one key serialize on the unique index
 * instead of one failing on the constraint; the node is then updated in place (its version kept).
 */
const LOCK_FACT: NamedQuery = {
  name: 'curation.lockFact',
  cypher: `MERGE (f:FinancialFact {id: $key})
    ON CREATE SET f.documentId = '${CURATION_OWNER}'
    SET f._curationLock = true
    REMOVE f._curationLock
    RETURN f.documentId AS owner, coalesce(f.version, 0) AS version`,
};

/**
 * Replaces the fact's properties, edges and its curated report (with the report's amounts); returns
 * the sources it cited before. The report is dated by the document its quote is in, like any report.
 */
const REPLACE_FACT: NamedQuery = {
  name: 'curation.replaceFact',
  cypher: `MATCH (f:FinancialFact {id: $fact.id})
    CALL (f) {
      OPTIONAL MATCH (f)<-[:REPORTS]-(:FactReport)-[:SOURCED_FROM]->(old:Source)
      RETURN collect(old.id) AS released
    }
    CALL (f) {
      OPTIONAL MATCH (f)<-[:REPORTS]-(r:FactReport)
      OPTIONAL MATCH (r)-[:HAS_AMOUNT]->(a:Amount)
      DETACH DELETE a, r
    }
    CALL (f) {
      OPTIONAL MATCH (f)-[r:OF_COMPANY|FOR_PERIOD|ABOUT_OFFERING]->()
      DELETE r
    }
    SET f = $fact
    WITH f, released
    MATCH (c:Company {id: $company})
    MATCH (src:Source {id: $report.sourceId})
    MERGE (p:Period {id: $period.id})
    ON CREATE SET p = $period
    MERGE (p)-[:PERIOD_OF]->(c)
    CREATE (f)-[:OF_COMPANY]->(c)
    CREATE (f)-[:FOR_PERIOD]->(p)
    CREATE (r:FactReport)
    SET r = $report
    SET r.knownFrom = [(src)-[:IN_SECTION]->(:Section)-[:PART_OF_DOCUMENT]->(d:Document) | d.knownFrom][0],
      r.orderedBy = coalesce([(src)-[:IN_SECTION]->(:Section)-[:PART_OF_DOCUMENT]->(d:Document) | d.orderedBy][0], 'unknown')
    CREATE (r)-[:REPORTS]->(f)
    CREATE (r)-[:SOURCED_FROM {documentId: '${CURATION_OWNER}', fields: ['*']}]->(src)
    WITH f, r, released
    CALL (r) {
      UNWIND $amounts AS amount
      CREATE (a:Amount)
      SET a = amount
      CREATE (r)-[:HAS_AMOUNT]->(a)
    }
    CALL (f) {
      MATCH (o:Offering {id: $offering})
      CREATE (f)-[:ABOUT_OFFERING]->(o)
    }
    RETURN released`,
};

/** What a curated write may change on a fact: its properties, its report's amounts and the links of both. */
const FACT_STATE: NamedQuery = {
  name: 'curation.factState',
  cypher: `MATCH (f:FinancialFact {id: $key})
    RETURN properties(f) AS props,
      COLLECT { MATCH (f)<-[:REPORTS]-(r:FactReport) RETURN properties(r) AS report } AS reports,
      COLLECT {
        MATCH (f)<-[:REPORTS]-(:FactReport)-[:HAS_AMOUNT]->(a:Amount)
        RETURN properties(a) AS amount ORDER BY a.position
      } AS amounts,
      COLLECT {
        MATCH (f)-[r]->(n) RETURN type(r) + ' ' + n.id AS link
        UNION
        MATCH (f)<-[:REPORTS]-(:FactReport)-[r:SOURCED_FROM]->(n) RETURN type(r) + ' ' + n.id AS link
      } AS links`,
};

const SET_FACT_VERSION: NamedQuery = {
  name: 'curation.setFactVersion',
  cypher: `MATCH (f:FinancialFact {id: $key}) SET f.version = $version`,
};

const READ_FACT: NamedQuery = {
  name: 'curation.readFact',
  cypher: `MATCH (f:FinancialFact {id: $key}) RETURN ${FACT_PROJECTION} AS fact`,
};

export interface FactWrite {
  company: string;
  offering: string | null;
  period: Record<string, unknown> & { id: string; fiscalYear: number; quarter: number | null; months: number | null };
  /** The fact's properties but `sourceId` and `version`, which the transaction sets. */
  fact: Record<string, unknown> & { id: string };
  amounts: Record<string, unknown>[];
  expectedVersion: number | null;
}

/** Adds or corrects a curated fact; answers the fact as this transaction committed it. */
export async function upsertCuratedFact(
  db: Database,
  write: FactWrite,
  source: SourceValues,
): Promise<FinancialFactRecord> {
  const key = write.fact.id;
  const refuseOwned = (owner: string) =>
    new CurationRefusal(
      'invalid',
      'input.key',
      `Invalid \`input.key\`: "${key}" is a fact of document "${owner}"; a curated fact needs a key of its own.`,
    );
  try {
    return await db.writeTransaction('curation.upsertFinancialFact', async (tx) => {
      await checkKeyIsFree(
        tx,
        key,
        (h) => {
          if (h.label !== 'FinancialFact') return false;
          if (h.documentId !== CURATION_OWNER) throw refuseOwned(String(h.documentId));
          return true;
        },
        'a curated fact',
      );
      const sourceId = await writeSource(tx, source);
      const [locked] = await tx.run(LOCK_FACT, { key });
      if (locked?.owner !== CURATION_OWNER) throw refuseOwned(String(locked?.owner));
      const version = Number(locked.version ?? 0);
      checkVersion(version, write.expectedVersion, `Fact "${key}"`);
      const [before] = await tx.run(FACT_STATE, { key });
      const { approximate, ...factProps } = write.fact;
      const [replaced] = await tx.run(REPLACE_FACT, {
        company: write.company,
        offering: write.offering,
        period: write.period,
        fact: {
          ...factProps,
          version,
          rankKey: factRankKey({
            metric: String(write.fact.metric),
            basis: String(write.fact.basis),
            offering: write.offering,
            period: write.period,
          }),
        },
        report: { id: `${CURATION_OWNER}#${key}`, documentId: CURATION_OWNER, handle: key, approximate, sourceId },
        amounts: write.amounts.map((a) => ({
          ...a,
          rankedValue: rankedValueOf(a as Parameters<typeof rankedValueOf>[0]),
        })),
      });
      if (!replaced)
        throw new CurationRefusal(
          'invalid',
          'input.company',
          `Invalid \`input.company\`: no company "${write.company}".`,
        );
      const released = ((replaced.released as string[] | undefined) ?? []).filter((id) => id !== sourceId);
      await tx.run(DELETE_UNCITED_SOURCES, { sourceIds: released });
      await reorderReports(tx, [key]);
      const [after] = await tx.run(FACT_STATE, { key });
      if (changed(before, after)) await tx.run(SET_FACT_VERSION, { key, version: version + 1 });
      const [row] = await tx.run(READ_FACT, { key });
      return normalizeFact(row!.fact as FinancialFactRecord);
    });
  } catch (error) {
    return refuseConstraintViolation(error, key);
  }
}
