/**
 * Financial facts, read as whole subtrees (fact + period + amounts + source) in one query, batched
 * over companies so a list of companies costs one round-trip, not one per company.
 */
import type { Database, NamedQuery } from '../db/database.js';
import { SOURCE_PROJECTION, type SourceRecord } from '../documents/documentRepository.js';

export type FactBasisValue = 'actual' | 'guidance' | 'derived';

export interface PeriodRecord {
  key: string;
  fiscalYear: number;
  quarter: number | null;
  months: number;
  kind: string;
  label: string;
  startDate: string | null;
  endDate: string | null;
}

export interface AmountRecord {
  unit: string;
  scale: string;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: string | null;
  baseValue: number | null;
  baseLow: number | null;
  baseHigh: number | null;
}

export interface FinancialFactRecord {
  nodeType: 'FinancialFact';
  key: string;
  metric: string;
  basis: FactBasisValue;
  approximate: boolean;
  formula: string | null;
  companyKey: string;
  offeringKey: string | null;
  period: PeriodRecord;
  amounts: AmountRecord[];
  source: SourceRecord;
}

export interface FactFilter {
  readonly metric?: string | null | undefined;
  readonly basis?: FactBasisValue | null | undefined;
}

const FACT_PROJECTION = `f {
  nodeType: 'FinancialFact', key: f.id, .metric, .basis, .approximate, .formula,
  companyKey: c.id,
  offeringKey: [(f)-[:ABOUT_OFFERING]->(o) | o.id][0],
  period: p { key: p.id, .fiscalYear, .quarter, .months, .kind, .label, .startDate, .endDate },
  amounts: [(f)-[:HAS_AMOUNT]->(a) | a { .position, .unit, .scale, .value, .low, .high, .bound, .baseValue, .baseLow, .baseHigh }],
  source: [(f)-[:SOURCED_FROM]->(src) | ${SOURCE_PROJECTION}][0]
}`;

const FACTS_BY_COMPANY_KEYS: NamedQuery = {
  name: 'financials.factsByCompanyKeys',
  cypher: `UNWIND $keys AS key
    MATCH (c:Company {id: key})<-[:OF_COMPANY]-(f:FinancialFact)-[:FOR_PERIOD]->(p:Period)
    WHERE ($metric IS NULL OR f.metric = $metric) AND ($basis IS NULL OR f.basis = $basis)
    WITH key, c, f, p
    ORDER BY p.fiscalYear, coalesce(p.quarter, 5), p.months, f.metric, f.basis, f.id
    RETURN key, collect(${FACT_PROJECTION}) AS facts`,
};

const FACTS_BY_KEYS: NamedQuery = {
  name: 'financials.factsByKeys',
  cypher: `UNWIND $keys AS key
    MATCH (c:Company)<-[:OF_COMPANY]-(f:FinancialFact {id: key})-[:FOR_PERIOD]->(p:Period)
    RETURN ${FACT_PROJECTION} AS fact`,
};

/** Amounts come back unordered from the pattern comprehension; `position` is the printed order. */
function sortAmounts(fact: FinancialFactRecord): FinancialFactRecord {
  const amounts = fact.amounts as (AmountRecord & { position?: number })[];
  amounts.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return fact;
}

export async function factsByCompanyKeys(
  db: Database,
  keys: readonly string[],
  filter: FactFilter,
): Promise<FinancialFactRecord[][]> {
  const rows = await db.read(FACTS_BY_COMPANY_KEYS, {
    keys,
    metric: filter.metric ?? null,
    basis: filter.basis ?? null,
  });
  const byKey = new Map(rows.map((r) => [r.key as string, (r.facts as FinancialFactRecord[]).map(sortAmounts)]));
  return keys.map((k) => byKey.get(k) ?? []);
}

export async function factsByKeys(db: Database, keys: readonly string[]): Promise<(FinancialFactRecord | null)[]> {
  const rows = await db.read(FACTS_BY_KEYS, { keys });
  const byKey = new Map(
    rows.map((r) => [(r.fact as FinancialFactRecord).key, sortAmounts(r.fact as FinancialFactRecord)]),
  );
  return keys.map((k) => byKey.get(k) ?? null);
}

const BASIS_PREFERENCE: Record<FactBasisValue, number> = { actual: 0, guidance: 1, derived: 2 };

/**
 * The company-wide figure for a period: actual beats guidance beats derived. Without a period, the
 * latest quarter that has an actual figure. Pure; facts arrive ordered by period.
 */
export function pickCompanyFigure(
  facts: readonly FinancialFactRecord[],
  period: { fiscalYear: number; quarter?: number | null | undefined } | null | undefined,
): FinancialFactRecord | null {
  const companyWide = facts.filter((f) => f.offeringKey === null);
  const candidates = period
    ? companyWide.filter(
        (f) =>
          f.period.fiscalYear === period.fiscalYear &&
          (period.quarter == null ? f.period.kind === 'fiscal-year' : f.period.quarter === period.quarter),
      )
    : companyWide.filter((f) => f.basis === 'actual' && f.period.kind === 'quarter').slice(-1);
  return [...candidates].sort((a, b) => BASIS_PREFERENCE[a.basis] - BASIS_PREFERENCE[b.basis])[0] ?? null;
}
