/**
 * Financial facts, read as whole subtrees (fact + period + amounts + comparisons + explanations +
 * source) in one query, batched over companies so a list of companies costs one round-trip.
 */
import { batchQuery, byKeyQuery, itemsByKeys, listsByKeys } from '../db/batch.js';
import type { Database, NamedQuery } from '../db/database.js';
import { SOURCE_BY_ID, SOURCE_PROJECTION } from '../documents/documentRepository.js';
import { LATEST, viewFact, viewFacts, type ReportSelection } from './factView.js';
import { CURATION_OWNER } from '../graph/owners.js';

import type {
  AmountRecord,
  ComparisonRecord,
  ExplanationRecord,
  FactBasisValue,
  FinancialFactRecord,
  PeriodRecord,
  RawFinancialFact,
} from './factRecords.js';

export type * from './factRecords.js';

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
  /** Which report each fact shows, and which reports count (default: the latest of all). */
  readonly selection?: ReportSelection | undefined;
}

export const PERIOD_PROJECTION = (p: string) =>
  `${p} { key: ${p}.id, .fiscalYear, .quarter, .months, .kind, .label, .startDate, .endDate }`;

/** Orders periods: by fiscal year, then quarter, a whole fiscal year after its quarters. */
const PERIOD_SORT_KEY = (p: string) => `(${p}.fiscalYear * 10 + coalesce(${p}.quarter, 5))`;

export function periodSortKey(period: { fiscalYear: number; quarter?: number | null }, end: 'from' | 'to'): number {
  return period.fiscalYear * 10 + (period.quarter ?? (end === 'from' ? 1 : 5));
}

/** Projection of report `r` of a fact; inner variables are prefixed so they never capture the caller's. */
const REPORT_PROJECTION = `r { nodeType: 'FactReport', key: r.id, curated: r.documentId = '${CURATION_OWNER}',
    documentKey: [(r)-[:SOURCED_FROM]->(rs)-[:IN_SECTION]->(rsec) | rsec.documentId][0],
    sequence: coalesce(r.sequence, 0), .knownFrom, orderedBy: coalesce(r.orderedBy, 'unknown'),
    approximate: coalesce(r.approximate, false), .formula,
    amounts: [(r)-[:HAS_AMOUNT]->(ramt) | ramt { .position, .unit, .scale, .value, .low, .high, .bound, .baseValue, .baseLow, .baseHigh }],
    comparisons: [(rcmp)-[:COMPARES]->(r) | rcmp { .id, .kind, .direction, .changeValue, .changeUnit,
      basePeriod: [(rcmp)-[:BASE_PERIOD]->(rbp) | ${PERIOD_PROJECTION('rbp')}][0],
      source: ${SOURCE_BY_ID('rcmp.sourceId')} }],
    explanations: [(rx)-[:EXPLAINS]->(r) | rx { .id, .text, source: ${SOURCE_BY_ID('rx.sourceId')} }],
    derivedFromKeys: [(r)-[:DERIVED_FROM]->(rg) | rg.id],
    source: [(r)-[:SOURCED_FROM]->(src) | ${SOURCE_PROJECTION}][0] }`;

/** Projection of fact `f` with all its reports (a view picks one: src/financials/factView.ts). */
export const FACT_PROJECTION = `f {
  nodeType: 'FinancialFact', key: f.id, .metric, .basis,
  version: coalesce(f.version, 0),
  companyKey: [(f)-[:OF_COMPANY]->(fco) | fco.id][0],
  offeringKey: [(f)-[:ABOUT_OFFERING]->(fo) | fo.id][0],
  period: [(f)-[:FOR_PERIOD]->(fp) | ${PERIOD_PROJECTION('fp')}][0],
  allReports: [(f)<-[:REPORTS]-(r:FactReport) | ${REPORT_PROJECTION}]
}`;

