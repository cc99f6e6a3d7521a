/**
 * Metric rankings across companies for one period: one Cypher query selects each company's figure
 * (company-wide, requested basis and unit); ranks are assigned here (competition ranking, pure).
 */
import type { Database, NamedQuery, RowReader } from '../db/database.js';
import {
  FACT_PROJECTION,
  normalizeFact,
  type AmountRecord,
  type FactBasisValue,
  type FinancialFactRecord,
} from './financialRepository.js';

export interface MetricRankingEntryRecord {
  rank: number;
  companyKey: string;
  fact: FinancialFactRecord;
  amount: AmountRecord;
  rankedValue: number;
}

export interface MetricRankingRecord {
  metric: string;
  unit: string;
  basis: FactBasisValue;
  fiscalYear: number;
  quarter: number | null;
  entries: MetricRankingEntryRecord[];
  /** Empty unless the request asked for them (`withMissing`). */
  missingKeys: string[];
}

interface Candidate {
  companyKey: string;
  fact: FinancialFactRecord;
  amount: AmountRecord;
  rankedValue: number;
}

/**
 * A company may have several figures for the period (e.g. from two documents): the one from the
 * document loaded under the greatest id wins, then the greatest fact key — deterministic, and a
 * later report of the same figure supersedes an earlier one when ids are chronological.
 */
const RANKING: NamedQuery = {
  name: 'financials.metricRanking',
  // Periods first (the period index), each company-wide fact of the metric once; the unit, the pick
  // per company and the ranking order all work on that one list. Only the candidates that can be in
  // the first `$first` (every one at least as good as the `$first`-th value, ties included) get the
  // full fact projection; ranks are still assigned here, over exactly those.
  cypher: `CALL () {
      CALL () {
        WITH toInteger($fiscalYear) AS year, toInteger($quarter) AS quarter WHERE quarter IS NOT NULL
        MATCH (p:Period {fiscalYear: year, quarter: quarter})
        RETURN p
        UNION
        WITH toInteger($fiscalYear) AS year WHERE $quarter IS NULL
        MATCH (p:Period {fiscalYear: year}) WHERE p.kind = 'fiscal-year'
        RETURN p
      }
      MATCH (p)<-[:FOR_PERIOD]-(f:FinancialFact)
      WHERE f.metric = $metric AND f.basis = $basis AND NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
      MATCH (f)-[:HAS_AMOUNT]->(a:Amount)
      RETURN collect({ f: f, a: a }) AS facts
    }
    OPTIONAL CALL (facts) {
      WITH facts WHERE $unit IS NULL
      UNWIND facts AS x
      WITH x.a.unit AS commonUnit, count(*) AS n ORDER BY n DESC, commonUnit LIMIT 1
      RETURN commonUnit
    }
    WITH facts, coalesce($unit, commonUnit) AS unit
    CALL (facts, unit) {
      UNWIND facts AS x
      WITH x.f AS f, x.a AS a WHERE a.unit = unit
      MATCH (f)-[:OF_COMPANY]->(c:Company)
      WITH c, f, a, coalesce(a.baseValue, (a.baseLow + a.baseHigh) / 2.0) AS rankedValue
      WHERE rankedValue IS NOT NULL
      // The pick per company by grouping (a hash) rather than sorting every figure.
      WITH c, collect({ f: f, a: a, v: rankedValue }) AS figures
      WITH c, reduce(best = head(figures), x IN tail(figures) |
        CASE WHEN x.f.documentId > best.f.documentId OR (x.f.documentId = best.f.documentId AND x.f.id > best.f.id)
          THEN x ELSE best END) AS best
      RETURN collect({ companyKey: c.id, f: best.f, a: best.a, rankedValue: best.v }) AS picked
    }
    CALL (picked) {
      WITH picked WHERE $withMissing
      // Companies with a fact but no pick. A company with a fact has a Period of its own (both
      // loaders MERGE (period)-[:PERIOD_OF]->(company) for every fact), so they are found through
      // periods, not by scanning every Company; picks are subtracted by grouping on the key (a
      // hash), not by a list-membership test per company.
      CALL (picked) {
        UNWIND picked AS x
        RETURN x.companyKey AS key, null AS name, 1 AS isPicked
        UNION ALL
        MATCH (:Period)-[:PERIOD_OF]->(c:Company)
        WITH DISTINCT c
        WHERE EXISTS { (c)<-[:OF_COMPANY]-() } // only facts have OF_COMPANY: a degree check
        RETURN c.id AS key, c.name AS name, 0 AS isPicked
      }
      WITH key, max(name) AS name, max(isPicked) AS isPicked
      WHERE isPicked = 0
      WITH key, name ORDER BY name, key
      RETURN collect(key) AS missingKeys
    }
    CALL (picked) {
      // The $first-th value by a top-k sort (not a full one), then every pick at least as good.
      OPTIONAL CALL (picked) {
        UNWIND picked AS x
        WITH x.rankedValue AS v
        ORDER BY CASE WHEN $order = 'ASC' THEN v ELSE -v END
        SKIP toInteger($first) - 1 LIMIT 1
        RETURN v AS threshold
      }
      RETURN CASE WHEN threshold IS NULL THEN picked
        WHEN $order = 'ASC' THEN [x IN picked WHERE x.rankedValue <= threshold]
        ELSE [x IN picked WHERE x.rankedValue >= threshold] END AS top
    }
    CALL (top) {
      UNWIND top AS pick
      WITH pick, pick.f AS f, pick.a AS amt
      RETURN collect({ companyKey: pick.companyKey, rankedValue: pick.rankedValue,
        amount: amt { .unit, .scale, .value, .low, .high, .bound, .baseValue, .baseLow, .baseHigh },
        fact: ${FACT_PROJECTION} }) AS items
    }
    RETURN unit, missingKeys, items`,
};

