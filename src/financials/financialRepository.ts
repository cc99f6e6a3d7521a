/**
 * Financial facts, read as whole subtrees (fact + period + amounts + comparisons + explanations +
 * source) in one query, batched over companies so a list of companies costs one round-trip.
 */
import { batchQuery, byKeyQuery, itemsByKeys, listsByKeys } from '../db/batch.js';
import type { Database } from '../db/database.js';
import { SOURCE_BY_ID, SOURCE_PROJECTION, type SourceRecord } from '../documents/documentRepository.js';

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

export interface ComparisonRecord {
  kind: string;
  direction: string;
  changeValue: number | null;
  changeUnit: string | null;
  basePeriod: PeriodRecord;
  source: SourceRecord;
}

export interface ExplanationRecord {
  text: string;
  source: SourceRecord;
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
  documentKey: string;
  period: PeriodRecord;
  amounts: AmountRecord[];
  comparisons: ComparisonRecord[];
  explanations: ExplanationRecord[];
  derivedFromKeys: string[];
  source: SourceRecord;
  /** Curated writes so far (0 for a fact loaded from a fact file); see src/curation/. */
  version: number;
}

/** Filters of a company's facts; `fromKey`/`toKey` are period sort keys (see periodSortKey). */
export interface FactFilter {
  readonly metric?: string | null | undefined;
  readonly basis?: FactBasisValue | null | undefined;
  readonly fromKey?: number | null | undefined;
  readonly toKey?: number | null | undefined;
  /** Only facts about this offering (key). */
  readonly offering?: string | null | undefined;
  /** With no `offering`: include facts about offerings beside company-wide ones. Default: company-wide only. */
  readonly includeOfferings?: boolean | undefined;
}

export const PERIOD_PROJECTION = (p: string) =>
  `${p} { key: ${p}.id, .fiscalYear, .quarter, .months, .kind, .label, .startDate, .endDate }`;

/** Orders periods: by fiscal year, then quarter, a whole fiscal year after its quarters. */
const PERIOD_SORT_KEY = (p: string) => `(${p}.fiscalYear * 10 + coalesce(${p}.quarter, 5))`;

export function periodSortKey(period: { fiscalYear: number; quarter?: number | null }, end: 'from' | 'to'): number {
  return period.fiscalYear * 10 + (period.quarter ?? (end === 'from' ? 1 : 5));
}

/** Projection of fact `f`; its inner variables are prefixed so they never capture the caller's. */
export const FACT_PROJECTION = `f {
  nodeType: 'FinancialFact', key: f.id, .metric, .basis, approximate: coalesce(f.approximate, false), .formula,
  version: coalesce(f.version, 0),
  companyKey: [(f)-[:OF_COMPANY]->(fco) | fco.id][0],
  offeringKey: [(f)-[:ABOUT_OFFERING]->(fo) | fo.id][0],
  documentKey: [(f)-[:SOURCED_FROM]->(fs)-[:IN_SECTION]->(fsec) | fsec.documentId][0],
  period: [(f)-[:FOR_PERIOD]->(fp) | ${PERIOD_PROJECTION('fp')}][0],
  amounts: [(f)-[:HAS_AMOUNT]->(famt) | famt { .position, .unit, .scale, .value, .low, .high, .bound, .baseValue, .baseLow, .baseHigh }],
  comparisons: [(fcmp)-[:COMPARES]->(f) | fcmp { .id, .kind, .direction, .changeValue, .changeUnit,
    basePeriod: [(fcmp)-[:BASE_PERIOD]->(fbp) | ${PERIOD_PROJECTION('fbp')}][0],
    source: ${SOURCE_BY_ID('fcmp.sourceId')} }],
  explanations: [(fx)-[:EXPLAINS]->(f) | fx { .id, .text, source: ${SOURCE_BY_ID('fx.sourceId')} }],
  derivedFromKeys: [(f)-[:DERIVED_FROM]->(fg) | fg.id],
  source: [(f)-[:SOURCED_FROM]->(src) | ${SOURCE_PROJECTION}][0]
}`;

