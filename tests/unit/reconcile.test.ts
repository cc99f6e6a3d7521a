import { describe, expect, it } from 'vitest';
import { FactFile } from '../../src/seed/factFileSchema.js';
import { impliedExchangeRates, reconcileFactFile, roundingInterval } from '../../src/seed/reconcile.js';

const source = { section: 's', quote: 'q' };

function file(facts: unknown[]) {
  return FactFile.parse({
    format: 'company-kg/facts@1',
    document: { id: 'd', title: 't', kind: 'other', file: 'x.txt', issuer: 'c', language: 'en' },
    sections: [{ id: 's', title: 'S' }],
    companies: [{ id: 'c', name: 'C', source }],
    facts,
  });
}

const revenue = (id: string, quarter: number, fiscalYear: number, amounts: unknown[], comparisons: unknown[] = []) => ({
  id,
  company: 'c',
  metric: 'revenue',
  period: { fiscalYear, quarter },
  basis: 'actual',
  amounts,
  comparisons,
  source,
});

describe('reconciliation', () => {
  it('reads a printed number as the interval it was rounded from', () => {
    const i = roundingInterval(10.6, 1e9);
    expect(i.low).toBeCloseTo(10.55e9);
    expect(i.high).toBeCloseTo(10.65e9);
  });

  it('accepts a stated YoY growth that recomputes from the two values', () => {
    const f = file([
      revenue('c/r/1', 3, 2001, [{ value: 9.97, scale: 'billion', unit: 'JPY' }]),
      revenue(
        'c/r/2',
        3,
        2002,
        [{ value: 10.6, scale: 'billion', unit: 'JPY' }],
        [
          {
            kind: 'yoy',
            basePeriod: { fiscalYear: 2001, quarter: 3 },
            change: { value: 6.3, unit: 'percent' },
            direction: 'increase',
            source,
          },
        ],
      ),
    ]);
    expect(reconcileFactFile(f, 'f.yaml')).toEqual([]);
  });

  it('warns, with the quotes, when a stated growth does not recompute', () => {
    const f = file([
      revenue('c/r/1', 3, 2001, [{ value: 9.0, scale: 'billion', unit: 'JPY' }]),
      revenue(
        'c/r/2',
        3,
        2002,
        [{ value: 10.6, scale: 'billion', unit: 'JPY' }],
        [
          {
            kind: 'yoy',
            basePeriod: { fiscalYear: 2001, quarter: 3 },
            change: { value: 6.3, unit: 'percent' },
            direction: 'increase',
            source: { section: 's', quote: 'an increase of 6.3%' },
          },
        ],
      ),
    ]);
    const warnings = reconcileFactFile(f, 'f.yaml');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ check: 'growth', file: 'f.yaml' });
    expect(warnings[0]!.quotes).toContain('an increase of 6.3%');
  });

  it('warns when JPY/USD pairs imply no common exchange rate', () => {
    const f = file([
      revenue('c/r/1', 3, 2002, [
        { value: 10.6, scale: 'billion', unit: 'JPY' },
        { value: 89.0, scale: 'million', unit: 'USD' },
      ]),
      revenue('c/r/2', 4, 2002, [
        { value: 12.5, scale: 'billion', unit: 'JPY' },
        { value: 80.0, scale: 'million', unit: 'USD' },
      ]),
    ]);
    const warnings = reconcileFactFile(f, 'f.yaml');
    expect(warnings.map((w) => w.check)).toEqual(['exchange-rate']);
  });

  it('finds one JPY/USD rate around 118.7–119 behind the IIJ figures', () => {
    const f = file([
      revenue('c/r/1', 3, 2002, [
        { value: 10.6, scale: 'billion', unit: 'JPY' },
        { value: 89.0, scale: 'million', unit: 'USD' },
      ]),
      revenue('c/r/2', 4, 2002, [
        { low: 12.5, high: 13.0, scale: 'billion', unit: 'JPY' },
        { low: 105.3, high: 109.5, scale: 'million', unit: 'USD' },
      ]),
    ]);
    expect(reconcileFactFile(f, 'f.yaml')).toEqual([]);
    const rates = impliedExchangeRates(f);
    expect(rates.map((r) => r.factId)).toEqual(['c/r/1#value', 'c/r/2#low', 'c/r/2#high']);
    for (const r of rates) {
      expect(r.low).toBeLessThan(119.3);
      expect(r.high).toBeGreaterThan(118.1);
    }
  });
});

describe('QuoteIndex', () => {
  it('finds quotes across collapsed line breaks, and only real ones', async () => {
    const { QuoteIndex, collapseWhitespace } = await import('../../src/seed/text.js');
    const index = new QuoteIndex(
      collapseWhitespace('Total revenues totaled JPY10.6\nbillion($89.0 million), an increase of 6.3%'),
    );
    expect(index.contains('JPY10.6 billion($89.0 million)')).toBe(true);
    expect(index.contains('JPY10.6   billion')).toBe(true);
    expect(index.contains('JPY10.7 billion')).toBe(false);
    expect(index.contains('6.3%')).toBe(true);
    expect(index.contains('7.3%')).toBe(false);
  });
});

describe('exchange rates of losses printed in two currencies', () => {
  it('finds one rate for a JPY loss and its USD figure beside a revenue pair of the same release', async () => {
    const { readFactFiles } = await import('../../src/seed/readFactFiles.js');
    const { files, warnings } = readFactFiles([
      new URL('../fixtures/time/hoshizora-1q2005.yaml', import.meta.url).pathname,
    ]);
    expect(files).toHaveLength(1);
    expect(warnings).toEqual([]);
    const rates = impliedExchangeRates(files[0]!.data);
    // -1,060 / -9.6 and 12,407 / 112.3 both admit ~110.4-110.5 JPY per USD.
    expect(rates.every((r) => r.low > 0 && r.low < r.high)).toBe(true);
  });
});
