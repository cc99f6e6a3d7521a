/**
 * Ratios and growth computed on request from facts in the graph, never stored: the margin of a
 * period (operating income over revenue…) and the growth of a metric between two periods. Pure.
 *
 * Precision comes from the inputs as printed: a value printed `10.6` (billion) stands for anything
 * that rounds to it, 10.55–10.65; a range stands for itself. The result's bounds are computed over
 * those intervals, and it is given to the last decimal at which the bounds differ by less than one
 * unit. Inputs are never converted between currencies or units, and a growth compares periods of
 * the same length only.
 */
import { badUserInput } from '../errors.js';
import type { AmountRecord, FinancialFactRecord, PeriodRecord } from '../financials/financialRepository.js';

export type RatioKindValue = 'operatingMargin' | 'adjustedEbitdaMargin' | 'netMargin' | 'grossMargin';

/** Each ratio: the metric over revenue, by lexicon key. */
export const RATIOS: Record<RatioKindValue, { readonly label: string; readonly numerator: string }> = {
  operatingMargin: { label: 'Operating margin', numerator: 'operatingIncome' },
  adjustedEbitdaMargin: { label: 'Adjusted EBITDA margin', numerator: 'adjustedEbitda' },
  netMargin: { label: 'Net margin', numerator: 'netIncome' },
  grossMargin: { label: 'Gross margin', numerator: 'grossProfit' },
};

export interface DerivedInputRecord {
  /** numerator, denominator (a ratio); from, to (a growth). */
  role: 'numerator' | 'denominator' | 'from' | 'to';
  fact: FinancialFactRecord;
  /** The amount used (in the figure's unit). */
  amount: AmountRecord;
  /** Decimals of the printed value (read from the number, so a printed trailing zero is not seen). */
  printedDecimals: number;
}

export interface DerivedFigureRecord {
  name: string;
  label: string;
  formula: string;
  /** In percent. */
  value: number;
  low: number;
  high: number;
  decimals: number;
  /** The unit of the inputs compared (JPY, USD, …). */
  inputUnit: string;
  approximate: boolean;
  companyKey: string;
  period: PeriodRecord;
  basePeriod: PeriodRecord | null;
  inputs: DerivedInputRecord[];
}

interface Interval {
  readonly mid: number;
  readonly low: number;
  readonly high: number;
}

const SCALE: Record<string, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 };

/** Decimals of a number as JavaScript prints it (1e-7 and smaller count as 0: never printed so). */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  return /e/.test(text) ? 0 : (text.split('.')[1]?.length ?? 0);
}

/** The interval a printed amount stands for, in base units; an open bound cannot be an input. */
export function intervalOf(amount: AmountRecord, what: string): Interval {
  const scale = SCALE[amount.scale] ?? 1;
  if (amount.bound) {
    throw badUserInput(`${what} is printed only as a bound (${amount.bound}), so no figure can be derived from it.`);
  }
  if (amount.value !== null) {
    const half = 0.5 * 10 ** -decimalsOf(amount.value);
    return { mid: amount.value * scale, low: (amount.value - half) * scale, high: (amount.value + half) * scale };
  }
  if (amount.low !== null && amount.high !== null) {
    const half = 0.5 * 10 ** -Math.max(decimalsOf(amount.low), decimalsOf(amount.high));
    return {
      mid: ((amount.low + amount.high) / 2) * scale,
      low: (amount.low - half) * scale,
      high: (amount.high + half) * scale,
    };
  }
  throw badUserInput(`${what} has no value to compute with.`);
}

/** Bounds of a / b over the intervals (b must not contain 0). */
function divide(a: Interval, b: Interval, what: string): Interval {
  if (b.low <= 0 && b.high >= 0) throw badUserInput(`${what} is zero or could be (as printed): nothing to divide by.`);
  const corners = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high];
  return { mid: a.mid / b.mid, low: Math.min(...corners), high: Math.max(...corners) };
}

/** The decimals the bounds allow: the last decimal at which they differ by less than one unit (0–6). */
export function decimalsAllowed(low: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return 6;
  return Math.max(0, Math.min(6, Math.floor(-Math.log10(width))));
}

const roundTo = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/** The amount of `fact` in `unit` (the first amount's unit when null); a clear error when it has none. */
function amountIn(fact: FinancialFactRecord, unit: string | null, what: string): AmountRecord {
  const amount = unit === null ? fact.amounts[0] : fact.amounts.find((a) => a.unit === unit);
  if (!amount) {
    throw badUserInput(
      `${what} (${fact.key}) has no amount in ${unit}: it is printed in ${fact.amounts.map((a) => a.unit).join(', ') || 'no unit'}, and currencies are never converted.`,
      'unit',
    );
  }
  return amount;
}

