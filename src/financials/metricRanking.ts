/**
 * Metric rankings across companies for one period: one Cypher query selects each company's figure
 * (company-wide, requested basis and unit); ranks are assigned here (competition ranking, pure).
 */
import type { Database, NamedQuery, RowReader } from '../db/database.js';
import {
  FACT_PROJECTION,
  normalizeRaw,
  type AmountRecord,
  type FactBasisValue,
  type FinancialFactRecord,
  type RawFinancialFact,
} from './financialRepository.js';
import { LATEST, viewFact, type ReportSelection } from './factView.js';
import { CURATION_OWNER } from '../graph/owners.js';

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
  selection: { rule: 'latest' | 'first'; knownAt: string | null };
  entries: MetricRankingEntryRecord[];
  /** Empty unless the request asked for them (`withMissing`). */
  missingKeys: string[];
}

interface Candidate {
  companyKey: string;
  curated: boolean;
  fact: RawFinancialFact;
  amount: AmountRecord;
  rankedValue: number;
}

/** The amounts of the latest or the first reports: their rank key with the unit, and without. */
const RANKED_REPORTS = {
  latest: { rankKey: 'latestRankKey', factKey: 'latestFactKey' },
  first: { rankKey: 'firstRankKey', factKey: 'firstFactKey' },
} as const;
type RankedReports = (typeof RANKED_REPORTS)[keyof typeof RANKED_REPORTS];

/** One figure a ranking may place: company `c`, fact `f`, amount `a` (a Candidate below). */
const CANDIDATE = `{ companyKey: c.id, rankedValue: a.rankedValue, curated: f.documentId = '${CURATION_OWNER}',
        amount: a { .unit, .scale, .value, .low, .high, .bound, .baseValue, .baseLow, .baseHigh },
        fact: ${FACT_PROJECTION} }`;

/**
 * Companies with a fact but no figure in the ranking (only when \`missing\` is asked for): the
 * reporting companies are found through their periods (both loaders MERGE
 * (period)-[:PERIOD_OF]->(company) for every fact), not by scanning every Company.
 */
const REPORTING_COMPANIES = `MATCH (:Period)-[:PERIOD_OF]->(c:Company)
      WITH DISTINCT c
      WHERE EXISTS { (c)<-[:OF_COMPANY]-(:FinancialFact) }`;

/**
 * The current (or first-reported) figures of one metric, period, basis and unit are the amounts
 * whose rank key is `<metric>|<fiscal year>|<quarter or fy>|<basis>|<unit>` (kept by
 * src/graph/factReports.ts), so the ranking is two seeks of one composite index in ranked order:
 * the `$first`-th value, then every amount at least as good (ties included). Only those get the
 * fact projection; ranks are assigned here, over exactly those. The unit, when not given, is the
 * one most of those figures use (a seek of `Amount(latestFactKey, unit)`, units read from the index).
 */
const rankingByIndex = ({ rankKey: property, factKey }: RankedReports): NamedQuery => ({
  name: `financials.metricRanking.${property === 'latestRankKey' ? 'latest' : 'first'}`,
  cypher: `OPTIONAL CALL () {
      WITH $unit AS given WHERE given IS NULL
      // A composite index is used only with a predicate on each of its properties.
      MATCH (a:Amount) WHERE a.${factKey} = $factRankKey AND a.unit IS NOT NULL
      WITH a.unit AS commonUnit, count(*) AS n ORDER BY n DESC, commonUnit LIMIT 1
      RETURN commonUnit
    }
    WITH coalesce($unit, commonUnit) AS unit
    WITH unit, $factRankKey + '|' + unit AS amountKey
    OPTIONAL CALL (amountKey) {
      CALL (amountKey) {
        WITH amountKey WHERE $order = 'DESC'
        MATCH (a:Amount) WHERE a.${property} = amountKey AND a.rankedValue IS NOT NULL
        WITH a ORDER BY a.rankedValue DESC SKIP toInteger($first) - 1 LIMIT 1
        RETURN a.rankedValue AS threshold
        UNION
        WITH amountKey WHERE $order = 'ASC'
        MATCH (a:Amount) WHERE a.${property} = amountKey AND a.rankedValue IS NOT NULL
        WITH a ORDER BY a.rankedValue ASC SKIP toInteger($first) - 1 LIMIT 1
        RETURN a.rankedValue AS threshold
      }
      RETURN threshold
    }
    WITH unit, amountKey,
      CASE WHEN $order = 'DESC' THEN coalesce(threshold, -1.0e19) ELSE -1.0e19 END AS low,
      CASE WHEN $order = 'ASC' THEN coalesce(threshold, 1.0e19) ELSE 1.0e19 END AS high
    CALL (amountKey, low, high) {
      MATCH (a:Amount) WHERE a.${property} = amountKey AND a.rankedValue >= low AND a.rankedValue <= high
      MATCH (a)<-[:HAS_AMOUNT]-(:FactReport)-[:REPORTS]->(f:FinancialFact)-[:OF_COMPANY]->(c:Company)
      RETURN collect(${CANDIDATE}) AS items
    }
    CALL (amountKey) {
      WITH amountKey WHERE $withMissing
      ${REPORTING_COMPANIES}
        AND NOT EXISTS {
          MATCH (c)<-[:OF_COMPANY]-(:FinancialFact)<-[:REPORTS]-(:FactReport)-[:HAS_AMOUNT]->(a:Amount)
          WHERE a.${property} = amountKey AND a.rankedValue IS NOT NULL
        }
      WITH c ORDER BY c.name, c.id
      RETURN collect(c.id) AS missingKeys
    }
    RETURN unit, missingKeys, items`,
});

