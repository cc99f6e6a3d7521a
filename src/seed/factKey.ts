/**
 * A financial fact's identity — company, metric, offering (if any), period and basis — and the key
 * derived from it. Every document that states the same figure reports the same fact, so the key is
 * never taken from a fact file (whose fact ids are handles within that file). Pure.
 */
import type { PeriodRef } from './factFileSchema.js';
import { periodKey } from './periods.js';

export interface FactIdentity {
  readonly company: string;
  readonly metric: string;
  readonly offering?: string | null | undefined;
  readonly period: PeriodRef;
  readonly basis: 'actual' | 'guidance' | 'derived';
}

/** `operatingIncome` → `operating-income`: keys read like the rest of the graph's ids. */
export function metricSlug(metric: string): string {
  return metric.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * `iij/revenue/fy2002-q3` (an actual), `iij/revenue/fy2002/guidance`, and for a figure about a line
 * or service its id in place of the company's: `iij/systems-integration/revenue/fy2002-q4/guidance`
 * (entity ids are unique across kinds, so the two never meet).
 */
export function factKey(identity: FactIdentity): string {
  const subject = identity.offering ?? identity.company;
  const basis = identity.basis === 'actual' ? '' : `/${identity.basis}`;
  return `${subject}/${metricSlug(identity.metric)}/${periodKey(identity.period)}${basis}`;
}

/**
 * The key metricRanking finds a company-wide figure of a quarter or a fiscal year by
 * (`<metric>|<fiscal year>|<quarter or fy>|<basis>`, docs/MODEL.md); null for a figure about a line
 * or service, or a year-to-date period, which are never ranked.
 */
export function factRankKey(fact: {
  readonly metric: string;
  readonly basis: string;
  readonly offering?: string | null | undefined;
  readonly period: { readonly fiscalYear: number; readonly quarter?: number | null; readonly months?: number | null };
}): string | null {
  const { fiscalYear, quarter, months } = fact.period;
  const yearToDate = quarter == null && months != null && months !== 12;
  if (fact.offering != null || yearToDate) return null;
  return `${fact.metric}|${fiscalYear}|${quarter ?? 'fy'}|${fact.basis}`;
}
