import { describe, expect, it } from 'vitest';
import { periodLabel, resolvePeriod } from '../../src/seed/periods.js';

const IIJ = { fiscalYearEnd: '03-31', fiscalYearNamedBy: 'start-year' as const };

describe('fiscal periods', () => {
  it("places IIJ's 3Q02 in October–December 2002 (fiscal year April 2002 – March 2003)", () => {
    const p = resolvePeriod('iij', { fiscalYear: 2002, quarter: 3 }, IIJ);
    expect(p).toMatchObject({
      id: 'iij/fy2002-q3',
      label: '3Q02',
      kind: 'quarter',
      startDate: '2002-10-01',
      endDate: '2002-12-31',
    });
  });

  it("places IIJ's 4Q02 in January–March 2003 and FY2002 in April 2002 – March 2003", () => {
    expect(resolvePeriod('iij', { fiscalYear: 2002, quarter: 4 }, IIJ)).toMatchObject({
      startDate: '2003-01-01',
      endDate: '2003-03-31',
    });
    expect(resolvePeriod('iij', { fiscalYear: 2002 }, IIJ)).toMatchObject({
      id: 'iij/fy2002',
      kind: 'fiscal-year',
      startDate: '2002-04-01',
      endDate: '2003-03-31',
    });
  });

  it('gives nine months year-to-date their own id and dates', () => {
    expect(resolvePeriod('iij', { fiscalYear: 2002, months: 9 }, IIJ)).toMatchObject({
      id: 'iij/fy2002-9m',
      kind: 'year-to-date',
      startDate: '2002-04-01',
      endDate: '2002-12-31',
    });
  });

  it('names a fiscal year by its end year when the company does (FYE June: FY2002 = Jul 2001 – Jun 2002)', () => {
    const p = resolvePeriod(
      'x',
      { fiscalYear: 2002, quarter: 1 },
      { fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end-year' },
    );
    expect(p).toMatchObject({ startDate: '2001-07-01', endDate: '2001-09-30' });
  });

  it('treats a calendar fiscal year (FYE 12-31) the same under either naming', () => {
    const p = resolvePeriod('x', { fiscalYear: 2002 }, { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'start-year' });
    expect(p).toMatchObject({ startDate: '2002-01-01', endDate: '2002-12-31' });
  });

  it('reads FYE 02-29 as the last day of February, in leap and common years alike', () => {
    const calendar = { fiscalYearEnd: '02-29', fiscalYearNamedBy: 'start-year' } as const;
    // FY2003 follows a common-year February (2003-02-28) and ends on a leap day (2004-02-29).
    expect(resolvePeriod('x', { fiscalYear: 2003 }, calendar)).toMatchObject({
      startDate: '2003-03-01',
      endDate: '2004-02-29',
    });
    expect(resolvePeriod('x', { fiscalYear: 2004 }, calendar)).toMatchObject({
      startDate: '2004-03-01',
      endDate: '2005-02-28',
    });
    expect(resolvePeriod('x', { fiscalYear: 2004, quarter: 4 }, calendar)).toMatchObject({
      startDate: '2004-12-01',
      endDate: '2005-02-28',
    });
  });

  it('leaves dates unknown (null) when the fiscal calendar is unknown', () => {
    expect(resolvePeriod('x', { fiscalYear: 2002, quarter: 3 }, {})).toMatchObject({ startDate: null, endDate: null });
  });

  it('labels periods in the sources’ style', () => {
    expect(periodLabel({ fiscalYear: 2001, quarter: 3 })).toBe('3Q01');
    expect(periodLabel({ fiscalYear: 2002 })).toBe('FY2002');
  });
});
