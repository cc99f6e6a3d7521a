/**
 * Fiscal periods: stable ids, labels and calendar dates. Pure.
 *
 * Companies name fiscal years differently: IIJ's "FY2002" runs April 2002 – March 2003 (named by
 * the year it starts in), while many US companies name a year by the year it ends in. The company's
 * `fiscalYearEnd` and `fiscalYearNamedBy` say which; without them dates stay unknown (null).
 */
import type { PeriodRef } from './factFileSchema.js';

export interface FiscalCalendar {
  /** MM-DD */
  readonly fiscalYearEnd?: string | undefined;
  readonly fiscalYearNamedBy?: 'start-year' | 'end-year' | undefined;
}

export interface ResolvedPeriod {
  readonly id: string;
  readonly company: string;
  readonly fiscalYear: number;
  readonly quarter: number | null;
  readonly months: number | null;
  readonly kind: 'quarter' | 'fiscal-year' | 'year-to-date';
  readonly label: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
}

export function periodKey(ref: PeriodRef): string {
  if (ref.quarter !== undefined) return `fy${ref.fiscalYear}-q${ref.quarter}`;
  if (ref.months !== undefined && ref.months !== 12) return `fy${ref.fiscalYear}-${ref.months}m`;
  return `fy${ref.fiscalYear}`;
}

export function periodId(company: string, ref: PeriodRef): string {
  return `${company}/${periodKey(ref)}`;
}

export function periodLabel(ref: PeriodRef): string {
  const yy = String(ref.fiscalYear % 100).padStart(2, '0');
  if (ref.quarter !== undefined) return `${ref.quarter}Q${yy}`;
  if (ref.months !== undefined && ref.months !== 12) return `FY${ref.fiscalYear} ${ref.months} months`;
  return `FY${ref.fiscalYear}`;
}

function isoDate(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** First day of fiscal year `fiscalYear`, as [year, monthIndex, day], or undefined if unknown. */
function fiscalYearStart(fiscalYear: number, calendar: FiscalCalendar): [number, number, number] | undefined {
  if (!calendar.fiscalYearEnd || !calendar.fiscalYearNamedBy) return undefined;
  const [mm, dd] = calendar.fiscalYearEnd.split('-').map(Number) as [number, number];
  const endsInDecember31 = mm === 12 && dd === 31;
  // The calendar year in which this fiscal year ends.
  const endYear = calendar.fiscalYearNamedBy === 'end-year' || endsInDecember31 ? fiscalYear : fiscalYear + 1;
  // Day after the previous fiscal year's end. `02-29` means the last day of February, so in a
  // common year the previous year ended on the 28th (Date.UTC would roll the 29th into March).
  const daysInEndMonth = new Date(Date.UTC(endYear - 1, mm, 0)).getUTCDate();
  const start = new Date(Date.UTC(endYear - 1, mm - 1, Math.min(dd, daysInEndMonth) + 1));
  return [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
}

export function resolvePeriod(company: string, ref: PeriodRef, calendar: FiscalCalendar): ResolvedPeriod {
  const start = fiscalYearStart(ref.fiscalYear, calendar);
  const offsetMonths = ref.quarter !== undefined ? (ref.quarter - 1) * 3 : 0;
  const lengthMonths = ref.quarter !== undefined ? 3 : (ref.months ?? 12);
  const kind =
    ref.quarter !== undefined
      ? 'quarter'
      : ref.months !== undefined && ref.months !== 12
        ? 'year-to-date'
        : 'fiscal-year';
  return {
    id: periodId(company, ref),
    company,
    fiscalYear: ref.fiscalYear,
    quarter: ref.quarter ?? null,
    months: ref.quarter !== undefined ? 3 : (ref.months ?? 12),
    kind,
    label: periodLabel(ref),
    startDate: start ? isoDate(start[0], start[1] + offsetMonths, start[2]) : null,
    endDate: start ? isoDate(start[0], start[1] + offsetMonths + lengthMonths, start[2] - 1) : null,
  };
}
