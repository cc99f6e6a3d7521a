/**
 * What a reviewed draft would add to the graph, before it is loaded: for each drafted fact, whether
 * the graph has no such fact yet (new), states the same figure (confirms), another one (restates),
 * or — for guidance — raises, lowers or reaffirms it. Facts over time identify a fact by company,
 * metric, offering, period and basis; the graph's reports are read with the financial repository
 * (one query for the company), and the verdicts are the loader's own (src/seed/reportNews.ts), so
 * `kg extract --diff` says what `kg seed` will then report.
 */
import type { Database } from '../db/database.js';
import { factsByCompanyKeys, type RawFinancialFact } from '../financials/financialRepository.js';
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import { periodKey } from '../seed/periods.js';
import { describeReports, type ReportNews, type ReportedFact } from '../seed/reportNews.js';

interface DraftFactLike {
  readonly id: string;
  readonly company: string;
  readonly metric: string;
  readonly offering?: string | undefined;
  readonly period: PeriodRef;
  readonly basis: 'actual' | 'guidance' | 'derived';
  readonly amounts: readonly Amount[];
}

export interface DraftLike {
  readonly document: { readonly id: string; readonly published?: { readonly date: string } | undefined };
  readonly facts?: readonly DraftFactLike[];
}

const identity = (f: { metric: string; offering: string | null; period: PeriodRef; basis: string }) =>
  `${f.metric}|${f.offering ?? ''}|${periodKey(f.period)}|${f.basis}`;

function periodOf(fact: RawFinancialFact): PeriodRef {
  const p = fact.period;
  return {
    fiscalYear: p.fiscalYear,
    ...(p.quarter != null ? { quarter: p.quarter } : {}),
    ...(p.months != null && p.quarter == null && p.months !== 12 ? { months: p.months } : {}),
  };
}

/** The verdicts, pure: the graph's facts of the company and the draft. */
export function diffFacts(draft: DraftLike, graphFacts: readonly RawFinancialFact[]): ReportNews[] {
  const byIdentity = new Map(
    graphFacts.map((g) => [
      identity({ metric: g.metric, offering: g.offeringKey, period: periodOf(g), basis: g.basis }),
      g,
    ]),
  );
  const documentId = draft.document.id;
  const published = draft.document.published?.date ?? null;
  const reported: ReportedFact[] = (draft.facts ?? []).map((f) => {
    const graph = byIdentity.get(identity({ ...f, offering: f.offering ?? null }));
    // The graph's reports in publication order, this document's own earlier load left out; the
    // draft's report goes after those known no later than its publication date (last if undated).
    const earlier = (graph?.allReports ?? [])
      .filter((r) => r.documentKey !== documentId)
      .map((r) => ({ documentId: r.documentKey, sequence: r.sequence, knownFrom: r.knownFrom, amounts: r.amounts }));
    const at = published
      ? earlier.filter((r) => r.knownFrom === null || r.knownFrom <= published).length
      : earlier.length;
    const mine = { documentId, sequence: at, knownFrom: published, amounts: f.amounts };
    return {
      key: graph?.key ?? f.id,
      metric: f.metric,
      basis: f.basis,
      period: periodKey(f.period),
      offering: f.offering ?? null,
      reports: [...earlier.slice(0, at), mine, ...earlier.slice(at)],
    };
  });
  return describeReports(documentId, reported);
}

/** Reads the company's facts (every offering, every report) and diffs the draft against them. */
export async function diffDraftAgainstGraph(db: Database, company: string, draft: DraftLike): Promise<ReportNews[]> {
  const [facts] = await factsByCompanyKeys(db, [company], { includeOfferings: true });
  return diffFacts(draft, facts ?? []);
}
