/**
 * Which report of a fact an answer shows, and what follows from the reports it could see. Pure.
 *
 * A fact record arrives with every report, in publication order (`allReports`). A view picks the
 * reports known at a date (all of them by default), and among those the latest or the first; the
 * record's flat fields (`amounts`, `comparisons`, `source`, …) are then the selected report's, so
 * every field resolver reads the record as before.
 */
import type { FactReportRecord, FinancialFactRecord, RawFinancialFact } from './factRecords.js';

export type ReportRule = 'latest' | 'first';

export interface ReportSelection {
  readonly rule: ReportRule;
  /** YYYY-MM-DD: only reports of documents known on or before that day; null = everything. */
  readonly knownAt: string | null;
  /** Show this document's own report (Document.financialFacts), whatever the rule. */
  readonly documentKey?: string | null | undefined;
}

export const LATEST: ReportSelection = { rule: 'latest', knownAt: null };

/** Reports a `knownAt` answer may use: known on or before the day (undated ones never are). */
export function reportsKnownAt(reports: readonly FactReportRecord[], knownAt: string | null): FactReportRecord[] {
  if (knownAt === null) return [...reports];
  return reports.filter((r) => r.knownFrom !== null && r.knownFrom <= knownAt);
}

/** The fact as the selection sees it; null when no report of it was known then. */
export function viewFact(raw: RawFinancialFact, selection: ReportSelection): FinancialFactRecord | null {
  const reports = reportsKnownAt(raw.allReports, selection.knownAt);
  const own = selection.documentKey ? reports.find((r) => r.documentKey === selection.documentKey) : undefined;
  const selected = own ?? (selection.rule === 'first' ? reports[0] : reports[reports.length - 1]);
  if (!selected) return null;
  return {
    ...raw,
    reports,
    selected,
    selection: { rule: selection.rule, knownAt: selection.knownAt },
    approximate: selected.approximate,
    formula: selected.formula,
    documentKey: selected.documentKey,
    amounts: selected.amounts,
    comparisons: selected.comparisons,
    explanations: selected.explanations,
    derivedFromKeys: selected.derivedFromKeys,
    source: selected.source,
  };
}

/** Views every fact, dropping those the selection cannot see. */
export function viewFacts(raws: readonly RawFinancialFact[], selection: ReportSelection): FinancialFactRecord[] {
  return raws.flatMap((raw) => viewFact(raw, selection) ?? []);
}
