/**
 * When a document's figures became known, for ordering reports and answering "as known at". Pure.
 *
 * A publication date counts from the last day its precision allows ("2002-11" → 2002-11-30): an
 * answer "as known at" a day never relies on a document that may not yet have been public that day.
 * A document without one is ordered by the end of the period it reports on, which is when its
 * figures can have existed at the earliest; without either it is ordered last, by its id, and no
 * `knownAt` answer includes it.
 */
export type DatePrecision = 'day' | 'month' | 'year';
export type DocumentOrdering = 'publication-date' | 'period-end' | 'unknown';

export interface DocumentTime {
  readonly precision: DatePrecision | null;
  /** YYYY-MM-DD, or null when neither a publication date nor a reported period's end is known. */
  readonly knownFrom: string | null;
  readonly orderedBy: DocumentOrdering;
}

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The last day a date of its precision can stand for. */
export function lastDayOf(date: string): string {
  const precision = datePrecision(date);
  if (precision === 'day') return date;
  if (precision === 'year') return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}

export function documentTime(published: string | undefined, reportedPeriodEnd: string | null): DocumentTime {
  if (published !== undefined) {
    return { precision: datePrecision(published), knownFrom: lastDayOf(published), orderedBy: 'publication-date' };
  }
  if (reportedPeriodEnd !== null) return { precision: null, knownFrom: reportedPeriodEnd, orderedBy: 'period-end' };
  return { precision: null, knownFrom: null, orderedBy: 'unknown' };
}
