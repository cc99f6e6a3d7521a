/**
 * Printed figures compared as what they are: rounded numbers. 10.6 stands for [10.55, 10.65], so
 * "10.6 billion" and "10,600 million" agree, 194 and 194 agree, and 1,060 and 1,206 do not. The
 * restatement flag, guidance revisions and outcomes, and the loader's report all compare through
 * these functions. Pure.
 */

export const AMOUNT_SCALES = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;
export type AmountScale = keyof typeof AMOUNT_SCALES;

/** An amount as printed (the shape of fact files, graph rows and API records alike). */
export interface PrintedAmount {
  readonly unit: string;
  readonly scale: string;
  readonly value?: number | null | undefined;
  readonly low?: number | null | undefined;
  readonly high?: number | null | undefined;
  readonly bound?: string | null | undefined;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

const scaleOf = (scale: string): number => AMOUNT_SCALES[scale as AmountScale] ?? 1;

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The interval of true values that round to `value` at its printed precision, times `scale`. */
export function roundingInterval(value: number, scale: number): Interval {
  const half = 0.5 * 10 ** -decimals(value);
  return { low: (value - half) * scale, high: (value + half) * scale };
}

const present = (n: number | null | undefined): n is number => n !== null && n !== undefined;

/** The true values a printed amount admits: a value's rounding, a range from its low's to its high's, a bound open on one side. */
export function admittedInterval(amount: PrintedAmount): Interval | null {
  const scale = scaleOf(amount.scale);
  if (present(amount.value)) return roundingInterval(amount.value, scale);
  const low = present(amount.low) ? roundingInterval(amount.low, scale).low : -Infinity;
  const high = present(amount.high) ? roundingInterval(amount.high, scale).high : Infinity;
  if (low === -Infinity && high === Infinity) return null;
  return { low, high };
}

/** The number a figure stands for: its value, a range's midpoint, or a bound's one end; null for none. */
export function pointValue(amount: PrintedAmount): number | null {
  const scale = scaleOf(amount.scale);
  if (present(amount.value)) return amount.value * scale;
  if (present(amount.low) && present(amount.high)) return ((amount.low + amount.high) / 2) * scale;
  if (present(amount.low)) return amount.low * scale;
  if (present(amount.high)) return amount.high * scale;
  return null;
}

/** What a ranking compares, in base units: the value, or a range's midpoint; an open bound has none. */
export function rankedValueOf(base: {
  readonly baseValue?: number | null | undefined;
  readonly baseLow?: number | null | undefined;
  readonly baseHigh?: number | null | undefined;
}): number | null {
  if (present(base.baseValue)) return base.baseValue;
  return present(base.baseLow) && present(base.baseHigh) ? (base.baseLow + base.baseHigh) / 2 : null;
}

const overlaps = (a: Interval, b: Interval) => a.low <= b.high && b.low <= a.high;

/** Whether two printings of one figure can be the same number (same unit and shape, overlapping roundings). */
export function amountsAgree(a: PrintedAmount, b: PrintedAmount): boolean {
  if (a.unit !== b.unit || (a.bound ?? null) !== (b.bound ?? null)) return false;
  const scaleA = scaleOf(a.scale);
  const scaleB = scaleOf(b.scale);
  if (present(a.value) !== present(b.value)) return false;
  if (present(a.value) && present(b.value)) {
    return overlaps(roundingInterval(a.value, scaleA), roundingInterval(b.value, scaleB));
  }
  for (const end of ['low', 'high'] as const) {
    const x = a[end];
    const y = b[end];
    if (present(x) !== present(y)) return false;
    if (present(x) && present(y) && !overlaps(roundingInterval(x, scaleA), roundingInterval(y, scaleB))) return false;
  }
  return true;
}

/**
 * The first unit two reports both print in whose amounts disagree, with both amounts; null when
 * every common unit agrees (reports in no common unit cannot be compared, and are not a restatement).
 */
export function firstDisagreement<A extends PrintedAmount>(
  earlier: readonly A[],
  later: readonly A[],
): { earlier: A; later: A } | null {
  for (const b of later) {
    const a = earlier.find((x) => x.unit === b.unit);
    if (a && !amountsAgree(a, b)) return { earlier: a, later: b };
  }
  return null;
}

export type RevisionDirection = 'raised' | 'lowered' | 'reaffirmed';

/** How a later guidance moved against an earlier one, compared in their first common unit. */
export function revisionDirection(
  earlier: readonly PrintedAmount[],
  later: readonly PrintedAmount[],
): RevisionDirection {
  const change = firstDisagreement(earlier, later);
  if (!change) return 'reaffirmed';
  const before = pointValue(change.earlier);
  const after = pointValue(change.later);
  if (before === null || after === null || before === after) return 'reaffirmed';
  return after > before ? 'raised' : 'lowered';
}

export type OutcomePosition = 'below' | 'within' | 'above';

/**
 * Where an actual landed against its guidance, in the guidance's unit: within when the actual's
 * rounding meets the guided range's (a figure within rounding of a bound is within), else below
 * or above. `surprisePercent` is the actual against the range's midpoint (or the bound, or the
 * guided value). Null when the actual is not printed in that unit or either admits no number.
 */
export function guidanceOutcome(
  guidance: PrintedAmount,
  actual: PrintedAmount,
): { position: OutcomePosition; surprisePercent: number | null } | null {
  if (guidance.unit !== actual.unit) return null;
  const guided = admittedInterval(guidance);
  const landed = admittedInterval(actual);
  const actualValue = pointValue(actual);
  const target = pointValue(guidance);
  if (!guided || !landed || actualValue === null) return null;
  const position: OutcomePosition = landed.high < guided.low ? 'below' : landed.low > guided.high ? 'above' : 'within';
  const surprisePercent = target === null || target === 0 ? null : ((actualValue - target) / Math.abs(target)) * 100;
  return { position, surprisePercent };
}
