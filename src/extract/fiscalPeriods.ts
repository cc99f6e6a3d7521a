/**
 * Fiscal periods as companies print them: `3Q02`, `Q3 2005`, `FY2002`, `FY02 9 months`, "full fiscal
 * 2005", "the second quarter of the fiscal year ending March 31, 2006", "the nine months ended
 * December 31, 2005". Labels (`2Q05`, "fiscal 2005") are the company's own names and need no
 * calendar; a period named by a calendar date needs the company's fiscal year end and the way it
 * names its years, which `learnFiscalCalendar` reads from a sentence that gives both ("fiscal 2005,
 * ending March 31, 2006"). Pure; positions index the text given.
 */
import type { PeriodRef } from '../seed/factFileSchema.js';

export interface FiscalCalendar {
  /** MM-DD */
  readonly fiscalYearEnd?: string | undefined;
  readonly fiscalYearNamedBy?: 'start-year' | 'end-year' | undefined;
  /**
   * What the document reports on (a quarter, a half, a year): a balance dated at a period's end is
   * of that kind — at 30 June in a half-year report the half's; at a fiscal year's end the year's,
   * unless the document reports on a fourth quarter.
   */
  readonly reportsOn?: PeriodRef | undefined;
}

/** The period of that kind ending at month `monthsIn` of a fiscal year (a balance date), or undefined. */
function periodEndingAt(fiscalYear: number, monthsIn: number, reportsOn: PeriodRef | undefined): PeriodRef | undefined {
  // A year-end balance is the year's, unless the document reports on a fourth quarter: there it closes that
  // quarter, and the year before's closes the quarter compared with (a later year's is a target's, the year's).
  const closesReportedQuarter =
    reportsOn?.quarter === 4 && (fiscalYear === reportsOn.fiscalYear || fiscalYear === reportsOn.fiscalYear - 1);
  if (monthsIn === 12 && !closesReportedQuarter) return { fiscalYear };
  if (reportsOn?.months !== undefined && reportsOn.months === monthsIn) return { fiscalYear, months: monthsIn };
  if (reportsOn?.months === 6 && monthsIn === 6) return { fiscalYear, months: 6 };
  // "at 30 April 2025" in a trading update for the ten months to that date: the months so far.
  return monthsIn % 3 === 0 ? { fiscalYear, quarter: monthsIn / 3 } : { fiscalYear, months: monthsIn };
}

export interface LearnedCalendar extends FiscalCalendar {
  /** The sentence the calendar was read from (verbatim, whitespace collapsed). */
  readonly evidence?: string;
}

export interface PeriodMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly period: PeriodRef;
  /** 1 for a label; lower when OCR damage was repaired or the calendar was assumed. */
  readonly confidence: number;
  /** Why the period reads so, when it is not a plain label. */
  readonly note?: string;
}