/** Competition ranking ("1, 2, 2, 4"): ties share a rank; the next rank skips. Pure. */
export function assignCompetitionRanks<T extends { rankedValue: number; companyKey: string }>(
  candidates: readonly T[],
  order: 'ASC' | 'DESC',
): (T & { rank: number })[] {
  const sorted = [...candidates].sort((a, b) =>
    a.rankedValue === b.rankedValue
      ? a.companyKey.localeCompare(b.companyKey)
      : order === 'DESC'
        ? b.rankedValue - a.rankedValue
        : a.rankedValue - b.rankedValue,
  );
  let rank = 0;
  return sorted.map((candidate, index) => {
    if (index === 0 || candidate.rankedValue !== sorted[index - 1]!.rankedValue) rank = index + 1;
    return { ...candidate, rank };
  });
}

export interface MetricRankingRequest {
  readonly metric: string;
  readonly fiscalYear: number;
  readonly quarter: number | null;
  readonly unit: string | null;
  readonly basis: FactBasisValue;
  readonly order: 'ASC' | 'DESC';
  readonly first: number;
  /** Whether to list the companies with facts but without this figure (a pass over all of them). */
  readonly withMissing?: boolean;
}

/** The columns of the ranking's one row; `items` holds the candidates (see `readWithSubtree`). */
export const RANKING_COLUMNS = ['unit', 'missingKeys', 'items'] as const;

/** `read` runs the query (by default on `db`; a resolver may pass one that loads the subtree with it). */
export async function rankCompaniesByMetric(
  db: Database,
  request: MetricRankingRequest,
  read: RowReader = (query, parameters) => db.read(query, parameters),
): Promise<MetricRankingRecord> {
  const [row] = await read(RANKING, {
    metric: request.metric,
    fiscalYear: request.fiscalYear,
    quarter: request.quarter,
    unit: request.unit,
    basis: request.basis,
    order: request.order,
    first: Math.max(request.first, 1),
    withMissing: request.withMissing ?? true,
  });
  const candidates = (row?.items as Candidate[] | undefined) ?? [];
  const ranked = assignCompetitionRanks(candidates, request.order).slice(0, request.first);
  return {
    metric: request.metric,
    unit: String(row?.unit ?? request.unit ?? ''),
    basis: request.basis,
    fiscalYear: request.fiscalYear,
    quarter: request.quarter,
    entries: ranked.map((c) => ({
      rank: c.rank,
      companyKey: c.companyKey,
      fact: normalizeFact(c.fact),
      amount: c.amount,
      rankedValue: c.rankedValue,
    })),
    missingKeys: (row?.missingKeys as string[] | undefined) ?? [],
  };
}
