/**
 * What the graph holds per metric: fact count, units, bases, periods and companies, in one query
 * over every financial fact (the catalogue joins it with the lexicon in metricCatalogue.ts).
 */
import type { Database, NamedQuery } from '../db/database.js';
import { PERIOD_PROJECTION, type FactBasisValue, type PeriodRecord } from '../financials/financialRepository.js';

export interface MetricUsageRecord {
  metric: string;
  factCount: number;
  units: string[];
  bases: FactBasisValue[];
  periods: PeriodRecord[];
  companyKeys: string[];
  /** Facts about a business line or service (the rest are company-wide). */
  offeringFactCount: number;
}

// The one place this domain walks from a fact to its amounts' units (through its reports: docs/MODEL.md).
const FACT_AMOUNT_UNITS = (f: string) => `[(${f})<-[:REPORTS]-(:FactReport)-[:HAS_AMOUNT]->(ra) | ra.unit]`;

const METRIC_USAGE: NamedQuery = {
  name: 'metrics.usage',
  cypher: `MATCH (f:FinancialFact)-[:FOR_PERIOD]->(p:Period)
    OPTIONAL MATCH (f)-[:OF_COMPANY]->(c:Company)
    WITH f, p, c WHERE $companyKey IS NULL OR c.id = $companyKey
    WITH f, p, c, ${FACT_AMOUNT_UNITS('f')} AS units, EXISTS { (f)-[:ABOUT_OFFERING]->() } AS aboutOffering
    ORDER BY p.fiscalYear, coalesce(p.quarter, 5), p.months, p.id
    WITH f.metric AS metric, collect(DISTINCT f) AS facts, collect(units) AS unitLists,
      collect(DISTINCT f.basis) AS bases, collect(DISTINCT ${PERIOD_PROJECTION('p')}) AS periods,
      collect(DISTINCT c.id) AS companyKeys, sum(CASE WHEN aboutOffering THEN 1 ELSE 0 END) AS offeringRows
    RETURN metric, size(facts) AS factCount, bases, periods, companyKeys,
      reduce(all = [], u IN reduce(flat = [], l IN unitLists | flat + l) | CASE WHEN u IN all THEN all ELSE all + u END) AS units,
      offeringRows AS offeringFactCount
    ORDER BY metric`,
};

/** Per metric, what the graph holds (only this company's facts when `companyKey` is given). */
export async function metricUsage(db: Database, companyKey: string | null): Promise<MetricUsageRecord[]> {
  const rows = await db.read(METRIC_USAGE, { companyKey });
  return rows.map((r) => ({
    metric: String(r.metric),
    factCount: Number(r.factCount),
    units: [...(r.units as string[])].sort(),
    bases: [...(r.bases as FactBasisValue[])].sort(),
    periods: r.periods as PeriodRecord[],
    companyKeys: [...(r.companyKeys as string[])].sort(),
    offeringFactCount: Number(r.offeringFactCount),
  }));
}
