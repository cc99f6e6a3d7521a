import { describe, expect, it } from 'vitest';
import { amountsAgree, guidanceOutcome, revisionDirection } from '../../src/model/figures.js';
import { datePrecision, documentTime, lastDayOf } from '../../src/seed/documentTime.js';
import { restatementOf, revisionsOf } from '../../src/financials/factHistory.js';
import { LATEST, viewFact } from '../../src/financials/factView.js';
import { amount, rawFact, report } from '../kit/factRecords.js';

const jpy = (value: number, scale = 'million') => ({ unit: 'JPY', scale, value });

describe('printed figures agree within the precision of both', () => {
  it('194 and 194 agree; 10.6 billion and 10,600 million agree; 1,060 and 1,206 do not', () => {
    expect(amountsAgree(jpy(194), jpy(194))).toBe(true);
    expect(amountsAgree(jpy(10.6, 'billion'), jpy(10600))).toBe(true);
    expect(amountsAgree(jpy(10.6, 'billion'), jpy(10680))).toBe(false);
    expect(amountsAgree(jpy(-1060), jpy(-1206))).toBe(false);
    expect(amountsAgree(jpy(1060), { unit: 'USD', scale: 'million', value: 1060 })).toBe(false);
  });

  it('tells a raised, lowered and reaffirmed guidance range apart', () => {
    const range = (low: number, high: number) => [{ unit: 'JPY', scale: 'billion', low, high }];
    expect(revisionDirection(range(50, 52), range(48, 49))).toBe('lowered');
    expect(revisionDirection(range(48, 49), range(50, 52))).toBe('raised');
    expect(revisionDirection(range(12.5, 13), range(12.5, 13.0))).toBe('reaffirmed');
  });

  it('places an actual against a range or a bound, within rounding of a bound counting as within', () => {
    const range = { unit: 'JPY', scale: 'billion', low: 48, high: 49 };
    expect(guidanceOutcome(range, jpy(47.1, 'billion'))?.position).toBe('below');
    expect(guidanceOutcome(range, jpy(48.7, 'billion'))?.position).toBe('within');
    expect(guidanceOutcome(range, jpy(49.6, 'billion'))?.position).toBe('above');
    // 49.4 rounds into "49" (48.5–49.5): within.
    expect(guidanceOutcome(range, jpy(49.4, 'billion'))?.position).toBe('within');
    const moreThan = { unit: 'JPY', scale: 'billion', low: 5, bound: 'more-than' };
    expect(guidanceOutcome(moreThan, jpy(4.8, 'billion'))?.position).toBe('within');
    expect(guidanceOutcome(moreThan, jpy(4.2, 'billion'))?.position).toBe('below');
    expect(guidanceOutcome(range, { unit: 'USD', scale: 'million', value: 400 })).toBeNull();
    expect(guidanceOutcome(range, jpy(47.1, 'billion'))?.surprisePercent).toBeCloseTo(-2.8866, 3);
  });
});

describe('document time', () => {
  it('counts a month or a year from its last day, and falls back to the reported period end', () => {
    expect(lastDayOf('2004-02')).toBe('2004-02-29');
    expect(lastDayOf('2005')).toBe('2005-12-31');
    expect(datePrecision('2005-11-10')).toBe('day');
    expect(documentTime('2005-11', '2005-09-30')).toEqual({
      precision: 'month',
      knownFrom: '2005-11-30',
      orderedBy: 'publication-date',
    });
    expect(documentTime(undefined, '2005-09-30')).toEqual({
      precision: null,
      knownFrom: '2005-09-30',
      orderedBy: 'period-end',
    });
    expect(documentTime(undefined, null).orderedBy).toBe('unknown');
  });
});

describe('a fact seen through its reports', () => {
  const reports = [
    report('q1', 0, '2005-08-10', [amount(-1060)]),
    report('q2', 1, '2005-11-10', [amount(-1206)]),
    report('q3', 2, null, [amount(-1206)]),
  ];

  it('selects the latest, the first, or what was known at a date (undated reports never count then)', () => {
    const raw = rawFact('c/operating-income/fy2005-q1', 'actual', 2005, 1, reports);
    expect(viewFact(raw, LATEST)!.selected.documentKey).toBe('q3');
    expect(viewFact(raw, { rule: 'first', knownAt: null })!.amounts[0]!.value).toBe(-1060);
    const known = viewFact(raw, { rule: 'latest', knownAt: '2005-12-31' })!;
    expect(known.selected.documentKey).toBe('q2');
    expect(known.reports.map((r) => r.documentKey)).toEqual(['q1', 'q2']);
    expect(viewFact(raw, { rule: 'latest', knownAt: '2005-01-01' })).toBeNull();
  });

  it('flags the last change as the restatement, and lists guidance revisions instead for guidance', () => {
    const fact = viewFact(rawFact('k', 'actual', 2005, 1, reports), LATEST)!;
    expect(restatementOf(fact)).toMatchObject({ previous: { documentKey: 'q1' }, change: -146e6 });
    const guidance = viewFact(rawFact('g', 'guidance', 2005, null, reports), LATEST)!;
    expect(restatementOf(guidance)).toBeNull();
    expect(revisionsOf(guidance).map((r) => r.direction)).toEqual(['lowered', 'reaffirmed']);
  });
});
