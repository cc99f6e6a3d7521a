/**
 * Reconciliation: what the text lets us check, checked. Disagreements become warnings carrying the
 * quotes, never silent corrections. Pure.
 *
 * Printed figures are rounded, so each check works with the interval a printed number stands for
 * (10.6 means [10.55, 10.65]) and warns only when no reading of the roundings agrees.
 */
import { AMOUNT_SCALES, type Amount, type FactFile, type FinancialFact } from './factFileSchema.js';
import { roundingInterval, type Interval } from '../model/figures.js';
import type { ReconciliationWarning } from './errors.js';
import { periodKey } from './periods.js';

export { roundingInterval };

function scaleOf(amount: Amount): number {
  return AMOUNT_SCALES[amount.scale];
}

/**
 * Interval division: every quotient of a number in `a` by one in `b`. With negative amounts (a loss
 * printed in two currencies) the bounds swap, so all four corner quotients are compared; `b` never
 * spans zero here (a printed non-zero amount's rounding does not reach zero).
 */
function divide(a: Interval, b: Interval): Interval {
  const corners = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high];
  return { low: Math.min(...corners), high: Math.max(...corners) };
}

function intersects(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

export function reconcileFactFile(file: FactFile, fileName: string): ReconciliationWarning[] {
  const warnings: ReconciliationWarning[] = [];
  const byKey = new Map<string, FinancialFact[]>();
  for (const fact of file.facts) {
    const key = `${fact.company}|${fact.metric}|${fact.offering ?? ''}|${periodKey(fact.period)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), fact]);
  }

  // Growth: a stated YoY/QoQ percentage must recompute from the two reported values it compares.
  for (const fact of file.facts) {
    for (const comparison of fact.comparisons) {
      const baseKey = `${fact.company}|${fact.metric}|${fact.offering ?? ''}|${periodKey(comparison.basePeriod)}`;
      const bases = (byKey.get(baseKey) ?? []).filter(
        // A base derived from this very comparison would only confirm itself.
        (base) => base.basis !== 'derived' && base.basis === fact.basis,
      );
      for (const base of bases) {
        for (const amount of fact.amounts) {
          const baseAmount = base.amounts.find((a) => a.unit === amount.unit);
          if (amount.value === undefined || baseAmount?.value === undefined) continue;
          const current = roundingInterval(amount.value, scaleOf(amount));
          const previous = roundingInterval(baseAmount.value, scaleOf(baseAmount));
          const ratio = divide(current, previous);
          const stated =
            comparison.direction === 'unchanged'
              ? { low: 0.995, high: 1.005 } // "unchanged" as printed to one decimal of a percent
              : comparison.change?.unit === 'percent'
                ? (() => {
                    const change = roundingInterval(comparison.change.value, 1);
                    const sign = comparison.direction === 'decrease' ? -1 : 1;
                    const a = 1 + (sign * change.low) / 100;
                    const b = 1 + (sign * change.high) / 100;
                    return { low: Math.min(a, b), high: Math.max(a, b) };
                  })()
                : undefined;
          if (stated && !intersects(ratio, stated)) {
            warnings.push({
              file: fileName,
              check: 'growth',
              message:
                `${fact.id}: stated ${comparison.kind} ${comparison.direction} ` +
                `${comparison.change ? `${comparison.change.value}%` : ''} does not recompute from ${base.id} ` +
                `(values imply ${((ratio.low - 1) * 100).toFixed(2)}%…${((ratio.high - 1) * 100).toFixed(2)}%)`,
              quotes: [comparison.source.quote, fact.source.quote, base.source.quote],
            });
          }
        }
      }
    }
  }

  // Exchange rate: every figure printed in two currencies implies a rate; within one document they
  // must all admit one common rate.
  const rates: { fact: FinancialFact; pair: string; interval: Interval }[] = [];
  for (const fact of file.facts) {
    const currencies = fact.amounts.filter((a) => /^[A-Z]{3}$/.test(a.unit));
    for (let i = 0; i < currencies.length; i++) {
      for (let j = i + 1; j < currencies.length; j++) {
        const [a, b] = [currencies[i]!, currencies[j]!].sort((x, y) => x.unit.localeCompare(y.unit)) as [
          Amount,
          Amount,
        ];
        for (const field of ['value', 'low', 'high'] as const) {
          const va = a[field];
          const vb = b[field];
          if (va === undefined || vb === undefined) continue;
          rates.push({
            fact,
            pair: `${b.unit}/${a.unit}`,
            interval: divide(roundingInterval(vb, scaleOf(b)), roundingInterval(va, scaleOf(a))),
          });
        }
      }
    }
  }
  const pairs = new Set(rates.map((r) => r.pair));
  for (const pair of pairs) {
    const group = rates.filter((r) => r.pair === pair);
    const common = group.reduce<Interval>(
      (acc, r) => ({ low: Math.max(acc.low, r.interval.low), high: Math.min(acc.high, r.interval.high) }),
      { low: -Infinity, high: Infinity },
    );
    if (common.low > common.high) {
      warnings.push({
        file: fileName,
        check: 'exchange-rate',
        message:
          `the ${pair} amounts imply no single exchange rate: ` +
          group.map((r) => `${r.fact.id} ${r.interval.low.toFixed(3)}…${r.interval.high.toFixed(3)}`).join('; '),
        quotes: [...new Set(group.map((r) => r.fact.source.quote))],
      });
    }
  }

  // Ranges (low ≤ high) are enforced by the schema itself.
  return warnings;
}

/** The exchange rates a file's two-currency figures imply, for reporting (e.g. JPY per USD). */
export function impliedExchangeRates(file: FactFile): { factId: string; pair: string; low: number; high: number }[] {
  const out: { factId: string; pair: string; low: number; high: number }[] = [];
  for (const fact of file.facts) {
    const jpy = fact.amounts.find((a) => a.unit === 'JPY');
    const usd = fact.amounts.find((a) => a.unit === 'USD');
    if (!jpy || !usd) continue;
    for (const field of ['value', 'low', 'high'] as const) {
      const j = jpy[field];
      const u = usd[field];
      if (j === undefined || u === undefined) continue;
      const r = divide(roundingInterval(j, scaleOf(jpy)), roundingInterval(u, scaleOf(usd)));
      out.push({ factId: `${fact.id}#${field}`, pair: 'JPY/USD', low: r.low, high: r.high });
    }
  }
  return out;
}
