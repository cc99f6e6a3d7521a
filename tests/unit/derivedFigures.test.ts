import { describe, expect, it } from 'vitest';
import type { AmountRecord, FinancialFactRecord } from '../../src/financials/financialRepository.js';
import { computeGrowth, computeRatio, decimalsAllowed, intervalOf } from '../../src/metrics/derivedFigures.js';

const amount = (value: number | null, scale: string, unit: string, more: Partial<AmountRecord> = {}): AmountRecord => ({
  unit,
  scale,
  value,
  low: null,
  high: null,
  bound: null,
  baseValue: null,
  baseLow: null,
  baseHigh: null,
  ...more,
});

const fact = (
  key: string,
  metric: string,
  amounts: AmountRecord[],
  period: { label: string; months?: number; quarter?: number | null } = { label: '3Q02' },
): FinancialFactRecord =>
  ({
    nodeType: 'FinancialFact',
    key,
    metric,
    basis: 'actual',
    approximate: false,
    formula: null,
    companyKey: 'acme',
    offeringKey: null,
    documentKey: 'acme-q3',
    period: {
      key: `acme/${period.label}`,
      fiscalYear: 2002,
      quarter: period.quarter ?? 3,
      months: period.months ?? 3,
      kind: 'quarter',
      label: period.label,
      startDate: null,
      endDate: null,
    },
    amounts,
    comparisons: [],
    explanations: [],
    derivedFromKeys: [],
    source: {
      documentKey: 'acme-q3',
      section: { key: 's', title: 'S', number: 1, position: 0, note: null },
      quote: 'q',
      note: null,
    },
    version: 0,
  }) as unknown as FinancialFactRecord;

describe('derived figures', () => {
  it('reads a printed value as the interval that rounds to it', () => {
    const printed = intervalOf(amount(10.6, 'billion', 'JPY'), 'x');
    expect(printed.mid).toBe(10.6e9);
    expect(printed.low).toBeCloseTo(10.55e9, 0);
    expect(printed.high).toBeCloseTo(10.65e9, 0);
    expect(decimalsAllowed(-5.37, -5.3)).toBe(1);
    expect(decimalsAllowed(1, 3)).toBe(0);
  });

  it('computes a margin with the precision the printed inputs allow', () => {
    const margin = computeRatio(
      'operatingMargin',
      fact('acme/oi', 'operatingIncome', [amount(-567, 'million', 'JPY')]),
      fact('acme/rev', 'revenue', [amount(10.6, 'billion', 'JPY'), amount(89.0, 'million', 'USD')]),
      null,
    );
    expect(margin.value).toBe(-5.3);
    expect(margin.decimals).toBe(1);
    expect(margin.low).toBeLessThan(-5.34);
    expect(margin.high).toBeGreaterThan(-5.33);
    expect(margin.inputUnit).toBe('JPY');
    expect(margin.formula).toBe('operatingIncome / revenue × 100 = -567 million / 10.6 billion JPY × 100');
    expect(margin.inputs.map((i) => [i.role, i.fact.key, i.printedDecimals])).toEqual([
      ['numerator', 'acme/oi', 0],
      ['denominator', 'acme/rev', 1],
    ]);
  });

  it('never converts currencies', () => {
    expect(() =>
      computeRatio(
        'operatingMargin',
        fact('acme/oi', 'operatingIncome', [amount(-567, 'million', 'JPY')]),
        fact('acme/rev', 'revenue', [amount(89.0, 'million', 'USD')]),
        null,
      ),
    ).toThrow(/no shared currency or unit, and currencies are never converted/);
    expect(() =>
      computeRatio(
        'operatingMargin',
        fact('acme/oi', 'operatingIncome', [amount(-567, 'million', 'JPY')]),
        fact('acme/rev', 'revenue', [amount(10.6, 'billion', 'JPY'), amount(89.0, 'million', 'USD')]),
        'USD',
      ),
    ).toThrow(/acme\/oi\) has no amount in USD/);
  });

  it('computes growth between periods of the same length, and refuses unlike periods', () => {
    const growth = computeGrowth(
      fact('acme/rev/q3', 'revenue', [amount(10.6, 'billion', 'JPY')]),
      fact('acme/rev/q2', 'revenue', [amount(9.8, 'billion', 'JPY')], { label: '2Q02', quarter: 2 }),
      null,
    );
    expect(growth.value).toBe(8);
    expect(growth.decimals).toBe(0);
    expect(growth.basePeriod?.label).toBe('2Q02');
    expect(() =>
      computeGrowth(
        fact('acme/rev/fy', 'revenue', [amount(40, 'billion', 'JPY')], { label: 'FY2002', months: 12, quarter: null }),
        fact('acme/rev/q2', 'revenue', [amount(9.8, 'billion', 'JPY')], { label: '2Q02', quarter: 2 }),
        null,
      ),
    ).toThrow(/periods of different length/);
  });

  it('takes a printed range as its interval and refuses an open bound', () => {
    const margin = computeRatio(
      'operatingMargin',
      fact('acme/oi', 'operatingIncome', [amount(1, 'billion', 'JPY')]),
      fact('acme/rev', 'revenue', [amount(null, 'billion', 'JPY', { low: 12.5, high: 13.0 })]),
      null,
    );
    expect(margin.low).toBeLessThan(margin.value);
    expect(margin.high).toBeGreaterThan(margin.value);
    expect(() =>
      computeRatio(
        'operatingMargin',
        fact('acme/oi', 'operatingIncome', [amount(1, 'billion', 'JPY', { bound: 'more-than' })]),
        fact('acme/rev', 'revenue', [amount(10, 'billion', 'JPY')]),
        null,
      ),
    ).toThrow(/printed only as a bound/);
  });
});
