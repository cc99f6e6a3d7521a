/**
 * Metric rankings across companies for one period: one Cypher query selects each company's figure
 * (company-wide, requested basis and unit); ranks are assigned here (competition ranking, pure).
 */
import type { Database, NamedQuery } from '../db/database.js';
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
  cypher: `OPTIONAL CALL () {
      MATCH (f:FinancialFact {metric: $metric, basis: $basis})-[:FOR_PERIOD]->(p:Period {fiscalYear: toInteger($fiscalYear)})
      WHERE CASE WHEN $quarter IS NULL THEN p.kind = 'fiscal-year' ELSE p.quarter = toInteger($quarter) END
        AND NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
      MATCH (f)-[:HAS_AMOUNT]->(a:Amount)
      RETURN a.unit AS commonUnit, count(*) AS n ORDER BY n DESC, commonUnit LIMIT 1
    }
    WITH coalesce($unit, commonUnit) AS unit
    CALL (unit) {
      MATCH (f:FinancialFact {metric: $metric, basis: $basis})-[:FOR_PERIOD]->(p:Period {fiscalYear: toInteger($fiscalYear)})
      WHERE CASE WHEN $quarter IS NULL THEN p.kind = 'fiscal-year' ELSE p.quarter = toInteger($quarter) END
        AND NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
      MATCH (f)-[:HAS_AMOUNT]->(a:Amount {unit: unit})
      MATCH (f)-[:OF_COMPANY]->(c:Company)
      WITH c, f, a, coalesce(a.baseValue, (a.baseLow + a.baseHigh) / 2.0) AS rankedValue
      WHERE rankedValue IS NOT NULL
      ORDER BY c.id, f.documentId DESC, f.id DESC
      WITH c, collect({ f: f, a: a, v: rankedValue })[0] AS best
      RETURN collect({ companyKey: c.id, f: best.f, a: best.a, rankedValue: best.v }) AS picked
    }
    CALL (picked) {
      MATCH (c:Company)
      WHERE EXISTS { (c)<-[:OF_COMPANY]-(:FinancialFact) } AND NOT c.id IN [x IN picked | x.companyKey]
      WITH c ORDER BY c.name, c.id
      RETURN collect(c.id) AS missingKeys
    }
    UNWIND (CASE WHEN size(picked) = 0 THEN [null] ELSE picked END) AS pick
    WITH unit, missingKeys, pick, pick.f AS f, pick.a AS amt
    RETURN unit, missingKeys,
      CASE WHEN pick IS NULL THEN null ELSE { companyKey: pick.companyKey, rankedValue: pick.rankedValue,
        amount: amt { .unit, .scale, .value, .low, .high, .bound, .baseValue, .baseLow, .baseHigh },
        fact: ${FACT_PROJECTION} } END AS candidate`,
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
}

export async function rankCompaniesByMetric(db: Database, request: MetricRankingRequest): Promise<MetricRankingRecord> {
  const rows = await db.read(RANKING, {
    metric: request.metric,
    fiscalYear: request.fiscalYear,
    quarter: request.quarter,
    unit: request.unit,
    basis: request.basis,
  });
  const candidates = rows.map((r) => r.candidate as Candidate | null).filter((c): c is Candidate => c !== null);
  const ranked = assignCompetitionRanks(candidates, request.order).slice(0, request.first);
  return {
    metric: request.metric,
    unit: String(rows[0]?.unit ?? request.unit ?? ''),
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
    missingKeys: (rows[0]?.missingKeys as string[] | undefined) ?? [],
  };
}
