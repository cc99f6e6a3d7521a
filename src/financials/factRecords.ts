/** The records the financials domain's repository returns (a fact, its reports, periods, amounts). */
import type { SourceRecord } from '../documents/documentRepository.js';

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

/** What one document (or a curated write) says of a fact. */
export interface FactReportRecord {
  nodeType: 'FactReport';
  /** `<document>#<fact id in its file>`. */
  key: string;
  /** The document the report's quote is in (for a curated report: the document it cites). */
  documentKey: string;
  curated: boolean;
  /** 0 for the first report of the fact, in publication order. */
  sequence: number;
  /** YYYY-MM-DD from which the report counts as known (src/seed/documentTime.ts); null when undated. */
  knownFrom: string | null;
  /** publication-date, period-end or unknown: what `knownFrom` was taken from. */
  orderedBy: string;
  approximate: boolean;
  formula: string | null;
  amounts: AmountRecord[];
  comparisons: ComparisonRecord[];
  explanations: ExplanationRecord[];
  derivedFromKeys: string[];
  source: SourceRecord;
}

/** A fact as stored: its identity and every report, in publication order. */
export interface RawFinancialFact {
  nodeType: 'FinancialFact';
  key: string;
  metric: string;
  basis: FactBasisValue;
  companyKey: string;
  offeringKey: string | null;
  period: PeriodRecord;
  allReports: FactReportRecord[];
  /** Curated writes so far (0 for a fact loaded from a fact file); see src/curation/. */
  version: number;
}

/** A fact as an answer sees it (src/financials/factView.ts): the flat fields are the selected report's. */
export interface FinancialFactRecord extends RawFinancialFact {
  /** The reports the answer could see (known at its `knownAt`), in publication order. */
  reports: FactReportRecord[];
  selected: FactReportRecord;
  selection: { rule: 'latest' | 'first'; knownAt: string | null };
  approximate: boolean;
  formula: string | null;
  documentKey: string;
  amounts: AmountRecord[];
  comparisons: ComparisonRecord[];
  explanations: ExplanationRecord[];
  derivedFromKeys: string[];
  source: SourceRecord;
}

export interface ReportSelectionRecord {
  rule: 'latest' | 'first';
  knownAt: string | null;
}

export interface RestatementRecord {
  previous: FactReportRecord;
  previousAmount: AmountRecord;
  amount: AmountRecord;
  change: number | null;
}

export interface GuidanceRevisionRecord {
  report: FactReportRecord;
  previous: FactReportRecord;
  direction: 'raised' | 'lowered' | 'reaffirmed';
}

export interface GuidanceOutcomeRecord {
  actual: FinancialFactRecord;
  position: 'below' | 'within' | 'above';
  surprisePercent: number | null;
  guidedAmount: AmountRecord;
  actualAmount: AmountRecord;
}
