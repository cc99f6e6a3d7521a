/**
 * The arguments that select financial facts (`metric`, `basis`, `from`, `to`), checked and turned
 * into a repository filter in one place, for every field that takes them (Query.financialFacts and
 * Company.financialFacts): a copy per field drifted once and let an invalid period reach Cypher.
 */
import { badUserInput } from '../errors.js';
import type { FactBasis, ReportRule } from '../generated/graphql.js';
import { periodSortKey, type FactBasisValue, type FactFilter } from './financialRepository.js';
import type { ReportSelection } from './factView.js';

interface PeriodArgument {
  readonly fiscalYear: number;
  readonly quarter?: number | null;
}

export const basisValue = (basis: FactBasis | string | null | undefined): FactBasisValue | null =>
  basis ? (basis.toLowerCase() as FactBasisValue) : null;

export function checkPeriod(period: PeriodArgument | null | undefined, argumentName: string): void {
  if (!period) return;
  if (period.quarter != null && (period.quarter < 1 || period.quarter > 4)) {
    throw badUserInput(`\`${argumentName}.quarter\` must be 1–4 (got ${period.quarter}).`, argumentName);
  }
  if (period.fiscalYear < 1900 || period.fiscalYear > 2200) {
    throw badUserInput(
      `\`${argumentName}.fiscalYear\` must be between 1900 and 2200 (got ${period.fiscalYear}).`,
      argumentName,
    );
  }
}

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `knownAt` and `reported` as a report selection; a `knownAt` that is not a calendar day is refused. */
export function selectionOf(args: {
  readonly knownAt?: unknown;
  readonly reported?: ReportRule | null;
}): ReportSelection {
  const knownAt = args.knownAt ?? null;
  if (knownAt !== null) {
    const day = typeof knownAt === 'string' ? knownAt : '';
    if (!DAY.test(day) || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) {
      throw badUserInput(`\`knownAt\` must be a calendar day, YYYY-MM-DD (got ${JSON.stringify(knownAt)}).`, 'knownAt');
    }
  }
  return { rule: args.reported === 'FIRST_REPORTED' ? 'first' : 'latest', knownAt: knownAt as string | null };
}

/** The filter for a fact query's arguments — the same on Query.financialFacts and Company.financialFacts. */
export function factFilterOf(args: {
  readonly metric?: string | null;
  readonly basis?: FactBasis | null;
  readonly from?: PeriodArgument | null;
  readonly to?: PeriodArgument | null;
  readonly offering?: string | null;
  readonly includeOfferings?: boolean | null;
  readonly knownAt?: unknown;
  readonly reported?: ReportRule | null;
}): FactFilter {
  checkPeriod(args.from, 'from');
  checkPeriod(args.to, 'to');
  return {
    metric: args.metric ?? null,
    basis: basisValue(args.basis),
    fromKey: args.from ? periodSortKey(args.from, 'from') : null,
    toKey: args.to ? periodSortKey(args.to, 'to') : null,
    offering: args.offering ?? null,
    includeOfferings: args.includeOfferings ?? false,
    selection: selectionOf(args),
  };
}