const FACTS_BY_COMPANY_KEYS = batchQuery<FinancialFactRecord[]>(
  'financials.factsByCompanyKeys',
  'list',
  `MATCH (c:Company {id: key})<-[:OF_COMPANY]-(f:FinancialFact)-[:FOR_PERIOD]->(p:Period)
    WHERE ($metric IS NULL OR f.metric = $metric)
      AND ($basis IS NULL OR f.basis = $basis)
      AND ($fromKey IS NULL OR ${PERIOD_SORT_KEY('p')} >= $fromKey)
      AND ($toKey IS NULL OR ${PERIOD_SORT_KEY('p')} <= $toKey)
      AND CASE
        WHEN $offering IS NOT NULL THEN EXISTS { (f)-[:ABOUT_OFFERING]->(:Offering {id: $offering}) }
        WHEN $includeOfferings THEN true
        ELSE NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
      END
    WITH key, f, p
    ORDER BY ${PERIOD_SORT_KEY('p')}, p.months, f.metric, f.basis, f.id`,
  `collect(${FACT_PROJECTION})`,
);

export const FACTS_BY_KEYS = byKeyQuery('financials.factsByKeys', 'MATCH (f:FinancialFact {id: key})', FACT_PROJECTION);

const FACTS_BY_DOCUMENT_KEYS = batchQuery<FinancialFactRecord[]>(
  'financials.factsByDocumentKeys',
  'list',
  `MATCH (f:FinancialFact)-[:FOR_PERIOD]->(p:Period)
    WHERE f.documentId = key
    WITH key, f, p ORDER BY ${PERIOD_SORT_KEY('p')}, f.metric, f.id`,
  `collect(${FACT_PROJECTION})`,
);

export const PERIODS_BY_KEYS = byKeyQuery(
  'financials.periodsByKeys',
  'MATCH (p:Period {id: key})',
  PERIOD_PROJECTION('p'),
);

/** Amounts and comparisons come back unordered from pattern comprehensions; restore printed order. */
export function normalizeFact(fact: FinancialFactRecord): FinancialFactRecord {
  (fact.amounts as (AmountRecord & { position?: number })[]).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  (fact.comparisons as (ComparisonRecord & { id?: string })[]).sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
  (fact.explanations as (ExplanationRecord & { id?: string })[]).sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
  fact.derivedFromKeys.sort();
  return fact;
}

export async function factsByCompanyKeys(
  db: Database,
  keys: readonly string[],
  filter: FactFilter,
): Promise<FinancialFactRecord[][]> {
  const lists = await listsByKeys<FinancialFactRecord>(db, FACTS_BY_COMPANY_KEYS, keys, {
    metric: filter.metric ?? null,
    basis: filter.basis ?? null,
    fromKey: filter.fromKey ?? null,
    toKey: filter.toKey ?? null,
    offering: filter.offering ?? null,
    includeOfferings: filter.includeOfferings ?? false,
  });
  return lists.map((facts) => facts.map(normalizeFact));
}

export async function factsByKeys(db: Database, keys: readonly string[]): Promise<(FinancialFactRecord | null)[]> {
  const facts = await itemsByKeys<FinancialFactRecord>(db, FACTS_BY_KEYS, keys);
  return facts.map((f) => (f ? normalizeFact(f) : null));
}

export async function factsByDocumentKeys(db: Database, keys: readonly string[]): Promise<FinancialFactRecord[][]> {
  const lists = await listsByKeys<FinancialFactRecord>(db, FACTS_BY_DOCUMENT_KEYS, keys);
  return lists.map((facts) => facts.map(normalizeFact));
}

export async function periodsByKeys(db: Database, keys: readonly string[]): Promise<(PeriodRecord | null)[]> {
  return itemsByKeys<PeriodRecord>(db, PERIODS_BY_KEYS, keys);
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
