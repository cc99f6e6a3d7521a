import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/graphql/globalId.js';
import { pickCompanyFigure, type FinancialFactRecord } from '../../src/financials/financialRepository.js';
import { LATEST, viewFact } from '../../src/financials/factView.js';
import { rawFact, report } from '../kit/factRecords.js';

describe('global ids', () => {
  it('round-trips type and key, keys with slashes included', () => {
    expect(fromGlobalId(toGlobalId('FinancialFact', 'iij/revenue/fy2002-q3'))).toEqual({
      type: 'FinancialFact',
      key: 'iij/revenue/fy2002-q3',
    });
  });
  it('rejects unknown types and malformed ids', () => {
    expect(fromGlobalId('Person:bob')).toBeUndefined();
    expect(fromGlobalId('iij')).toBeUndefined();
    expect(fromGlobalId('Company:')).toBeUndefined();
  });
});

function fact(
  key: string,
  basis: FinancialFactRecord['basis'],
  fiscalYear: number,
  quarter: number | null,
  offeringKey: string | null = null,
): FinancialFactRecord {
  return viewFact(rawFact(key, basis, fiscalYear, quarter, [report('d', 0, null, [])], offeringKey), LATEST)!;
}

describe('pickCompanyFigure', () => {
  const facts = [
    fact('q2-derived', 'derived', 2002, 2),
    fact('q3-actual', 'actual', 2002, 3),
    fact('q3-si', 'actual', 2002, 3, 'c/si'),
    fact('q4-guidance', 'guidance', 2002, 4),
    fact('fy-guidance', 'guidance', 2002, null),
  ];
  it('prefers actual, then guidance, then derived, company-wide only', () => {
    expect(pickCompanyFigure(facts, { fiscalYear: 2002, quarter: 3 })?.key).toBe('q3-actual');
    expect(pickCompanyFigure(facts, { fiscalYear: 2002, quarter: 4 })?.key).toBe('q4-guidance');
    expect(pickCompanyFigure(facts, { fiscalYear: 2002, quarter: 2 })?.key).toBe('q2-derived');
    expect(pickCompanyFigure(facts, { fiscalYear: 2002 })?.key).toBe('fy-guidance');
  });
  it('returns the latest actual quarter without a period, and null when there is none', () => {
    expect(pickCompanyFigure(facts, undefined)?.key).toBe('q3-actual');
    expect(pickCompanyFigure(facts, { fiscalYear: 1999, quarter: 1 })).toBeNull();
  });
});