/** Month names, January first (lower case). */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
/** A date's month and day, "September 30," or "30th September": two groups, the month in one of them. */
const WEEKS_IN_WORDS: Readonly<Record<string, number>> = { thirteen: 13, 'twenty-six': 26, 'thirty-nine': 39 };
const MONTH_AND_DAY = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})`;
/** A printed date, "September 30, 2014" or "30 September 2014": five groups (see `dateAt`). */
// ("30th June 2025", "June 30th, 2025": a day may carry its ordinal, as Kenyan and Nigerian releases print it.)
const DATE = String.raw`(?:${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH})\s+(\d{4})`;

/**
 * The month (and its year) a span counted in weeks closes: "52 weeks ended 1 Mar 2025" ends February 2025's year,
 * "53 weeks ended 3 January 2021" December 2020's (a 52- or 53-week year ends on a weekday near its month's end, up
 * to a week into the next).
 */
function weeksEnd(span: string, month: number, year: number): { month: number; year: number } {
  const day = /\b(?:end(?:ed|ing)|to)\b\D*?\b(\d{1,2})(?:st|nd|rd|th)?\b/i.exec(span)?.[1];
  if (!/\bweeks?\b/i.test(span) || day === undefined || Number(day) > 7) return { month, year };
  return month === 0 ? { month: 11, year: year - 1 } : { month: month - 1, year };
}

/** The date DATE matched from group `at` on: month index (0-11), day and year. */
function dateAt(m: RegExpExecArray | RegExpMatchArray, at: number): { month: number; day: number; year: number } {
  return {
    month: monthIndex((m[at] ?? m[at + 3])!),
    day: Number(m[at + 1] ?? m[at + 2]),
    year: Number(m[at + 4]),
  };
}

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const COUNT: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1), i + 1])),
};

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

/** Two-digit years are this century's below 70 ("02" → 2002, "98" → 1998). */
export function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length >= 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** The fiscal year label of the year that ends on `endYear`-`endMonth`, by the company's naming. */
function labelOfYearEnding(
  endYear: number,
  endMonth: number,
  calendar: FiscalCalendar,
): { year: number; sure: boolean } {
  if (endMonth === 11) return { year: endYear, sure: true }; // a year ending in December is named by it
  if (calendar.fiscalYearNamedBy === 'start-year') return { year: endYear - 1, sure: true };
  if (calendar.fiscalYearNamedBy === 'end-year') return { year: endYear, sure: true };
  return { year: endYear, sure: false };
}

/**
 * The fiscal year (label) and how many months into it a calendar month-end falls, given the year end.
 * Without a known fiscal year end, the date cannot be placed.
 */
function placeMonthEnd(
  year: number,
  month: number,
  calendar: FiscalCalendar,
): { fiscalYear: number; monthsIn: number; sure: boolean } | undefined {
  if (!calendar.fiscalYearEnd) return undefined;
  const endMonth = Number(calendar.fiscalYearEnd.slice(0, 2)) - 1;
  const monthsIn = ((month - endMonth + 11) % 12) + 1; // 1..12
  const endYear = month <= endMonth ? year : year + 1;
  const label = labelOfYearEnding(endYear, endMonth, calendar);
  return { fiscalYear: label.year, monthsIn, sure: label.sure };
}

/**
 * The fiscal year and months into it of a month-end dated in a table's header ("30.09.2025", month 8): placed in the
 * company's fiscal year, a calendar one where it states none.
 */
export function placeDatedColumn(
  year: number,
  month: number,
  calendar: FiscalCalendar,
): { fiscalYear: number; monthsIn: number } | undefined {
  return placeMonthEnd(year, month, calendar.fiscalYearEnd ? calendar : { ...calendar, fiscalYearEnd: '12-31' });
}

/**
 * Months `from` to `to` (0-11) of `year` as a period: counted from the start of the fiscal year (a
 * calendar year when the company states none and the span starts in January); three months ending at
 * a quarter's end are that quarter.
 */
function monthSpan(
  from: number,
  to: number,
  year: number,
  printed: string,
  cal: FiscalCalendar,
): Omit<PeriodMention, 'start' | 'end' | 'text'> | undefined {
  const endMonth = cal.fiscalYearEnd ? Number(cal.fiscalYearEnd.slice(0, 2)) - 1 : from === 0 ? 11 : undefined;
  const months = ((to - from + 12) % 12) + 1;
  // "Second quarter (April-June 2024)": three months ending at a quarter's end are that quarter.
  if (months === 3 && (endMonth === undefined || from !== (endMonth + 1) % 12)) {
    const placed = placeMonthEnd(year, to, cal.fiscalYearEnd ? cal : { ...cal, fiscalYearEnd: '12-31' });
    if (!placed || placed.monthsIn % 3 !== 0) return undefined;
    return {
      period: { fiscalYear: placed.fiscalYear, quarter: placed.monthsIn / 3 },
      confidence: cal.fiscalYearEnd ? 0.9 : 0.6,
      ...(cal.fiscalYearEnd ? {} : { note: `${printed}: a calendar fiscal year assumed` }),
    };
  }
  if (endMonth === undefined || from !== (endMonth + 1) % 12) return undefined;
  const placed = placeMonthEnd(year, to, {
    ...cal,
    fiscalYearEnd: monthDay(endMonth, 28),
  });
  if (!placed || months === 12)
    return placed ? { period: { fiscalYear: placed.fiscalYear }, confidence: 0.8 } : undefined;
  const period =
    months === 3 ? { fiscalYear: placed.fiscalYear, quarter: 1 } : { fiscalYear: placed.fiscalYear, months };
  return {
    period,
    confidence: cal.fiscalYearEnd ? 0.9 : 0.6,
    ...(cal.fiscalYearEnd ? {} : { note: `${printed}: a calendar fiscal year assumed` }),
  };
}

interface Rule {
  readonly re: RegExp;
  readonly read: (
    m: RegExpExecArray,
    calendar: FiscalCalendar,
  ) => Omit<PeriodMention, 'start' | 'end' | 'text'> | undefined;
}

const assumed = (sure: boolean, note: string) =>
  sure ? { confidence: 0.9, note } : { confidence: 0.5, note: `${note}; fiscal year naming assumed (end-year)` };

const RULES: readonly Rule[] = [
  {
    // "the second quarter of the fiscal year ending March 31, 2006", "the first half (April 1 to September 30,
    // 2024) of the fiscal year ending March 31, 2025", "the first nine months of the fiscal year ending …"
    re: new RegExp(
      String.raw`\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|first\s+(half)|(?:first\s+)?(three|six|nine)\s+months)\s*(?:\([^()]{0,60}\)\s*)?of\s+(?:the\s+)?(?:fiscal|financial)\s+year\s+end(?:ing|ed)\s+${MONTH_AND_DAY}\s+(\d{4})`,
      'gi',
    ),
    read: (m, cal) => {
      const month = m[4] ?? m[5]!;
      const label = labelOfYearEnding(Number(m[6]), monthIndex(month), cal);
      const part = m[1]
        ? { quarter: ORDINAL[m[1].toLowerCase()]! }
        : { months: m[2] ? 6 : COUNT[m[3]!.toLowerCase()]! };
      return {
        period: { fiscalYear: label.year, ...part },
        ...assumed(label.sure, `the fiscal year ending ${month} ${m[6]} is fiscal ${label.year}`),
      };
    },
  },
  {
    // "the fiscal year ending March 31, 2006", "the year ending 31 March 2025"
    re: new RegExp(
      // also "fiscal year (ended December 31, 2023)"
      // and a retailer's "52 weeks ended 28 February 2026", "the year to 31 March 2025"
      String.raw`\b(?:(?:(?:full\s+)?(?:fiscal|financial)|full)\s+year|the\s+year|(?:52|53|fifty[\s-]two|fifty[\s-]three)[\s-]weeks?)\s+\(?\s*(?:end(?:ing|ed)|to)\s+${MONTH_AND_DAY}\s+(\d{4})`,
      'gi',
    ),
    read: (match, cal) => {
      const m = [match[0], match[1] ?? match[2], match[3]] as const;
      const closes = weeksEnd(m[0], monthIndex(m[1]!), Number(m[2]));
      const label = labelOfYearEnding(closes.year, closes.month, cal);
      return {
        period: { fiscalYear: label.year },
        ...assumed(label.sure, `the fiscal year ending ${m[1]} ${m[2]} is fiscal ${label.year}`),
      };
    },
  },
  {
    // "the three months ended December 31, 2005", "the nine months ended December 31, 2005", "the quarter ended"
    re: new RegExp(
      // also "the nine months to 31 March 2024"
      // and "the ten months to 30 April 2025" of a trading update
      String.raw`\b(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[\s-]+months?|(?:fiscal\s+)?quarter)\s+(?:end(?:ed|ing)|to)\s+${MONTH_AND_DAY}\s+(\d{4})`,
      'gi',
    ),
    read: (match, cal) => {
      const m = [match[0], match[1], match[2] ?? match[3], match[4]] as const;
      const placed = placeMonthEnd(Number(m[3]), monthIndex(m[2]!), cal);
      if (!placed) return undefined;
      const months = m[1] ? COUNT[m[1].toLowerCase()]! : 3;
      const note = `${m[0]} = ${months === 3 ? `quarter ${placed.monthsIn / 3}` : `${months} months`} of fiscal ${placed.fiscalYear}`;
      if (months === 3 && placed.monthsIn % 3 === 0)
        return {
          period: { fiscalYear: placed.fiscalYear, quarter: placed.monthsIn / 3 },
          ...assumed(placed.sure, note),
        };
      if (months === placed.monthsIn) {
        const period = months === 12 ? { fiscalYear: placed.fiscalYear } : { fiscalYear: placed.fiscalYear, months };
        return { period, ...assumed(placed.sure, note) };
      }
      return undefined;
    },
  },
  {
    // An Australian quarterly report's "September 2025 quarter", "Sep 2025 Qtr": the quarter ending in that month.
    re: new RegExp(String.raw`\b${MONTH}\s+((?:19|20)\d{2})\s+(?:quarter|qtr)\b`, 'gi'),
    read: (m, cal) => {
      const placed = placeMonthEnd(Number(m[2]), monthIndex(m[1]!), cal);
      if (!placed || placed.monthsIn % 3 !== 0) return undefined;
      return {
        period: { fiscalYear: placed.fiscalYear, quarter: placed.monthsIn / 3 },
        ...assumed(placed.sure, `${m[0]} = quarter ${placed.monthsIn / 3} of fiscal ${placed.fiscalYear}`),
      };
    },
  },
  {
    // A retailer's "26 weeks ended 30 August 2025", "13 weeks to 29 June 2025": a quarter or a half counted in weeks.
    // (A US restaurant's "Thirteen Weeks Ended Sept. 28, 2025", "Thirty-Nine Weeks Ended": the weeks in words.)
    re: new RegExp(
      String.raw`\b(13|26|39|thirteen|twenty[\s-]six|thirty[\s-]nine)[\s-]weeks?\s+(?:end(?:ed|ing)|to)\s+${MONTH_AND_DAY}\s+(\d{4})`,
      'gi',
    ),
    read: (match, cal) => {
      const weeks = WEEKS_IN_WORDS[match[1]!.toLowerCase().replace(/[\s-]/, '-')] ?? Number(match[1]);
      const months = (weeks / 13) * 3;
      const closes = weeksEnd(match[0], monthIndex((match[2] ?? match[3])!), Number(match[4]));
      const placed = placeMonthEnd(closes.year, closes.month, cal);
      // (Thirteen weeks close any quarter; a half or nine months close the year's sixth or ninth month.)
      if (!placed || (months === 3 ? placed.monthsIn % 3 !== 0 : placed.monthsIn !== months)) return undefined;
      const note = `${match[0]} = ${months} months of fiscal ${placed.fiscalYear}`;
      const period =
        months === 3
          ? { fiscalYear: placed.fiscalYear, quarter: placed.monthsIn / 3 }
          : { fiscalYear: placed.fiscalYear, months };
      return { period, ...assumed(placed.sure, note) };
    },
  },
  {
    // "the second quarter of fiscal 2005", "second quarter of fiscal year 2005", "third-quarter 2025"
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)(?:fiscal\s+)?quarter\s+(?:(?:and|&)\s+full\s+year\s+)?(?:of\s+)?(?:the\s+)?(?:(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})|(\d{4}))\b/gi,
    read: (m) => ({
      period: { fiscalYear: fullYear(m[2] ?? m[3]!), quarter: ORDINAL[m[1]!.toLowerCase()]! },
      confidence: 1,
    }),
  },
  {
    // "Fiscal 2025 Fourth Quarter Highlights": the year before the quarter, as a US release's headings print it.
    re: /\b(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})\s+(first|second|third|fourth)\s+quarter\b/gi,
    read: (m) => ({
      period: { fiscalYear: fullYear(m[1]!), quarter: ORDINAL[m[2]!.toLowerCase()]! },
      confidence: 1,
    }),
  },
  {
    // "the first nine months of fiscal 2005", "the first half of fiscal 2005"
    // "the first half of 2012" (a calendar-year company's half)
    // also "the first six months (April 1 to September 30, 2024) of fiscal 2025"
    re: /\b(?:first\s+)?(three|six|nine|half)(?:\s+months)?\s*(?:\([^()]{0,60}\)\s*)?\s+of\s+(?:the\s+)?(?:(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})|((?:19|20)\d{2}))\b/gi,
    read: (m) => ({
      period: {
        fiscalYear: fullYear(m[2] ?? m[3]!),
        months: m[1]!.toLowerCase() === 'half' ? 6 : COUNT[m[1]!.toLowerCase()]!,
      },
      confidence: 0.9,
    }),
  },
  {
    // "Nine months FY2025  186,420 …": a kessan tanshin's cumulative row label; "Q1-Q3 2025" (an Austrian report's
    // "Q1-3/2025") the same months.
    re: /\b(?:(three|six|nine)\s+months\s+(?:FY\s?|fiscal\s+)'?(\d{4}|\d{2})|Q1\s?[-–]\s?Q?([23])(?:\s+|\s?\/\s?)((?:19|20)\d{2}))\b/gi,
    read: (m) => {
      const months = m[1] ? COUNT[m[1].toLowerCase()]! : Number(m[3]) * 3;
      const fiscalYear = fullYear(m[2] ?? m[4]!);
      return { period: months === 3 ? { fiscalYear, quarter: 1 } : { fiscalYear, months }, confidence: 0.85 };
    },
  },
  {
    // "the first 40 weeks of fiscal 2025": a retailer's year to date, in the quarters its weeks make up.
    re: /\bfirst\s+(\d{2})\s+weeks\s+of\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})\b/gi,
    read: (m) => {
      const months = Math.round((Number(m[1]) / 52) * 4) * 3;
      const fiscalYear = Number(m[2]);
      if (months === 0) return undefined;
      const period =
        months === 3 ? { fiscalYear, quarter: 1 } : months === 12 ? { fiscalYear } : { fiscalYear, months };
      return { period, confidence: 0.8, note: `${m[1]} weeks read as ${months} months` };
    },
  },
  {
    // "YTD 2025", "2024 YTD" as a column header: the year's months so far, as many as the document reports on.
    re: /\b(?:YTD\s?(?:FY\s?)?((?:19|20)\d{2})|((?:19|20)\d{2})\s?YTD)\b/g,
    read: (m, cal) => {
      const so = cal.reportsOn;
      const months = so?.quarter !== undefined ? so.quarter * 3 : so?.months;
      if (months === undefined || months === 12) return undefined;
      const fiscalYear = Number(m[1] ?? m[2]);
      return {
        period: months === 3 ? { fiscalYear, quarter: 1 } : { fiscalYear, months },
        confidence: 0.8,
        note: `${m[0]}: the year to date, the ${months} months the document reports on`,
      };
    },
  },
  {
    // "9M 2023", "9M FY2024", "9M24", "4M FY26", "9M/2025" (a Vietnamese release's), "9M-25": the year's first months
    re: /\b(1[01]|[1-9])M(?:\s?|\/|-)(?:FY\s?)?'?((?:19|20)\d{2}|\d{2})\b/g,
    read: (m) => ({
      period:
        m[1] === '3'
          ? { fiscalYear: fullYear(m[2]!), quarter: 1 }
          : { fiscalYear: fullYear(m[2]!), months: Number(m[1]) },
      confidence: 0.9,
    }),
  },
  {
    // "1H FY2010", "1H10", "H1 2012", "1H 2010": the first half (a second half is no cumulative period)
    re: /\b(?:1H|H1)\s?(?:FY\s?)?'?(\d{4}|\d{2})\b/g,
    read: (m) => ({ period: { fiscalYear: fullYear(m[1]!), months: 6 }, confidence: 1 }),
  },
  {
    // "First half FY2025   842,316": a summary's row label; "first half 2025" a calendar year's half.
    re: /\bfirst\s+half\s+(?:(?:FY\s?|fiscal\s+(?:year\s+)?)'?(\d{4}|\d{2})|((?:19|20)\d{2}))\b/gi,
    read: (m) => ({ period: { fiscalYear: fullYear(m[1] ?? m[2]!), months: 6 }, confidence: 0.9 }),
  },
  {
    // "as of September 30, 2014", "at June 30, 2010": a balance at a quarter's end is that quarter's
    // "(31 December 2011: €301.2 million)" too: a dated base figure in parentheses
    re: new RegExp(String.raw`(?:\b(?:as\s+of|as\s+at|at)\s+|(?<=\(\s?))${DATE}`, 'gi'),
    read: (m, cal) => {
      const { month, day, year } = dateAt(m, 1);
      const placed = placeMonthEnd(year, month, cal);
      if (!placed || day < 28) return undefined;
      const period = periodEndingAt(placed.fiscalYear, placed.monthsIn, cal.reportsOn);
      if (!period) return undefined;
      return {
        period,
        ...assumed(placed.sure, `a balance at ${year}-${monthDay(month, day)}: the end of ${JSON.stringify(period)}`),
      };
    },
  },
  {
    // "January-June 2018", "Jan.–Sep. 2018"
    re: new RegExp(String.raw`\b${MONTH}\s?[-–]\s?${MONTH}\s+((?:19|20)\d{2})\b`, 'gi'),
    read: (m, cal) => monthSpan(monthIndex(m[1]!), monthIndex(m[2]!), Number(m[3]), m[0], cal),
  },
  {
    // "Full year (April 2025-March 2026)", "April 2025 to September 2025": months between two month-years.
    re: new RegExp(
      String.raw`\b${MONTH}\s+((?:19|20)\d{2})\s?(?:[-–]|to|through)\s?${MONTH}\s+((?:19|20)\d{2})\b`,
      'gi',
    ),
    read: (m, cal) => {
      const [fromYear, toYear] = [Number(m[2]), Number(m[4])];
      const from = monthIndex(m[1]!);
      const to = monthIndex(m[3]!);
      if (toYear - fromYear !== (to < from ? 1 : 0)) return undefined;
      return monthSpan(from, to, toYear, m[0], cal);
    },
  },
  {
    // "7-9/2025", "1-9/2025", "1-12/2024": the Nordic interim report's months by number.
    re: /\b(1[0-2]|[1-9])\s?[-–]\s?(1[0-2]|[1-9])\s?\/\s?((?:19|20)\d{2})\b/g,
    read: (m, cal) => monthSpan(Number(m[1]) - 1, Number(m[2]) - 1, Number(m[3]), m[0], cal),
  },
  {
    // "(2021: £371.9m)", "(2023 - $321.0 million)": a bare year labelling a base figure in parentheses is that fiscal year
    re: /(?<=\(\s?)((?:19|20)\d{2})(?=\s*:|\s[-–]\s)/g,
    read: (m) => ({ period: { fiscalYear: Number(m[1]) }, confidence: 0.8, note: 'a year labelling a base figure' }),
  },
  {
    // "In 2024, net sales amounted to …", "For 2026 we expect …": a bare year opening a sentence is that fiscal year
    // (not "… in 2024" later on, which a quarterly release uses for the quarter a year before).
    re: /(?<=^|[.;!?]\s+|^\s*[-•*]\s*)(?:In|For|During)\s+((?:19|20)\d{2})\b(?![\d/–-]|\s+(?:to|and|through)\s+(?:19|20)\d{2}|\s+(?:to\s+date|so\s+far)|,?\s+(?:year[-\s]to[-\s]date|YTD))/gm,
    read: (m) => ({ period: { fiscalYear: Number(m[1]) }, confidence: 0.7, note: 'a bare year opening the sentence' }),
  },
  {
    // "Capital expenditures for 2026 are budgeted at …": a bare year after "for", before the verb, is that fiscal year.
    re: /\bfor\s+((?:19|20)\d{2})(?=\s+(?:is|are|will|should|remains?|totall?ed|amounted)\b)/gi,
    read: (m) => ({ period: { fiscalYear: Number(m[1]) }, confidence: 0.7, note: "a bare year after 'for'" }),
  },
  {
    // "Outlook 2019 confirmed", "Guidance for 2019", "2026 OUTLOOK": a bare year by an outlook word is that fiscal year
    // ("- 2026 outlook: sales growth of …" atop a year's release labels a highlight: not the year the release is about).
    re: /\b(?:(?:outlook|guidance|forecasts?)\s+(?:for\s+)?((?:19|20)\d{2})\b|((?:19|20)\d{2})\s+(?:outlook|guidance)\b(?!\s*:\s*\S))/gi,
    read: (m) => ({
      period: { fiscalYear: Number(m[1] ?? m[2]) },
      confidence: 0.8,
      note: 'a year by an outlook word',
    }),
  },
  {
    // "3Q02", "4Q 2002", "2Q FY2025", OCR "40Q02" (the zero is damage)
    re: /\b([1-4])(0?)Q\s?(?:FY\s?)?'?(\d{4}|\d{2})\b/g,
    read: (m) => ({
      period: { fiscalYear: fullYear(m[3]!), quarter: Number(m[1]) },
      confidence: m[2] ? 0.7 : 1,
      ...(m[2] ? { note: `'${m[0]}' read as ${m[1]}Q${m[3]} (OCR damage)` } : {}),
    }),
  },
  {
    // "Q3 2005", "Q3 FY2005", "Q3'05", "Q3 Fiscal 2026", the Nordic "Q3/2025", an Egyptian table's "Q3-25"
    re: /\bQ([1-4])(?:\s?\/\s?|-|\s?(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)?'?)(\d{4}|\d{2})\b/g,
    read: (m) => ({ period: { fiscalYear: fullYear(m[2]!), quarter: Number(m[1]) }, confidence: 1 }),
  },
  {
    // "FY2025/3": the fiscal year ending in that month (March 2025), as Japanese filings label it ("FY3/2025",
    // month first, is rewritten as its label before the rules run: see rewrittenYearLabels).
    re: /\bFY\s?(\d{4})\/(\d{1,2})(?![\d/])/g,
    read: (m, cal) => {
      const [year, month] = [Number(m[1]), Number(m[2])];
      if (month < 1 || month > 12) return undefined;
      const label = labelOfYearEnding(year, month - 1, cal);
      return {
        period: { fiscalYear: label.year },
        ...assumed(label.sure, `${m[0]}: the fiscal year ending in month ${month} of ${year} is fiscal ${label.year}`),
      };
    },
  },
  {
    // "FY2/27 Q1" (rewritten "FY2027 Q1"), "FY25 Q3": a quarter after its year's label.
    // (One space: "FY2024    Q1    Q2" are column headers.)
    re: /\bFY\s?'?(\d{4}|\d{2})\u2007* (?:Q([1-4])|([1-4])Q)\b/g,
    read: (m) => ({ period: { fiscalYear: fullYear(m[1]!), quarter: Number(m[2] ?? m[3]) }, confidence: 1 }),
  },
  {
    // "FY2002", "FY 2002", "FY02 9 months", "FY'02"
    re: /\bFY\s?'?(\d{4}|\d{2})(?:\s+(\d{1,2})\s+months)?\b/g,
    read: (m) => {
      const months = m[2] ? Number(m[2]) : undefined;
      if (months !== undefined && (months < 1 || months > 12)) return undefined;
      return {
        period:
          months === undefined || months === 12
            ? { fiscalYear: fullYear(m[1]!) }
            : { fiscalYear: fullYear(m[1]!), months },
        confidence: 1,
      };
    },
  },
  {
    // "full fiscal 2005", "fiscal 2005", "fiscal year 2005", "full year 2007", "full-year 2007"
    re: /\b(?:(?:full[\s-]+)?fiscal\s+(?:year\s+)?|full[\s-]+year\s+)(\d{4})\b/gi,
    read: (m) => ({ period: { fiscalYear: Number(m[1]) }, confidence: 1 }),
  },
];

/**
 * "FY2025/26", "FY25/26", "FY2025-26", "2025/26": a split-year label names the year running from one calendar
 * year into the next, so it ends in the second. Rewritten, at the same length, as the label the company's
 * naming gives that year ("FY2026   ", or "FY2025   " where years are named by their start), so that every rule
 * reads it ("1H FY2025/26" is the first half of it).
 */
// ("FY2025/26E", "FY25/26F": an estimate or forecast of that year.)
const SPLIT_YEAR = /\b(?:FY\s?'?(\d{4}|\d{2})\s?[/–-]\s?(\d{4}|\d{2})|((?:19|20)\d{2})\/(\d{2}))[EFAB]?\b(?![/.]\d)/g;
/** The padding of a rewritten label: a space no document prints, so that rules can tell it from a column gap. */
const PAD = '\u2007';

/** The text with its split-year labels (and "F2026" labels) rewritten, and where each was printed. */
interface RewrittenLabel {
  readonly start: number;
  readonly end: number;
  /** The company's naming of years was assumed (end-year) to place it. */
  readonly assumed: boolean;
}

function rewrittenYearLabels(text: string, calendar: FiscalCalendar): { text: string; spans: RewrittenLabel[] } {
  const spans: RewrittenLabel[] = [];
  // "H1 F2026", "F2025": a South African year label, FY written F.
  const withFy = text.replace(/(?<![A-Za-z0-9])F((?:19|20)\d{2})\b/g, (whole: string, year: string, at: number) => {
    spans.push({ start: at, end: at + whole.length, assumed: false });
    return `FY${year.slice(2)}${PAD}`;
  });
  // "FY2/27", "FY3/2026": a Japanese label, the fiscal year ending in that month (February 2027), as the company names it.
  const monthYears = withFy.replace(
    /\bFY\s?(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    (whole: string, month: string, year: string, at: number) => {
      const m = Number(month);
      if (m < 1 || m > 12) return whole;
      const named = labelOfYearEnding(fullYear(year), m - 1, calendar);
      const label = `FY${named.year}`;
      if (label.length > whole.length) return whole;
      spans.push({ start: at, end: at + whole.length, assumed: !named.sure });
      return label.padEnd(whole.length, PAD);
    },
  );
  const rewritten = monthYears.replace(
    SPLIT_YEAR,
    (
      whole: string,
      fyFirst: string | undefined,
      fySecond: string | undefined,
      first: string | undefined,
      second: string | undefined,
      at: number,
    ) => {
      const from = fullYear((fyFirst ?? first)!);
      const to = fullYear((fySecond ?? second)!);
      // (A calendar-year company's "FY2025-26" is two years, not one.)
      if (to !== from + 1 || calendar.fiscalYearEnd === '12-31') return whole;
      const endMonth = calendar.fiscalYearEnd ? Number(calendar.fiscalYearEnd.slice(0, 2)) - 1 : 2;
      spans.push({ start: at, end: at + whole.length, assumed: false });
      return `FY${labelOfYearEnding(to, endMonth, calendar).year}`.padEnd(whole.length, PAD);
    },
  );
  return { text: rewritten, spans };
}

/** Every period the text names, earliest first; where two readings overlap the first rule wins. */
export function findPeriods(printed: string, calendar: FiscalCalendar = {}): PeriodMention[] {
  // "FYl2", "Q2 FY1O": OCR letters in a label's year read as digits, position for position.
  const repaired = printed.replace(
    /\b(FY\s?'?|[1-4]Q\s?'?|Q[1-4]\s?(?:FY\s?)?'?)([0-9lIO]{2}(?:[0-9lIO]{2})?)\b/g,
    (_, label: string, year: string) => `${label}${year.replace(/[lI]/g, '1').replace(/O/g, '0')}`,
  );
  const { text, spans: rewritten } = rewrittenYearLabels(repaired, calendar);
  const out: PeriodMention[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const matchEnd = start + m[0].length;
      // A mention reaching into a rewritten split-year label ends where the printed label does.
      const label = rewritten.find((l) => l.start < matchEnd && l.end > start);
      const end = label && matchEnd < label.end ? label.end : matchEnd;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const reading = rule.read(m, calendar);
      if (!reading) continue;
      // ("FY3/2026" for a company whose naming of years the text does not give: as the label rule always said.)
      const read = label?.assumed
        ? { ...reading, ...assumed(false, `${printed.slice(start, end).trim()}: the fiscal year ending in that month`) }
        : reading;
      taken.push([start, end]);
      out.push({ start, end, text: printed.slice(start, end), ...read });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * How the company names its fiscal years and when they end, from a sentence that names a year both
 * ways: "fiscal 2005, ending March 31, 2006", "2Q05 (the second quarter of the fiscal year ending
 * March 31, 2006)". Returns {} when the text never does.
 */
/** A fiscal year end as fact files write it (MM-DD) from a month index (0-11) and a day. */
function monthDay(month: number, day: number): string {
  return `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The fiscal year end on the last day of a month (February's 28th: `02-28`). */
function monthEnd(month: number): string {
  return monthDay(month, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!);
}

/** Where the sentence holding position `at` starts (after the last ". " before it, or the text's start). */
function sentenceStartBefore(text: string, at: number): number {
  const dot = text.lastIndexOf('. ', at);
  return dot < 0 ? 0 : dot + 2;
}

/**
 * What a date closing the fiscal year's first months says of the calendar (month 0–11 and year of the date,
 * `later` months left in the year): the year's end, and how years are named when a label for the year is
 * printed (by its end or its start). With `orEndOnly`, failing a label, a December end names the year by
 * the calendar and any other end is the end alone; without it, undefined.
 */
function closingCalendar(
  month: number,
  year: number,
  later: number,
  evidence: string,
  label: number | undefined,
  orEndOnly = false,
): LearnedCalendar | undefined {
  const endMonth = (month + later) % 12;
  const endYear = year + (month + later > 11 ? 1 : 0);
  const fiscalYearEnd = monthEnd(endMonth);
  if (label === endYear) return { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence };
  if (label === endYear - 1) return { fiscalYearEnd, fiscalYearNamedBy: 'start-year', evidence };
  if (!orEndOnly) return undefined;
  return endMonth === 11 ? { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence } : { fiscalYearEnd, evidence };
}

export function learnFiscalCalendar(collapsedText: string): LearnedCalendar {
  // "The Group's financial year corresponds to the calendar year."
  const calendarYear =
    /[^.]*\b(?:financial|fiscal)\s+year\s+(?:corresponds\s+to|is|equals|coincides\s+with|follows)\s+the\s+calendar\s+year\b[^.]*\./i.exec(
      collapsedText,
    );
  if (calendarYear) return { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year', evidence: calendarYear[0].trim() };
  // "FY13 refers to the year ending 30 June 2013": a label and its day-month-year end.
  const dayFirst = new RegExp(
    String.raw`\bFY\s?'?(\d{2}|\d{4})\b[^.;]{0,40}?\bend(?:ing|ed|s)\s+(?:on\s+)?(\d{1,2})\s+${MONTH},?\s+(\d{4})`,
    'i',
  ).exec(collapsedText);
  if (dayFirst) {
    const month = monthIndex(dayFirst[3]!);
    const year = fullYear(dayFirst[1]!);
    const endYear = Number(dayFirst[4]);
    const fiscalYearEnd = monthDay(month, Number(dayFirst[2]));
    const at = sentenceStartBefore(collapsedText, dayFirst.index);
    const end = collapsedText.indexOf('.', dayFirst.index + dayFirst[0].length);
    const evidence = collapsedText.slice(Math.max(0, at), end < 0 ? undefined : end + 1).trim();
    if (year === endYear) return { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence };
    if (year === endYear - 1 && month !== 11) return { fiscalYearEnd, fiscalYearNamedBy: 'start-year', evidence };
  }
  // "for fiscal 2011, ending March 31, 2012", "FY2010 (ended March 31, 2011)": a label with its end date.
  // "the third quarter of fiscal 2026, ending March 31, 2026" dates the quarter, not the year.
  const labelled = [
    ...collapsedText.matchAll(
      new RegExp(
        String.raw`\b(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4})\s*,?\s*\(?\s*(?:the\s+(?:fiscal\s+)?year\s+)?end(?:ing|ed|s)\s+(?:on\s+)?${MONTH}\s+(\d{1,2}),?\s+(\d{4})`,
        'gi',
      ),
    ),
  ].find(
    (m) =>
      !/\b(?:(?:first|second|third|fourth)\s+(?:fiscal\s+)?(?:quarter|half)|Q[1-4]|[1-4]Q|H[12]|[12]H)\s+(?:of\s+)?(?:the\s+)?$/i.test(
        collapsedText.slice(Math.max(0, m.index - 30), m.index),
      ),
  );
  if (labelled) {
    const month = monthIndex(labelled[2]!);
    const year = Number(labelled[1]);
    const endYear = Number(labelled[4]);
    const fiscalYearEnd = monthDay(month, Number(labelled[3]));
    const sentenceStart = sentenceStartBefore(collapsedText, labelled.index);
    const sentenceEndAt = collapsedText.indexOf('. ', labelled.index + labelled[0].length);
    const evidence = collapsedText
      .slice(sentenceStart, sentenceEndAt < 0 ? collapsedText.length : sentenceEndAt + 1)
      .trim();
    if (year === endYear - 1 && month !== 11) return { fiscalYearEnd, fiscalYearNamedBy: 'start-year', evidence };
    if (year === endYear) return { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence };
  }
  // "FY2012 (April 1, 2012 to March 31, 2013)": a label with the dates it runs between.
  const yearSpan = new RegExp(
    String.raw`\b(?:FY\s?'?|fiscal\s+(?:year\s+)?)(\d{4}|\d{2})\s*\(\s*(?:from\s+)?${MONTH_AND_DAY}\s+\d{4}\s*(?:to|-|–|through)\s*${DATE}\s*\)`,
    'gi',
  );
  // Only a whole year's span ("April 1, 2012 to March 31, 2013"), not "the Nine Months of FY2012 (April 1 to December 31)".
  const spanned = [...collapsedText.matchAll(yearSpan)].find(
    (m) => (dateAt(m, 4).month - monthIndex(m[2] ?? m[3]!) + 12) % 12 === 11,
  );
  if (spanned) {
    const { month, day, year: endYear } = dateAt(spanned, 4);
    const label = fullYear(spanned[1]!);
    const fiscalYearEnd = monthDay(month, day);
    const evidence = spanned[0];
    if (label === endYear) return { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence };
    if (label === endYear - 1 && month !== 11) return { fiscalYearEnd, fiscalYearNamedBy: 'start-year', evidence };
  }
  // "the first half of fiscal 2025 (April 1, 2025 to September 30, 2025)": the year starts when its first part does.
  const firstPart = new RegExp(
    String.raw`\bfirst\s+(?:half|quarter|(?:three|six|nine)\s+months)\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})\s*\(\s*(?:from\s+)?${DATE}`,
    'i',
  ).exec(collapsedText);
  // "the first half of fiscal 2025 (April 1 to September 30, 2025)": the start's year is the end's.
  const yearless = firstPart
    ? undefined
    : new RegExp(
        String.raw`\bfirst\s+(?:half|quarter|(?:three|six|nine)\s+months)\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})\s*\(\s*(?:from\s+)?${MONTH}\s+1\s*(?:to|-|–|through)\s*${DATE}\s*\)`,
        'i',
      ).exec(collapsedText);
  const start = firstPart
    ? dateAt(firstPart, 2)
    : yearless
      ? (() => {
          const month = monthIndex(yearless[2]!);
          const end = dateAt(yearless, 3);
          return { month, day: 1, year: month <= end.month ? end.year : end.year - 1 };
        })()
      : undefined;
  const partEvidence = firstPart ?? yearless;
  if (partEvidence && start && start.day === 1) {
    const firstPart = partEvidence;
    const { month: startMonth, year: startYear } = start;
    const label = fullYear(firstPart[1]!);
    const endMonth = (startMonth + 11) % 12;
    const fiscalYearEnd = monthEnd(endMonth);
    const evidence = firstPart[0];
    if (startMonth !== 0 && label === startYear) return { fiscalYearEnd, fiscalYearNamedBy: 'start-year', evidence };
    if (label === startYear + (startMonth === 0 ? 0 : 1))
      return { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence };
  }
  // "the six months to 30 September 2024 ("H1 FY25")": the year ends the rest of a year later, and the label names it.
  const half = new RegExp(
    // also "the half year ended 30 September 2025 ("1H FY2026")", "the half year ended 31 December 2025 (1H26)"
    // (Without FY, only the label closing a parenthesis right after the date, not a base's "versus 1H25".)
    String.raw`\b(three\s+months|six\s+months|nine\s+months|half[\s-]year|first\s+half)\s+(?:to|ended|ending)\s+${DATE}(?:[^.]{0,12}?\b(?:[12]H|H[12]|Q[1-4]|9M)\s?FY\s?'?(\d{2}|\d{4})\b|\s*\(\s*["“]?(?:[12]H|H[12]|9M)\s?'?(\d{2}|\d{4})["”]?\s*\))`,
    'i',
  ).exec(collapsedText);
  if (half) {
    const { month, year } = dateAt(half, 2);
    const months = /^three/i.test(half[1]!) ? 3 : /^nine/i.test(half[1]!) ? 9 : 6;
    const learned = closingCalendar(month, year, 12 - months, half[0], fullYear((half[7] ?? half[8])!));
    if (learned) return learned;
  }
  // "Results for the Six Months Ended September 30, 2025" … "During the six months under review (1H FY2025)": the
  // label of the span under review names the year that span's end date is in.
  const underReview =
    /\b(six|nine)\s+months\s+under\s+review\s*\(\s*(?:[12]H|H[12]|9M)\s?FY\s?'?(\d{2}|\d{4})\s*\)/i.exec(collapsedText);
  const reviewedEnd =
    underReview &&
    new RegExp(String.raw`\b${underReview[1]}\s+months\s+(?:to|ended|ending)\s+${DATE}`, 'i').exec(collapsedText);
  if (underReview && reviewedEnd) {
    const { month, year } = dateAt(reviewedEnd, 1);
    const months = /^six/i.test(underReview[1]!) ? 6 : 9;
    const learned = closingCalendar(month, year, 12 - months, underReview[0], fullYear(underReview[2]!));
    if (learned) return learned;
  }
  // "the quarter and half year ended September 30, 2025 (Q2 FY26 and H1 FY26)": the quarter label the date ends
  // says where the year ends and how it is named.
  const labelledQuarter = new RegExp(
    String.raw`\b(?:quarter|three\s+months)(?:\s+and\s+(?:half[\s-]year|six\s+months|nine\s+months))?\s+(?:ended|ending)\s+${DATE}[^.]{0,12}?\b(?:Q([1-4])|([1-4])Q)\s?FY\s?'?(\d{2}|\d{4})\b`,
    'i',
  ).exec(collapsedText);
  if (labelledQuarter) {
    const { month, year } = dateAt(labelledQuarter, 1);
    const quarter = Number(labelledQuarter[6] ?? labelledQuarter[7]);
    const learned = closingCalendar(month, year, 3 * (4 - quarter), labelledQuarter[0], fullYear(labelledQuarter[8]!));
    if (learned) return learned;
  }
  // "its third quarter ended September 30, 2014": the year ends three quarters later; a December end names the year.
  const quarterEnded = new RegExp(
    String.raw`\b(first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+end(?:ed|ing)\s+${MONTH}\s+(\d{1,2}),?\s+(\d{4})`,
    'i',
  ).exec(collapsedText);
  // "the fiscal year ending March 31, 2026"; "the year ending December 31, 2025" (an outlook's year) too.
  const ending = new RegExp(String.raw`(?:(?:fiscal|full|financial)\s+|\bthe\s+)year\s+end(?:ing|ed)\s+${DATE}`, 'gi');
  // The first "fiscal year ending …" that sits beside a label settles the naming; else the first gives the end.
  let endOnly: LearnedCalendar | undefined;
  for (const m of collapsedText.matchAll(ending)) {
    const { month, day, year: endYear } = dateAt(m, 1);
    const fiscalYearEnd = monthDay(month, day);
    const from = Math.max(0, m.index - 250);
    const window = collapsedText.slice(from, m.index + m[0].length + 40);
    const label =
      /(?:\b[1-4]Q\s?'?(\d{2}|\d{4})\b|\bFY\s?'?(\d{4}|\d{2})\b(?!\s?[/–-]\s?\d{2})|\bfiscal\s+(?:year\s+)?(\d{4})\b(?!\s*\)))/gi;
    for (const l of window.matchAll(label)) {
      // The year inside the ending date itself is not a label.
      if (from + l.index >= m.index && from + l.index < m.index + m[0].length) continue;
      // Nor a prior year's base: "(FY2024: Rs. 3.00 per share)".
      if (/\(\s*$/.test(window.slice(0, l.index)) && /^\s*:/.test(window.slice(l.index + l[0].length))) continue;
      const year = fullYear(l[1] ?? l[2] ?? l[3]!);
      const sentenceStart = sentenceStartBefore(collapsedText, Math.min(from + l.index, m.index));
      const sentenceEndAt = collapsedText.indexOf('. ', m.index + m[0].length);
      const evidence = collapsedText
        .slice(sentenceStart, sentenceEndAt < 0 ? collapsedText.length : sentenceEndAt + 1)
        .trim();
      if (year === endYear - 1) return { fiscalYearEnd, fiscalYearNamedBy: 'start-year', evidence };
      if (year === endYear && month !== 11) return { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence };
    }
    // "the First Half of the Fiscal Year Ending March 31, 2026" and, elsewhere, "1H FY2025": the part's own
    // label names the year by its start (or, "1H FY2026", by its end), when only one of the two is printed.
    const part = /\b(first|second|third|fourth)\s+(half|quarter)\s+of\s+(?:the\s+)?$/i.exec(
      collapsedText.slice(Math.max(0, m.index - 40), m.index),
    );
    if (part) {
      const n = ORDINAL[part[1]!.toLowerCase()]!;
      const tag = part[2]!.toLowerCase() === 'half' ? String.raw`(?:${n}H|H${n})` : String.raw`(?:${n}Q|Q${n})`;
      const years = new Set(
        [
          ...collapsedText.matchAll(
            new RegExp(String.raw`\b${tag}\s?FY\s?'?(\d{4}|\d{2})\b(?!\s?[/–-]\s?\d{2})`, 'gi'),
          ),
        ].map((l) => fullYear(l[1]!)),
      );
      // The quote (verbatim) is the phrase with the year end; the label sits elsewhere in the text.
      const evidence = collapsedText.slice(m.index - part[0].length, m.index + m[0].length);
      if (years.has(endYear) && month !== 11) return { fiscalYearEnd, fiscalYearNamedBy: 'end-year', evidence };
      if (years.has(endYear - 1)) return { fiscalYearEnd, fiscalYearNamedBy: 'start-year', evidence };
    }
    // Up to 60 characters before, from a word's start.
    const from60 = Math.max(0, m.index - 60);
    const wordStart = from60 === 0 ? 0 : collapsedText.indexOf(' ', from60) + 1;
    endOnly ??= { fiscalYearEnd, evidence: collapsedText.slice(wordStart, m.index + m[0].length).trim() };
  }
  if (endOnly) return endOnly;
  // "Half-year results for the six months ended 30 June 2025": a half-year report's six months are the year's
  // first half, so the year ends six months later (and a December year end names the year).
  // "the three and six months ended June 30, 2024" says the same of a quarterly report.
  const halfYear = /\b(?:half[\s-]year|interim|first[\s-]half|H1|three\s+and\s+six\s+months)\b/i.test(collapsedText)
    ? new RegExp(String.raw`\b(?:six\s+months|26\s+weeks)\s+(?:ended|ending|to)\s+${DATE}`, 'i').exec(collapsedText)
    : null;
  if (halfYear) {
    const printed = dateAt(halfYear, 1);
    const { month, year } = weeksEnd(halfYear[0], printed.month, printed.year);
    // "the First Half of Fiscal 2024 (Six months ended September 30, 2024)": the label says how years are named
    // (a December end names the year whatever the label).
    const label = /\bfirst\s+half\s+of\s+(?:the\s+)?fiscal\s+(?:year\s+)?(\d{4})\b/i.exec(collapsedText)?.[1];
    return closingCalendar(
      month,
      year,
      6,
      halfYear[0],
      (month + 6) % 12 === 11 || !label ? undefined : Number(label),
      true,
    )!;
  }
  // "results for the three and nine months ended September 30, 2025": a quarterly report's nine months are the
  // year's first nine, so the year ends three months later (a December end names the year).
  const nineMonths = new RegExp(String.raw`\bnine\s+months\s+(?:ended|ending|to)\s+${DATE}`, 'i').exec(collapsedText);
  if (nineMonths) {
    const { month, year } = dateAt(nineMonths, 1);
    return closingCalendar(month, year, 3, nineMonths[0], undefined, true)!;
  }
  // "Interim report January–September 2019": periods counted from January are a calendar year's.
  const fromJanuary = /\bJanuary\s*[-–—]\s*(?:March|June|September)\s+\d{4}\b/i.exec(collapsedText);
  if (fromJanuary) return { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year', evidence: fromJanuary[0] };
  if (quarterEnded) {
    const quarter = ORDINAL[quarterEnded[1]!.toLowerCase()]!;
    return closingCalendar(
      monthIndex(quarterEnded[2]!),
      Number(quarterEnded[4]),
      3 * (4 - quarter),
      quarterEnded[0],
      undefined,
      true,
    )!;
  }
  // "for the third quarter of 2025", "THIRD QUARTER 2025 RESULTS", "the first nine months of 2025": a part of a
  // bare year (not "fiscal 2025") is a calendar part, so the year is the calendar year.
  const calendarQuarter =
    /\b(?:(?:first|second|third|fourth)\s+quarter|first\s+(?:half|six\s+months|nine\s+months))\s+(?:of\s+)?(?:19|20)\d{2}\b/i.exec(
      collapsedText,
    );
  if (calendarQuarter) return { fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end-year', evidence: calendarQuarter[0] };
  return {};
}

/** The period a comparison "year over year" or "quarter over quarter" refers back to. */
export function priorPeriod(period: PeriodRef, step: 'year' | 'quarter'): PeriodRef | undefined {
  if (step === 'year') return { ...period, fiscalYear: period.fiscalYear - 1 };
  if (period.quarter === undefined) return undefined;
  return period.quarter === 1
    ? { fiscalYear: period.fiscalYear - 1, quarter: 4 }
    : { fiscalYear: period.fiscalYear, quarter: period.quarter - 1 };
}

/** The comparison kind a base period makes against a period: a year back, a quarter back, or another. */
export function comparisonKind(period: PeriodRef, base: PeriodRef): 'yoy' | 'qoq' | 'vs-period' {
  const same = (a: PeriodRef | undefined, b: PeriodRef) =>
    a !== undefined && a.fiscalYear === b.fiscalYear && a.quarter === b.quarter && a.months === b.months;
  if (same(priorPeriod(period, 'year'), base)) return 'yoy';
  if (same(priorPeriod(period, 'quarter'), base)) return 'qoq';
  return 'vs-period';
}

export function samePeriod(a: PeriodRef, b: PeriodRef): boolean {
  return a.fiscalYear === b.fiscalYear && a.quarter === b.quarter && (a.months ?? 12) === (b.months ?? 12);
}
