/** Fact records for unit tests of pure logic (views, history, picks): no database. */
import type { AmountRecord, FactReportRecord, RawFinancialFact } from '../../src/financials/financialRepository.js';

export function amount(value: number | null, scale = 'million', unit = 'JPY', range?: [number, number]): AmountRecord {
  const factor = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 }[scale] ?? 1;
  return {
    unit,
    scale,
    value,
    low: range ? range[0] : null,
    high: range ? range[1] : null,
    bound: null,
    baseValue: value === null ? null : value * factor,
    baseLow: range ? range[0] * factor : null,
    baseHigh: range ? range[1] * factor : null,
  };
}

export function report(
  documentKey: string,
  sequence: number,
  knownFrom: string | null,
  amounts: AmountRecord[],
): FactReportRecord {
  return {
    nodeType: 'FactReport',
    key: `${documentKey}#f`,
    documentKey,
    curated: false,
    sequence,
    knownFrom,
    orderedBy: knownFrom ? 'publication-date' : 'unknown',
    approximate: false,
    formula: null,
    amounts,
    comparisons: [],
    explanations: [],
    derivedFromKeys: [],
    source: {
      documentKey,
      section: { key: 's', title: 'S', number: null, position: 0, note: null },
      quote: `q ${documentKey}`,
      note: null,
    },
  };
}

export function rawFact(
  key: string,
  basis: RawFinancialFact['basis'],
  fiscalYear: number,
  quarter: number | null,
  reports: FactReportRecord[],
  offeringKey: string | null = null,
): RawFinancialFact {
  return {
    nodeType: 'FinancialFact',
    key,
    metric: 'revenue',
    basis,
    companyKey: 'c',
    offeringKey,
    period: {
      key: `c/${fiscalYear}-${quarter}`,
      fiscalYear,
      quarter,
      months: quarter ? 3 : 12,
      kind: quarter ? 'quarter' : 'fiscal-year',
      label: '',
      startDate: null,
      endDate: null,
    },
    allReports: reports,
    version: 0,
  };
}