/**
 * The unit both facts are printed in: `requested` if given, else the numerator's primary unit when
 * the denominator has it too, else the first unit they share; never a conversion.
 */
function sharedUnit(a: FinancialFactRecord, b: FinancialFactRecord, requested: string | null): string {
  if (requested !== null) return requested;
  const inB = new Set(b.amounts.map((x) => x.unit));
  const shared = a.amounts.map((x) => x.unit).find((u) => inB.has(u));
  if (!shared) {
    throw badUserInput(
      `${a.key} is printed in ${a.amounts.map((x) => x.unit).join(', ')} and ${b.key} in ${b.amounts.map((x) => x.unit).join(', ')}: no shared currency or unit, and currencies are never converted.`,
      'unit',
    );
  }
  return shared;
}

const printedAmount = (amount: AmountRecord): string =>
  amount.value !== null ? `${amount.value}` : `${amount.low}–${amount.high}`;

const input = (role: DerivedInputRecord['role'], fact: FinancialFactRecord, amount: AmountRecord) => ({
  role,
  fact,
  amount,
  printedDecimals: Math.max(...[amount.value, amount.low, amount.high].filter((v) => v !== null).map(decimalsOf)),
});

function figure(
  result: Interval,
  fields: Omit<DerivedFigureRecord, 'value' | 'low' | 'high' | 'decimals' | 'approximate'>,
  inputsApproximate: boolean,
): DerivedFigureRecord {
  const percent = { mid: result.mid * 100, low: result.low * 100, high: result.high * 100 };
  const decimals = decimalsAllowed(percent.low, percent.high);
  return {
    ...fields,
    value: roundTo(percent.mid, decimals),
    low: percent.low,
    high: percent.high,
    decimals,
    approximate: inputsApproximate,
  };
}

/** `kind` of a period: numerator over revenue, both of the same company, period, basis and unit. */
export function computeRatio(
  kind: RatioKindValue,
  numerator: FinancialFactRecord,
  revenue: FinancialFactRecord,
  unit: string | null,
): DerivedFigureRecord {
  const ratio = RATIOS[kind];
  const chosen = sharedUnit(numerator, revenue, unit);
  const top = amountIn(numerator, chosen, ratio.numerator);
  const bottom = amountIn(revenue, chosen, 'revenue');
  const result = divide(intervalOf(top, numerator.key), intervalOf(bottom, revenue.key), `revenue (${revenue.key})`);
  return figure(
    result,
    {
      name: kind,
      label: ratio.label,
      formula: `${ratio.numerator} / revenue × 100 = ${printedAmount(top)} ${top.scale} / ${printedAmount(bottom)} ${bottom.scale} ${chosen} × 100`,
      inputUnit: chosen,
      companyKey: revenue.companyKey,
      period: revenue.period,
      basePeriod: null,
      inputs: [input('numerator', numerator, top), input('denominator', revenue, bottom)],
    },
    numerator.approximate || revenue.approximate,
  );
}

/** Growth of one metric from `base` to `current`: periods of the same length, the same unit. */
export function computeGrowth(
  current: FinancialFactRecord,
  base: FinancialFactRecord,
  unit: string | null,
): DerivedFigureRecord {
  if (current.period.months !== base.period.months) {
    throw badUserInput(
      `${current.period.label} (${current.period.months} months) and ${base.period.label} (${base.period.months} months) are periods of different length: a growth between them would compare unlike things.`,
      'from',
    );
  }
  const chosen = sharedUnit(current, base, unit);
  const now = amountIn(current, chosen, current.metric);
  const then = amountIn(base, chosen, current.metric);
  const thenInterval = intervalOf(then, base.key);
  if (thenInterval.low <= 0) {
    throw badUserInput(
      `${base.key} is zero or negative (as printed): a growth rate from it means nothing; compare the amounts.`,
      'from',
    );
  }
  const ratio = divide(intervalOf(now, current.key), thenInterval, base.key);
  return figure(
    { mid: ratio.mid - 1, low: ratio.low - 1, high: ratio.high - 1 },
    {
      name: `${current.metric}Growth`,
      label: `${current.metric} growth ${base.period.label} → ${current.period.label}`,
      formula: `(${current.metric}(${current.period.label}) / ${current.metric}(${base.period.label}) − 1) × 100 = (${printedAmount(now)} ${now.scale} / ${printedAmount(then)} ${then.scale} ${chosen} − 1) × 100`,
      inputUnit: chosen,
      companyKey: current.companyKey,
      period: current.period,
      basePeriod: base.period,
      inputs: [input('from', base, then), input('to', current, now)],
    },
    current.approximate || base.approximate,
  );
}
