/**
 * The arguments that select financial facts (`metric`, `basis`, `from`, `to`), checked and turned
 * into a repository filter in one place, for every field that takes them (Query.financialFacts and
 * Company.financialFacts): a copy per field drifted once and let an invalid period reach Cypher.
 */
import { badUserInput } from '../errors.js';
import type { FactBasis } from '../generated/graphql.js';
import { periodSortKey, type FactBasisValue, type FactFilter } from './financialRepository.js';

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

/** The filter for a fact query's `metric`, `basis`, `from` and `to`, after checking the periods. */
export function factFilterOf(args: {
  readonly metric?: string | null;
  readonly basis?: FactBasis | null;
  readonly from?: PeriodArgument | null;
  readonly to?: PeriodArgument | null;
}): FactFilter {
  checkPeriod(args.from, 'from');
  checkPeriod(args.to, 'to');
  return {
    metric: args.metric ?? null,
    basis: basisValue(args.basis),
    fromKey: args.from ? periodSortKey(args.from, 'from') : null,
    toKey: args.to ? periodSortKey(args.to, 'to') : null,
  };
}