const RANKING_BY_INDEX = { latest: rankingByIndex(RANKED_REPORTS.latest), first: rankingByIndex(RANKED_REPORTS.first) };

/**
 * "As known at" a day: each fact's latest (or first) report among those known by then, read per
 * fact — no index can hold every day's answer. The facts come from the rank-key index.
 */
const RANKING_KNOWN_AT: NamedQuery = {
  name: 'financials.metricRanking.knownAt',
  cypher: `CALL () {
      MATCH (f:FinancialFact {rankKey: $factRankKey})
      CALL (f) {
        MATCH (f)<-[:REPORTS]-(r:FactReport) WHERE r.knownFrom IS NOT NULL AND r.knownFrom <= $knownAt
        WITH r ORDER BY CASE WHEN $rule = 'first' THEN r.sequence ELSE -r.sequence END LIMIT 1
        RETURN r
      }
      MATCH (r)-[:HAS_AMOUNT]->(a:Amount) WHERE a.rankedValue IS NOT NULL
      RETURN collect({ f: f, a: a }) AS figures
    }
    OPTIONAL CALL (figures) {
      WITH figures WHERE $unit IS NULL
      UNWIND figures AS x
      WITH x.a.unit AS commonUnit, count(*) AS n ORDER BY n DESC, commonUnit LIMIT 1
      RETURN commonUnit
    }
    WITH figures, coalesce($unit, commonUnit) AS unit
    CALL (figures, unit) {
      UNWIND figures AS x
      WITH x.f AS f, x.a AS a WHERE a.unit = unit
      MATCH (f)-[:OF_COMPANY]->(c:Company)
      RETURN collect(${CANDIDATE}) AS items
    }
    CALL (items) {
      // Ranked companies are subtracted by grouping on the key (a hash), not a membership test each.
      WITH items WHERE $withMissing
      CALL (items) {
        UNWIND items AS x
        RETURN x.companyKey AS key, null AS name, 1 AS ranked
        UNION ALL
        ${REPORTING_COMPANIES}
        RETURN c.id AS key, c.name AS name, 0 AS ranked
      }
      WITH key, max(name) AS name, max(ranked) AS ranked
      WHERE ranked = 0
      WITH key, name ORDER BY name, key
      RETURN collect(key) AS missingKeys
    }
    RETURN unit, missingKeys, items`,
};

/**
 * A company has one company-wide fact per metric, period and basis from its documents; a curated
 * fact of the same figure (src/curation/) is a second one, and the document's wins.
 */
function onePerCompany(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const held = best.get(c.companyKey);
    if (!held || (held.curated && !c.curated)) best.set(c.companyKey, c);
  }
  return [...best.values()];
}

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
  /** Which report of each fact counts (default: the latest of all). */
  readonly selection?: ReportSelection;
}

/** The columns of the ranking's one row; `items` holds the candidates (see `readWithSubtree`). */
export const RANKING_COLUMNS = ['unit', 'missingKeys', 'items'] as const;

/** `read` runs the query (by default on `db`; a resolver may pass one that loads the subtree with it). */
export async function rankCompaniesByMetric(
  db: Database,
  request: MetricRankingRequest,
  read: RowReader = (query, parameters) => db.read(query, parameters),
): Promise<MetricRankingRecord> {
  const selection = request.selection ?? LATEST;
  const query = selection.knownAt === null ? RANKING_BY_INDEX[selection.rule] : RANKING_KNOWN_AT;
  const [row] = await read(query, {
    factRankKey: `${request.metric}|${request.fiscalYear}|${request.quarter ?? 'fy'}|${request.basis}`,
    unit: request.unit,
    order: request.order,
    first: Math.max(request.first, 1),
    withMissing: request.withMissing ?? true,
    knownAt: selection.knownAt,
    rule: selection.rule,
  });
  const candidates = onePerCompany((row?.items as Candidate[] | undefined) ?? []);
  const ranked = assignCompetitionRanks(candidates, request.order).slice(0, request.first);
  return {
    metric: request.metric,
    unit: String(row?.unit ?? request.unit ?? ''),
    basis: request.basis,
    fiscalYear: request.fiscalYear,
    quarter: request.quarter,
    selection: { rule: selection.rule, knownAt: selection.knownAt },
    entries: ranked.map((c) => ({
      rank: c.rank,
      companyKey: c.companyKey,
      fact: viewFact(normalizeRaw(c.fact), selection)!,
      amount: c.amount,
      rankedValue: c.rankedValue,
    })),
    missingKeys: (row?.missingKeys as string[] | undefined) ?? [],
  };
}
