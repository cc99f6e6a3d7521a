/**
 * The statements that keep a financial fact's reports in order, shared by the fact-file loader
 * (src/seed/) and curated writes (src/curation/): after any write that adds or removes reports,
 * `reorderReports` recomputes, for each fact touched, which report is first and which is latest,
 * and marks the amounts metricRanking seeks through its index (docs/MODEL.md, "Facts over time").
 */
import type { NamedQuery, WriteTransaction } from '../db/database.js';
import { CURATION_OWNER } from './owners.js';

/**
 * Reports in publication order (documents without a date by the end of the period they report on,
 * then by document id: src/seed/documentTime.ts); `sequence` 0 is the first. Rank keys go on the
 * amounts of the first and the latest report of company-wide facts only (`f.rankKey` is null for
 * a figure about a line or service, or a year-to-date period).
 */
const REORDER_REPORTS: NamedQuery = {
  name: 'facts.reorderReports',
  cypher: `UNWIND $keys AS key
    MATCH (f:FinancialFact {id: key})
    CALL (f) {
      MATCH (f)<-[:REPORTS]-(r:FactReport)
      WITH f, r ORDER BY r.knownFrom IS NULL, r.knownFrom, r.documentId
      WITH f, collect(r) AS reports
      UNWIND range(0, size(reports) - 1) AS i
      WITH f, reports[i] AS r, i, size(reports) AS n
      SET r.sequence = i, r.isFirst = (i = 0), r.isLatest = (i = n - 1)
      WITH f, r
      CALL (f, r) {
        MATCH (r)-[:HAS_AMOUNT]->(a:Amount)
        SET a.latestRankKey = CASE WHEN r.isLatest AND f.rankKey IS NOT NULL THEN f.rankKey + '|' + a.unit END,
          a.firstRankKey = CASE WHEN r.isFirst AND f.rankKey IS NOT NULL THEN f.rankKey + '|' + a.unit END,
          // The same without the unit, for counting units by an index seek (a composite index
          // is not used for a prefix of its first property).
          a.latestFactKey = CASE WHEN r.isLatest THEN f.rankKey END,
          a.firstFactKey = CASE WHEN r.isFirst THEN f.rankKey END
      }
      RETURN count(r) AS reportCount
    }
    SET f.reportCount = reportCount`,
};

/** Facts left without any report (their last document was removed) go with it. */
const PRUNE_UNREPORTED: NamedQuery = {
  name: 'facts.pruneUnreported',
  cypher: `UNWIND $keys AS key
    MATCH (f:FinancialFact {id: key})
    WHERE NOT EXISTS { (f)<-[:REPORTS]-(:FactReport) }
    DETACH DELETE f`,
};

export async function reorderReports(tx: WriteTransaction, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run(PRUNE_UNREPORTED, { keys });
  await tx.run(REORDER_REPORTS, { keys });
}

/**
 * Graphs written before facts had reports held amounts, comparisons, explanations and the quote on
 * the fact itself. Each such fact gets the report it implies (its document's, or curation's), with
 * those moved onto it; run at start-up (src/graph/schema.ts), a no-op once nothing is left to move.
 * The fact keeps its key; reloading its document replaces it with the fact of the new model.
 */
export const MIGRATE_UNREPORTED_FACTS: NamedQuery = {
  name: 'facts.migrateUnreported',
  cypher: `MATCH (f:FinancialFact)
    WHERE NOT EXISTS { (f)<-[:REPORTS]-(:FactReport) }
    WITH f, coalesce(f.documentId, '${CURATION_OWNER}') AS owner
    OPTIONAL MATCH (d:Document {id: owner})
    CREATE (r:FactReport { id: owner + '#' + f.id, documentId: owner, handle: f.id,
      approximate: coalesce(f.approximate, false), formula: f.formula, sourceId: f.sourceId,
      knownFrom: d.knownFrom, orderedBy: coalesce(d.orderedBy, 'unknown') })
    CREATE (r)-[:REPORTS]->(f)
    WITH f, r
    CALL (f, r) {
      MATCH (f)-[old:HAS_AMOUNT]->(a:Amount)
      CREATE (r)-[:HAS_AMOUNT]->(a)
      SET a.rankedValue = coalesce(a.baseValue, (a.baseLow + a.baseHigh) / 2.0)
      DELETE old
    }
    CALL (f, r) {
      MATCH (x)-[old:COMPARES|EXPLAINS]->(f) WHERE x:Comparison OR x:Explanation
      CALL (x, r, old) {
        WITH x, r, old WHERE type(old) = 'COMPARES'
        CREATE (x)-[:COMPARES]->(r)
      }
      CALL (x, r, old) {
        WITH x, r, old WHERE type(old) = 'EXPLAINS'
        CREATE (x)-[:EXPLAINS]->(r)
      }
      DELETE old
    }
    CALL (f, r) {
      MATCH (f)-[old:SOURCED_FROM]->(src:Source)
      CREATE (r)-[:SOURCED_FROM {documentId: old.documentId, fields: old.fields}]->(src)
      DELETE old
    }
    CALL (f, r) {
      MATCH (f)-[old:DERIVED_FROM]->(g:FinancialFact)
      CREATE (r)-[:DERIVED_FROM]->(g)
      DELETE old
    }
    SET f.rankKey = CASE WHEN NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
      THEN head(COLLECT { MATCH (f)-[:FOR_PERIOD]->(p:Period) WHERE p.kind <> 'year-to-date'
        RETURN f.metric + '|' + p.fiscalYear + '|' + coalesce(toString(p.quarter), 'fy') + '|' + f.basis }) END
    RETURN collect(f.id) AS keys`,
};

/** Moves every fact of an older graph onto reports (see MIGRATE_UNREPORTED_FACTS), in one transaction. */
export async function migrateUnreportedFacts(tx: WriteTransaction): Promise<number> {
  const [row] = await tx.run(MIGRATE_UNREPORTED_FACTS);
  const keys = (row?.keys as string[] | undefined) ?? [];
  await reorderReports(tx, keys);
  return keys.length;
}
