/**
 * What a fact's reports say together: whether a figure was restated, how guidance was revised,
 * and how it turned out against the actual. Pure: the comparisons are precision-aware
 * (src/model/figures.ts).
 */
import { firstDisagreement, guidanceOutcome, revisionDirection } from '../model/figures.js';
import type {
  FinancialFactRecord,
  GuidanceOutcomeRecord,
  GuidanceRevisionRecord,
  RestatementRecord,
} from './factRecords.js';

/** The last change between consecutive reports the answer could see; null when they all agree (or for guidance). */
export function restatementOf(fact: FinancialFactRecord): RestatementRecord | null {
  if (fact.basis === 'guidance') return null;
  for (let i = fact.reports.length - 1; i > 0; i--) {
    const previous = fact.reports[i - 1]!;
    const later = fact.reports[i]!;
    const change = firstDisagreement(previous.amounts, later.amounts);
    if (change) {
      const before = change.earlier.baseValue;
      const after = change.later.baseValue;
      return {
        previous,
        previousAmount: change.earlier,
        amount: change.later,
        change: before !== null && after !== null ? after - before : null,
      };
    }
  }
  return null;
}

/** For guidance: each report after the first, against the one before it. */
export function revisionsOf(fact: FinancialFactRecord): GuidanceRevisionRecord[] {
  if (fact.basis !== 'guidance') return [];
  return fact.reports.slice(1).map((report, i) => ({
    report,
    previous: fact.reports[i]!,
    direction: revisionDirection(fact.reports[i]!.amounts, report.amounts),
  }));
}

/** The guidance (as selected) against the actual (as selected), in the first unit both print. */
export function outcomeOf(guidance: FinancialFactRecord, actual: FinancialFactRecord): GuidanceOutcomeRecord | null {
  for (const guidedAmount of guidance.amounts) {
    const actualAmount = actual.amounts.find((a) => a.unit === guidedAmount.unit);
    if (!actualAmount) continue;
    const outcome = guidanceOutcome(guidedAmount, actualAmount);
    if (outcome) return { actual, guidedAmount, actualAmount, ...outcome };
  }
  return null;
}