const FACTS_BY_COMPANY_KEYS = batchQuery<RawFinancialFact[]>(
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

const FACTS_BY_DOCUMENT_KEYS = batchQuery<RawFinancialFact[]>(
  'financials.factsByDocumentKeys',
  'list',
  `MATCH (:FactReport {documentId: key})-[:REPORTS]->(f:FinancialFact)-[:FOR_PERIOD]->(p:Period)
    WITH key, f, p ORDER BY ${PERIOD_SORT_KEY('p')}, f.metric, f.id`,
  `collect(${FACT_PROJECTION})`,
);

export const PERIODS_BY_KEYS = byKeyQuery(
  'financials.periodsByKeys',
  'MATCH (p:Period {id: key})',
  PERIOD_PROJECTION('p'),
);

/** Lists come back unordered from pattern comprehensions: restore printed and publication order. */
export function normalizeRaw(fact: RawFinancialFact): RawFinancialFact {
  const byId = (a: { id?: string }, b: { id?: string }) => (a.id ?? '').localeCompare(b.id ?? '');
  for (const report of fact.allReports) {
    (report.amounts as (AmountRecord & { position?: number })[]).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    (report.comparisons as (ComparisonRecord & { id?: string })[]).sort(byId);
    (report.explanations as (ExplanationRecord & { id?: string })[]).sort(byId);
    report.derivedFromKeys.sort();
  }
  fact.allReports.sort((a, b) => a.sequence - b.sequence || a.key.localeCompare(b.key));
  return fact;
}

/** The stored fact as the default view sees it: its latest report (every stored fact has one). */
export function normalizeFact(fact: RawFinancialFact): FinancialFactRecord {
  const viewed = viewFact(normalizeRaw(fact), LATEST);
  if (!viewed) throw new Error(`fact ${fact.key} has no report`);
  return viewed;
}

export async function factsByCompanyKeys(
  db: Database,
  keys: readonly string[],
  filter: FactFilter,
): Promise<FinancialFactRecord[][]> {
  const lists = await listsByKeys<RawFinancialFact>(db, FACTS_BY_COMPANY_KEYS, keys, {
    metric: filter.metric ?? null,
    basis: filter.basis ?? null,
    fromKey: filter.fromKey ?? null,
    toKey: filter.toKey ?? null,
    offering: filter.offering ?? null,
    includeOfferings: filter.includeOfferings ?? false,
  });
  const selection = filter.selection ?? LATEST;
  return lists.map((facts) => viewFacts(facts.map(normalizeRaw), selection));
}

/** Facts by key as the default view sees them (a fact no report of which is visible is null). */
export async function factsByKeys(db: Database, keys: readonly string[]): Promise<(FinancialFactRecord | null)[]> {
  const facts = await itemsByKeys<RawFinancialFact>(db, FACTS_BY_KEYS, keys);
  return facts.map((f) => (f ? normalizeFact(f) : null));
}

/** Each document's facts, each showing that document's own report. */
export async function factsByDocumentKeys(db: Database, keys: readonly string[]): Promise<FinancialFactRecord[][]> {
  const lists = await listsByKeys<RawFinancialFact>(db, FACTS_BY_DOCUMENT_KEYS, keys);
  return lists.map((facts, i) =>
    viewFacts(facts.map(normalizeRaw), { rule: 'latest', knownAt: null, documentKey: keys[i] ?? null }),
  );
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

/**
 * The actual (then derived) facts of the same company, metric, offering and period as each
 * guidance fact: periods belong to one company, so the shared Period node carries the company.
 */
const ACTUALS_OF_GUIDANCE = batchQuery<RawFinancialFact[]>(
  'financials.actualsOfGuidance',
  'list',
  `MATCH (g:FinancialFact {id: key})-[:FOR_PERIOD]->(p:Period)<-[:FOR_PERIOD]-(f:FinancialFact)
    WHERE f.metric = g.metric AND f.basis IN ['actual', 'derived']
      AND [(g)-[:ABOUT_OFFERING]->(go) | go.id] = [(f)-[:ABOUT_OFFERING]->(fo) | fo.id]
    WITH key, f ORDER BY f.basis, f.documentId IS NOT NULL, f.id`,
  `collect(${FACT_PROJECTION})`,
);

export async function actualsOfGuidance(db: Database, keys: readonly string[]): Promise<RawFinancialFact[][]> {
  const lists = await listsByKeys<RawFinancialFact>(db, ACTUALS_OF_GUIDANCE, keys);
  return lists.map((facts) => facts.map(normalizeRaw));
}

/** Company-wide actual facts of each period (what an expectation about the period is checked against). */
const ACTUALS_BY_PERIOD = batchQuery<RawFinancialFact[]>(
  'financials.actualsByPeriod',
  'list',
  `MATCH (p:Period {id: key})<-[:FOR_PERIOD]-(f:FinancialFact {basis: 'actual'})
    WHERE NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
    WITH key, f ORDER BY f.metric, f.id`,
  `collect(${FACT_PROJECTION})`,
);

export async function actualsByPeriodKeys(db: Database, keys: readonly string[]): Promise<FinancialFactRecord[][]> {
  const lists = await listsByKeys<RawFinancialFact>(db, ACTUALS_BY_PERIOD, keys);
  return lists.map((facts) => viewFacts(facts.map(normalizeRaw), LATEST));
}

const METRICS_EXIST: NamedQuery = {
  name: 'financials.metricsExist',
  cypher: `UNWIND $keys AS key RETURN key, EXISTS { MATCH (:FinancialFact {metric: key}) } AS exists`,
};

/** Whether the graph holds facts of each metric (by the metric index). */
export async function metricsExist(db: Database, keys: readonly string[]): Promise<boolean[]> {
  const rows = await db.read(METRICS_EXIST, { keys });
  const found = new Map(rows.map((r) => [String(r.key), r.exists === true]));
  return keys.map((k) => found.get(k) ?? false);
}
