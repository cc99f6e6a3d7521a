/**
 * The column headers of a table whose columns are periods (`periodColumnTables.ts` reads its rows):
 * a line of period labels ("FY2013  FY2012  Change", "1H FY2009  1H FY2010  YoY", "Q2 FY26  QoQ growth
 * YoY growth"), a header written over several lines whose last is years ("Three Months Ended /
 * September 30, / 2013  2012"), dates as balance columns ("Sep 30, 2025  Jun 30, 2025"), forecast
 * revisions ("Previous forecast (A)  Revised forecast (B)"), a caption opening the line, change and
 * growth columns in their places, and a line of units under the periods ("£m   £m"). Pure.
 */
import type { PeriodRef } from '../seed/factFileSchema.js';
import { findPeriods, MONTHS, priorPeriod, type FiscalCalendar } from './fiscalPeriods.js';
import { ISO_CODES } from './amountMentions.js';
import {
  ACTUAL,
  CHANGE_HEADER,
  changeColumn,
  chunksOf,
  FORECAST,
  columnUnit,
  unitHeader,
  withoutUnit,
  type Column,
  type TableContext,
  type UnitHeader,
} from './tableCells.js';

/** A line that is nothing but period labels ("Q2 FY13   Q2 FY12"), at least two. */
export function isPeriodLine(printed: string, calendar: FiscalCalendar): boolean {
  // "Operating metrics     Q2 FY26    Q1 FY26    Q2 FY25": a caption may open the line of periods.
  const line = printed.replace(CAPTION, (c) => ' '.repeat(c.length));
  // A line of dates, balances' or the ends of the spans above them ("26 weeks / ended"), a "%" over "change" among them.
  if (balanceColumns(line.replace(/(?<=\s)%(?=\s|$)/g, ' '), calendar)) return true;
  // "2025      2024    Change": bare years over a highlights table whose rows carry their units.
  const years = line.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (
    years.length >= 2 &&
    line
      .replace(/\b(?:19|20)\d{2}\b/g, '')
      .replace(CHANGE_COLUMN, '')
      .trim() === ''
  )
    return true;
  const found = findPeriods(line, calendar);
  if (found.length < 2) return false;
  let rest = line;
  for (const p of [...found].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  // "H1 FY25    H1 FY24    Change": change columns may follow; "4Q25  4Q24  % Chg  2025  2024": so may bare years.
  return (
    rest
      .replace(CHANGE_HEADERS, '')
      // ("4Q25 vs 4Q24": the word joining a change column's periods.)
      .replace(/(?<=\s)(?:vs\.?|versus|v|x)(?=\s)/gi, '')
      // ("FY25   FY24   2H25   1H25": a second half, a period no fact file names, is still a period column.)
      .replace(/\b(?:2H|H2)\s?(?:FY\s?)?'?(?:\d{4}|\d{2})\b/g, '')
      .replace(/(?<=^|\s)(?:19|20)\d{2}(?=\s|$)/g, '')
      .replace(/[()]/g, '')
      .trim() === ''
  );
}

/** What a label column's head names ("Item", "Ratio"): what the rows are, not what the table is about. */
const LABEL_COLUMN_TITLE =
  /^(?:items?|line\s+items?|products?|particulars|descriptions?|details?|metrics?|ratios?|indicators?|kpis?|measures?|units?|categor(?:y|ies))$/i;

/**
 * "Netherlands     Q3 2025    Q3 2024    Change": the caption that opens a line of periods, if one does and it
 * says what the table is about (not its unit, "MSEK", nor what its label column holds, "Item").
 */
export function periodLineCaption(printed: string, calendar: FiscalCalendar): string | undefined {
  const caption = CAPTION.exec(printed)?.[0].trim();
  if (!caption || columnUnit(caption) || LABEL_COLUMN_TITLE.test(caption)) return undefined;
  return isPeriodLine(printed, calendar) ? caption : undefined;
}

/**
 * Columns whose header is written over several lines, the last of them years ("2013  2012"): each
 * year takes the words above it (by column position) — "Three Months Ended September 30, 2013".
 */
export function composedColumns(
  lines: readonly string[],
  from: number,
  to: number,
  ctx: TableContext,
  tableGuidance: boolean,
): [Column[], number] | undefined {
  for (let j = from; j < to; j++) {
    // "SEK m     2025     2024": the unit may open the line of years (the table's unit header reads it); so may a
    // caption ("Period-end balances     2025     2025     2024" under "Sep 30,  Jun 30,  Sep 30,").
    // (CAPTION less its digits: "June 30, 2024" opening the line under "Three months ended" is a column's date.)
    const line = withoutUnit(lines[j]!).replace(/^\s*[A-Z][A-Za-z &,'-]{2,40}?(?=\s{3,}\S)/, (c) =>
      ' '.repeat(c.length),
    );
    const years = [...line.matchAll(/\b(?:19|20)\d{2}\b/g)];
    // "2024      2023     Change": years, and change columns after them; "CHF   CER" under "% change": the change
    // in the reporting currency is headed by its code.
    const changeAbove = lines.slice(from, j).some((l) => /\bchange\b/i.test(l));
    const currencyChanges = changeAbove
      ? [...line.matchAll(CURRENCY_CHANGE)].filter((c) => years.length > 0 && c.index > years.at(-1)!.index)
      : [];
    const changes = [...line.matchAll(CHANGE_COLUMN), ...currencyChanges].sort((a, b) => a.index - b.index);
    // "June 30, 2024        June 30, 2025" under "Three months ended": a date's month and day go with its year.
    const above = lines.slice(from, j).filter((l) => l.trim() !== '' && !unitHeader(l));
    // "% Change / vs. vs. / 2Q25 3Q24" right of the years: change columns against the periods they name.
    const lastYear = years.at(-1);
    const bases =
      lastYear && above.some((l) => /\bvs\.?(?=\s|$)|%\s*change|\bchange\b/i.test(l.slice(lastYear.index + 4)))
        ? findPeriods(line.slice(lastYear.index + 4), ctx.calendar).map((p) => ({
            ...p,
            start: p.start + lastYear.index + 4,
            end: p.end + lastYear.index + 4,
          }))
        : [];
    let unbased = line;
    for (const c of currencyChanges)
      unbased = unbased.slice(0, c.index) + ' '.repeat(c[0].length) + unbased.slice(c.index + c[0].length);
    for (const b of [...bases].reverse()) unbased = unbased.slice(0, b.start) + unbased.slice(b.end);
    // ("% Change at" over "constant currency (1)": a change column whose qualifier wraps below it.)
    const rest = unbased
      .replace(/\b(?:19|20)\d{2}\b/g, '')
      .replace(/\bchange\s+at\s*$/i, 'change')
      .replace(CHANGE_COLUMN, '')
      .replace(MONTH_DAYS, '');
    if (years.length < 2 || rest.trim() !== '') continue;
    const columns: Column[] = [];
    for (const [yearAt, y] of years.entries()) {
      const start = y.index;
      const end = start + y[0].length;
      const words = above
        .map((l) => {
          const chunks = chunksOf(l);
          const overs = chunks.filter((ch) => ch.start <= end + 2 && ch.end >= start - 2);
          // ("Three Months Ended    Nine Months Ended" over "2025    2024    2025    2024", the third year under the
          // end of the first caption and the start of the second: captions over equal runs of years take them in turn.)
          const inTurn =
            overs.length > 1 && years.length % chunks.length === 0
              ? chunks[Math.floor(yearAt / (years.length / chunks.length))]
              : undefined;
          const over = inTurn && overs.includes(inTurn) ? inTurn : overs[0];
          if (over) return over.text;
          // "Three Months Ended" printed over the first columns only spans the next ones too, up to the
          // next header.
          const left = chunks.filter((ch) => ch.end < start).at(-1);
          return left && SPANNING.test(left.text) ? left.text : undefined;
        })
        .filter((t) => t !== undefined);
      const basis = tableGuidance ? ('guidance' as const) : ('actual' as const);
      const dated = DATED_END.exec(lines[j]!.slice(0, start))?.[0] ?? '';
      // "Sep 30, 2025   Sep 30, 2024" alone: the balances at those dates.
      const balance = words.length === 0 && dated ? findPeriods(`as of ${dated}${y[0]}`, ctx.calendar)[0] : undefined;
      if (balance) {
        columns.push({ period: balance.period, basis, text: `${dated}${y[0]}`, end });
        continue;
      }
      // A year alone over its column is that fiscal year.
      if (words.length === 0) {
        columns.push({ period: { fiscalYear: Number(y[0]) }, basis, text: y[0], end });
        continue;
      }
      const text = `${words.join(' ')} ${dated}${y[0]}`;
      // (Weeks "ended 30 Aug 2025" are placed by their date in the fiscal calendar, below.)
      const weeks = dated ? undefined : weeksColumn(weeksOver(above, start, end), Number(y[0]), ctx.documentPeriod);
      if (weeks) {
        columns.push({ period: weeks, basis, text, end });
        continue;
      }
      // "Sep 30," alone over "2025": the balance at that date.
      const period =
        findPeriods(text, ctx.calendar).at(-1) ??
        (MONTH_DAY_ONLY.test(`${words.join(' ')} `)
          ? findPeriods(`as of ${text}`, ctx.calendar).map((p) => ({ ...p, text: text }))[0]
          : undefined) ??
        undatedSpan(words, Number(y[0]), Math.max(...years.map((v) => Number(v[0]))), ctx.documentPeriod, text);
      if (!period || !text.endsWith(period.text.replace(/^.*?(\d{4})$/, '$1'))) return undefined;
      columns.push({ period: period.period, basis, text, end });
    }
    // "Three months ended   Three months ended   YoY change" over the dates: a change column in a header line
    // above, right of the years' columns' own words, counts too.
    for (const l of above)
      for (const c of l.matchAll(CHANGE_COLUMN))
        if (c.index > years.at(-1)!.index && !changes.some((x) => Math.abs(x.index - c.index) < 4)) changes.push(c);
    changes.sort((x, y) => x.index - y.index);
    if (bases.length > 0) {
      for (const b of bases)
        columns.push({ basis: 'actual', change: 'percent', base: b.period, text: `vs. ${b.text}` });
      return [columns, j];
    }
    // "2025  2024  % change  2025  2024  % change": each change column in its place among the years.
    for (const c of [...changes].reverse()) {
      if (c.index < years[0]!.index) continue;
      const at = years.filter((y) => y.index < c.index).length;
      columns.splice(at + columns.slice(0, at).filter((x) => x.change).length, 0, {
        ...changeColumn(c[0]),
        at: c.index,
        end: c.index + c[0].length,
      });
    }
    return [columns, j];
  }
  return undefined;
}

/**
 * "Three Months Ended / Fiscal Year Ended" over "2025  2024  2025  2024", the end date left to the table above:
 * spans ending where the document's period ends, the first year printed being the document's.
 */
function undatedSpan(
  words: readonly string[],
  year: number,
  latestYear: number,
  documentPeriod: PeriodRef | undefined,
  text: string,
): { period: PeriodRef; text: string } | undefined {
  const span = /^(?:(three|six|nine|twelve)\s+months|(?:fiscal\s+)?(year))\s+ended$/i.exec(words.join(' ').trim());
  if (!span || !documentPeriod) return undefined;
  const months = span[2] ? 12 : { three: 3, six: 6, nine: 9, twelve: 12 }[span[1]!.toLowerCase()]!;
  const fiscalYear = documentPeriod.fiscalYear - (latestYear - year);
  const reported = documentPeriod.quarter !== undefined ? documentPeriod.quarter * 3 : (documentPeriod.months ?? 12);
  // (Twelve months in a quarter's release are a trailing twelve months, no fiscal year.)
  if (months !== reported && (months === 12 || reported % 3 !== 0)) return undefined;
  if (months === 12) return { period: { fiscalYear }, text };
  if (months === 3) return { period: { fiscalYear, quarter: reported / 3 }, text };
  return months === reported ? { period: { fiscalYear, months }, text } : undefined;
}

/** A month and day before a year in a column header ("June 30, ", "30 June "). */
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
/** A day of the month, with its ordinal where printed ("30th"). */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const MONTH_DAY = String.raw`(?:${MONTH_NAME}\s+${DAY},?\s+|${DAY}\s+${MONTH_NAME}\s+)`;
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/** What joins the two periods of a change column's header ("4Q25 vs 4Q24", "2025 vs. 2024"). */
// ("H1 2025/H1 2024": a slash joins them too.)
const VERSUS = /^\s*(?:vs\.?|versus|v|x|\/)\s*$/i;

/** One change column's header: "% change", "Change (%)", "%YoY" and "Change in CHF" are one column, not two. */
/** A change column's step: a year or a quarter ("YoY", "Q/Q", "y-o-y"). */
const STEP = String.raw`(?:YoY|QoQ|Y\/Y|Q\/Q|y-o-y|q-o-q)`;
export const CHANGE_COLUMN = new RegExp(
  String.raw`\b${STEP}\s+(?:growth|change)\b|\b${STEP}\s*(?:%|\(%\))|%\s?${STEP}\b|\bchange\s+in\s+(?:${ISO_CODES})\b|%\s*(?:change|var\.?|chg\.?)(?![A-Za-z])|\bvar\.?\s*%|\bchange\s*(?:in\s*)?(?:\(%\)|,?\s*%)|${CHANGE_HEADER.source}`,
  'gi',
);
/** Every change header of a line ("Change", "YoY", "%"). */
const CHANGE_HEADERS = new RegExp(CHANGE_HEADER.source, 'gi');
const MONTH_DAYS = new RegExp(String.raw`\b${MONTH_DAY}`, 'gi');
/** A month and day alone ("Sep 30, " over "2025"). */
const MONTH_DAY_ONLY = new RegExp(String.raw`^${MONTH_DAY}\s*$`, 'i');
/** A date alone as a column header ("30 Sep 2025", "Sep 30, 2025"). */
export const DATE_ONLY = new RegExp(String.raw`^${MONTH_DAY}(?:19|20)\d{2}$`, 'i');
/** A month and day closing the text before a year ("Three months ended June 30, " before "2025"). */
const DATED_END = new RegExp(String.raw`${MONTH_DAY}\s*$`, 'i');
/** A word that says which change a change column is, before the word "change" ("Reported change", "Organic change"). */
const CHANGE_QUALIFIER = /^(?:reported|organic|cc|CER|LfL|like[-\s]for[-\s]like|constant\s+currency)$/i;
/** The word "change" alone, which a qualifier after it may name ("Change reported", "Change LFL"). */
const CHANGE_WORD = /^(?:change|chg\.?|var\.?)$/i;
/** A change column's step as a word of its own ("YoY" in "YoY CC growth %"). */
const STEP_WORD = new RegExp(String.raw`^${STEP}$`, 'i');
/** A change header of several words that is one column ("YoY CC growth %"): one step and one change word at most. */
function oneChangeColumn(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length > 1 &&
    words.every((w) => CHANGE_HEADER.test(w)) &&
    words.filter((w) => STEP_WORD.test(w)).length <= 1 &&
    words.filter((w) => CHANGE_WORD.test(w) || /^growth$/i.test(w)).length <= 1
  );
}
/** A change column among balances: "YTD" beside "30/09/2025  31/12/2024" is the change since the year's end. */
const BALANCE_CHANGE = new RegExp(String.raw`${CHANGE_COLUMN.source}|\bYTD\b(?!\s*\d)`, 'gi');
/** Dates as column headers ("Sep 30, 2025", "30/09/2025", "Dec-25", "Sep/25", "30-Sep-25", "31 Dec 25"). */
const DATE_COLUMNS = new RegExp(
  String.raw`${MONTH_DAY}((?:19|20)\d{2})\b|\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\b|\b(${MONTH_ABBREVIATIONS})[-'’/](\d{2})\b|\b(\d{1,2})([- ])(${MONTH_ABBREVIATIONS})\8((?:19|20)?\d{2})\b`,
  'gi',
);

/** A date column's header as words ("30/09/2025" → "30 September 2025": day first unless the month cannot be). */
function spelledDate(d: RegExpMatchArray): string {
  // "Dec-25" (the month's end) or "30-Sep-25": a month's abbreviation, the year's last two digits (or all four).
  const abbreviated = d[5] ?? d[9];
  if (abbreviated) {
    const month = MONTHS.findIndex((m) => m.startsWith(abbreviated.toLowerCase()));
    const printedYear = d[6] ?? d[10]!;
    const year = printedYear.length === 2 ? 2000 + Number(printedYear) : Number(printedYear);
    const day = d[7] ? Number(d[7]) : new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return `${day} ${MONTHS[month]} ${year}`;
  }
  if (d[2]) {
    const [a, b] = [Number(d[2]), Number(d[3])];
    const [day, month] = b > 12 ? [b, a] : [a, b];
    return month >= 1 && month <= 12 ? closingDay(day, month - 1, Number(d[4])) : d[0];
  }
  // ("1 Mar 2025": a retailer's 52-week year ends on a weekday up to a week past its month's end.)
  const spelled = /^(\d{1,2})\s+([A-Za-z]{3,})\.?\s+((?:19|20)\d{2})$/.exec(d[0]);
  const month = spelled ? MONTHS.findIndex((m) => m.startsWith(spelled[2]!.toLowerCase().slice(0, 3))) : -1;
  return spelled && month >= 0 ? closingDay(Number(spelled[1]), month, Number(spelled[3])) : d[0];
}

/** A header's date as the day it closes: one in a month's first week closes the month before (see spelledDate). */
function closingDay(day: number, month: number, year: number): string {
  if (day > 7) return `${day} ${MONTHS[month]} ${year}`;
  const end = new Date(Date.UTC(year, month, 0));
  return `${end.getUTCDate()} ${MONTHS[end.getUTCMonth()]} ${end.getUTCFullYear()}`;
}

/**
 * "Asset quality     Sep 30, 2025    Jun 30, 2025    Sep 30, 2024": columns that are dates, and change columns
 * among them, are the balances at those dates; undefined unless the line is nothing else (after a caption).
 */
function balanceColumns(printed: string, calendar: FiscalCalendar, above?: string): Column[] | undefined {
  // Under "Three months ended" (or "26 weeks to") the dates close periods.
  if (above && /\b(?:ended|ending|months|weeks|quarter|year|period|half)\b/i.test(above)) return undefined;
  const line = printed.replace(CAPTION, (c) => ' '.repeat(c.length));
  const dates = [...line.matchAll(DATE_COLUMNS)];
  if (dates.length < 2) return undefined;
  // "Dec-25 v Jun-25": two dates joined by "v" head a change column between the balances.
  const pairs = new Set<number>();
  for (let n = 0; n + 1 < dates.length; n++)
    if (VERSUS.test(line.slice(dates[n]!.index + dates[n]![0].length, dates[n + 1]!.index))) pairs.add(n++);
  let rest = line;
  for (const [n, d] of [...dates.entries()].reverse()) {
    // (The "v" of a pair goes with its second date.)
    const from = pairs.has(n - 1) ? dates[n - 1]!.index + dates[n - 1]![0].length : d.index;
    rest = rest.slice(0, from) + rest.slice(d.index + d[0].length);
  }
  if (rest.replace(BALANCE_CHANGE, '').trim() !== '') return undefined;
  const versus = [...pairs].map((n) => ({
    at: dates[n]!.index,
    of: spelledDate(dates[n]!),
    base: spelledDate(dates[n + 1]!),
    text: line.slice(dates[n]!.index, dates[n + 1]!.index + dates[n + 1]![0].length),
  }));
  const marks = [
    ...versus,
    ...dates
      .filter((_, n) => !pairs.has(n) && !pairs.has(n - 1))
      .map((d) => ({ at: d.index, date: d[0], spelled: spelledDate(d) })),
    ...[...line.matchAll(BALANCE_CHANGE)]
      .filter((c) => !dates.some((d) => c.index >= d.index && c.index < d.index + d[0].length))
      .map((c) => ({ at: c.index, change: c[0] })),
  ].sort((a, b) => a.at - b.at);
  const out: Column[] = [];
  const balanceAt = (spelled: string) => findPeriods(`as of ${spelled}`, calendar)[0]?.period;
  for (const m of marks) {
    if ('change' in m) {
      out.push(changeColumn(m.change!));
      continue;
    }
    if ('base' in m) {
      const [of, base] = [balanceAt(m.of), balanceAt(m.base)];
      if (!of || !base) return undefined;
      out.push({ ...changeColumn(m.text), of, base, at: m.at });
      continue;
    }
    const period = balanceAt(m.spelled!);
    if (!period) return undefined;
    out.push({ period, basis: 'actual', text: m.date });
  }
  return out;
}

const WEEKS = /\b(\d{1,2})[\s-]weeks?\b/i;

/**
 * The "12 weeks" header over a column: on a line above, the chunk centred nearest the column (centred over its
 * group, it need not overlap every column under it), where that chunk counts weeks.
 */
function weeksOver(above: readonly string[], start: number, end: number): string | undefined {
  const centre = (start + end) / 2;
  const distance = (ch: { start: number; end: number }) => Math.abs((ch.start + ch.end) / 2 - centre);
  for (const line of above) {
    const nearest = [...chunksOf(line)].sort((a, b) => distance(a) - distance(b))[0];
    if (nearest && WEEKS.test(nearest.text)) return nearest.text;
  }
  return undefined;
}

/**
 * "12 weeks" / "40 weeks" over "Fiscal Year  2025  2024": a retailer's quarter of weeks and its year to date.
 * Quarters of 12 to 17 weeks are the document's quarter; a longer span is the year to that quarter
 * (the document says which quarter; without one, no reading), 52 or 53 weeks the year.
 */
function weeksColumn(
  words: string | undefined,
  year: number,
  documentPeriod: PeriodRef | undefined,
): PeriodRef | undefined {
  const weeks = words ? WEEKS.exec(words) : null;
  if (!weeks) return undefined;
  const n = Number(weeks[1]);
  if (n >= 52) return { fiscalYear: year };
  const quarter = documentPeriod?.quarter;
  if (n >= 12 && n <= 17) return quarter ? { fiscalYear: year, quarter } : undefined;
  if (documentPeriod?.months === 6 && n >= 24 && n <= 28) return { fiscalYear: year, months: 6 };
  return quarter && quarter > 1 && quarter < 4 && n >= 24 && n <= 44
    ? { fiscalYear: year, months: quarter * 3 }
    : undefined;
}

/** A caption over a run of columns ("Three Months Ended", "Nine Months Ended"). */
const SPANNING = /\b(?:months|weeks|quarters?|years?)\s+ended\b/i;

/** A caption opening a header line ("Operating metrics     Q2 FY26    Q1 FY26"). */
// ("Year ended 30 June" too: words with a day, not a period label like "Q3 2025".)
// ("FINANCIAL RESULTS   3Q25   3Q24", "NII   3Q25": a caption in capitals, not a date or a period's words such as
// "SEP 30, 2025", "FIRST HALF 2025", "YTD".)
const CAPTION = new RegExp(
  String.raw`^\s*(?!(?:${MONTH_ABBREVIATIONS})[-'’]\d{2}\b)(?:[A-Z](?=\S*[a-z])[A-Za-z0-9 &,'-]{2,40}?|(?!(?:${MONTH_ABBREVIATIONS.toUpperCase()})[A-Z]*\b|(?:FIRST|SECOND|THIRD|FOURTH|FULL|HALF|THREE|SIX|NINE|TWELVE|FISCAL|YEAR|QUARTER|YTD|LTM|TTM|QTD|MAT)\b)[A-Z]{3,}(?=[\s&,'-]|$)[A-Za-z0-9 &,'-]{0,40}?)(?:\s?\([^()]{1,15}\))?(?=\s{3,}\S)`,
);

const CURRENCY_CHANGE = new RegExp(String.raw`(?<![A-Za-z])(?:${ISO_CODES})(?![A-Za-z])`, 'g');

/** The columns a header line names, in order; undefined when it names no period and no forecast. */
export function columnsOf(
  line: string,
  ctx: TableContext,
  tableGuidance: boolean,
  above?: string,
): Column[] | undefined {
  const balances = balanceColumns(line, ctx.calendar, above);
  if (balances) return balances;
  const found = findPeriods(line, ctx.calendar);
  // "For the six months ended 30 June   2025   2024": a span captioned before the first year is each year's.
  const captioned = found.find((p) => /\s{3,}(?:19|20)\d{2}$/.test(p.text) && 'months' in p.period);
  const captionYear = captioned ? Number(captioned.text.slice(-4)) : undefined;
  // "7-9/2025  7-9/2024  Change %  1-9/2025  1-9/2024  Change %  2024": a bare year among periods is that
  // fiscal year's column.
  const bareYears = found.length
    ? [...line.matchAll(/(?<=^|\s)((?:19|20)\d{2})(?=\s|$)/g)]
        .filter((y) => !found.some((p) => p.start <= y.index && p.end >= y.index + y[1]!.length))
        .map((y) => ({
          start: y.index,
          end: y.index + y[1]!.length,
          text: y[1]!,
          period:
            captioned && captionYear !== undefined && y.index > captioned.end
              ? { ...captioned.period, fiscalYear: captioned.period.fiscalYear + Number(y[1]) - captionYear }
              : { fiscalYear: Number(y[1]) },
        }))
    : [];
  // "1H26  2H25  1H25  1H26 v 2H25": a second half has no PeriodRef; its column (and a change against it) stays
  // unread, so that the columns either side still line up with their cells.
  const secondHalves = found.length
    ? [...line.matchAll(SECOND_HALF)]
        .filter((h) => !found.some((p) => p.start < h.index + h[0].length && p.end > h.index))
        .map((h) => ({ start: h.index, end: h.index + h[0].length, text: h[0], period: undefined }))
    : [];
  const periods: { start: number; end: number; text: string; period: PeriodRef | undefined }[] = [
    ...found,
    ...bareYears,
    ...secondHalves,
  ].sort((a, b) => a.start - b.start);
  const revision = /\bprevious\b[^]*\brevised\b|\brevised\b[^]*\bprevious\b/i.test(line);
  if (revision) {
    // "Previous forecast (A)  Revised forecast (B)  Difference (B-A)  Change (%)"
    const out: Column[] = [];
    for (const m of line.matchAll(/\b(previous|revised|initial|new|difference|change|actual)\b[^A-Z]*/gi)) {
      const word = m[1]!.toLowerCase();
      const period = ctx.headingPeriod ?? ctx.documentPeriod;
      if (word === 'difference') out.push({ basis: 'guidance', change: 'absolute', text: m[0] });
      else if (word === 'change')
        out.push({ basis: 'guidance', change: /%/.test(m[0]) ? 'percent' : 'absolute', text: m[0] });
      else if (word === 'actual') out.push({ period, basis: 'actual', text: m[0], superseded: true });
      else out.push({ period, basis: 'guidance', text: m[0], superseded: word === 'previous' || word === 'initial' });
    }
    return out.some((c) => !c.superseded && !c.change) ? out : undefined;
  }
  if (periods.length === 0) {
    // "Full year  Change (%)" under "Forecast for FY2017": the title's period.
    const whole = /\b(?:full[\s-]year|annual|fiscal\s+year)\b/i.exec(line);
    const half = /\b(?:first\s+half|1H|H1|interim)\b/i.exec(line);
    const title = ctx.headingPeriod;
    const hit = whole ?? half;
    if (!hit || !title) return undefined;
    const period = whole ? { fiscalYear: title.fiscalYear } : { fiscalYear: title.fiscalYear, months: 6 };
    const out: Column[] = [{ period, basis: tableGuidance ? 'guidance' : 'actual', text: hit[0] }];
    for (const m of line.slice(hit.index + hit[0].length).matchAll(CHANGE_HEADERS)) out.push(changeColumn(m[0]));
    return out;
  }
  const out: Column[] = [];
  // "4Q25  4Q24  4Q25 vs 4Q24": two periods joined by "vs" head a change column, not two figure columns.
  const pairStarts = new Set<number>();
  for (let i = 0; i + 1 < periods.length; i++)
    if (VERSUS.test(line.slice(periods[i]!.end, periods[i + 1]!.start))) pairStarts.add(i++);
  periods.forEach((p, i) => {
    if (pairStarts.has(i - 1)) return;
    if (pairStarts.has(i)) {
      const pairEnd = periods[i + 1]!.end;
      if (!p.period || !periods[i + 1]!.period) {
        out.push({ basis: 'actual', text: line.slice(p.start, pairEnd), at: p.start });
        return;
      }
      out.push({
        ...changeColumn(line.slice(p.start, pairEnd)),
        at: p.start,
        of: p.period,
        base: periods[i + 1]!.period,
      });
      const after = line.slice(pairEnd, periods[i + 2]?.start ?? line.length);
      for (const m of after.matchAll(CHANGE_COLUMN)) out.push({ ...changeColumn(m[0]), at: pairEnd + m.index });
      return;
    }
    const rest = line.slice(p.end, periods[i + 1]?.start ?? line.length);
    const own = rest.slice(0, rest.search(CHANGE_HEADER) < 0 ? rest.length : rest.search(CHANGE_HEADER));
    const text = `${p.text}${own}`;
    const basis = ACTUAL.test(own)
      ? 'actual'
      : FORECAST.test(own) || (tableGuidance && !ACTUAL.test(line))
        ? 'guidance'
        : 'actual';
    out.push({ period: p.period, basis, text, at: p.start });
    // Change columns after a period: "Change", "YoY", "%"; "3Q24  2Q24  QoQ  3Q23  YoY" has one after each base.
    const heads = [...rest.slice(own.length).matchAll(CHANGE_COLUMN)].map((m) => ({
      at: p.end + own.length + m.index,
      text: m[0],
    }));
    for (let n = 0; n < heads.length; n++) {
      const { at, text } = heads[n]!;
      const next = heads[n + 1];
      // "Reported change    Organic change", "Change reported    Change LFL": a qualifier and the change word one
      // space beside it are one column (not "QoQ YoY", two).
      const joined =
        next &&
        (CHANGE_QUALIFIER.test(text) || (CHANGE_WORD.test(text) && CHANGE_QUALIFIER.test(next.text))) &&
        line.slice(at + text.length, next.at) === ' '
          ? line.slice(at, next.at + next.text.length)
          : undefined;
      if (joined) n++;
      // "Change at constant" over "exchange rates": the header's words beside the change word say what it is.
      const chunk = chunksOf(line).find((c) => c.start === at);
      // ("YoY CC growth %": one column whose words are all a change's, naming one step or change once.)
      if (!joined && chunk && oneChangeColumn(chunk.text)) {
        while (heads[n + 1] && heads[n + 1]!.at < chunk.end) n++;
        out.push({ ...changeColumn(chunk.text), at });
        continue;
      }
      const words = joined ?? (chunk && [...chunk.text.matchAll(CHANGE_COLUMN)].length === 1 ? chunk.text : text);
      out.push({ ...changeColumn(words), at });
    }
  });
  return above ? withStackedChanges(out, line, above, periods.at(-1)!.end) : out;
}

/**
 * "Reported    Constant" over "growth    currency" right of the periods: change columns named over two lines, each
 * by both its words ("Constant currency" is a growth column, not a change); the columns as read where any piece
 * right of the periods is no change header.
 */
function withStackedChanges(columns: Column[], line: string, above: string, lastPeriodEnd: number): Column[] {
  const pieces = chunksOf(line).filter((c) => c.start >= lastPeriodEnd);
  const overs = chunksOf(above);
  const named = pieces.map((c) => {
    const over = overs.find((o) => o.start <= c.end + 1 && o.end >= c.start - 1);
    return { at: c.start, text: over ? `${over.text} ${c.text}` : c.text };
  });
  const trailing = columns.filter((c) => c.change && (c.at ?? 0) >= lastPeriodEnd);
  if (named.length <= trailing.length || !named.every((n) => CHANGE_HEADER.test(n.text))) return columns;
  return [
    ...columns.filter((c) => !trailing.includes(c)),
    ...named.map((n) => ({ ...changeColumn(n.text), at: n.at })),
  ];
}

/** "2H25", "H2 2025", "2H FY25": a second half, which no PeriodRef expresses. */
const SECOND_HALF = /\b(?:2H|H2)\s?(?:FY\s?)?'?(?:\d{4}|\d{2})\b/g;

/** The base a change column names by its step ("QoQ": the quarter before); undefined for the year before. */
export function stepBack(column: Column, period: PeriodRef): PeriodRef | undefined {
  return /\b(?:QoQ|Q\/Q|q-o-q|sequential)/i.test(column.text) ? priorPeriod(period, 'quarter') : undefined;
}

/** "                 £m          £m" under a line of periods: the unit of every column, one header. */
export function unitsLine(line: string): UnitHeader | undefined {
  // ("A$m          %": the change column's own unit beside it; "Rm   Rm   change   Rm": or its head.)
  const chunks = chunksOf(line).filter((c) => !/^\(?%\)?$|^(?:%\s*)?change$/i.test(c.text));
  if (chunks.length === 0 || !chunks.every((c) => c.text === chunks[0]!.text)) return undefined;
  // ("R million", "Rp bn", "£m": one or two pieces, a unit if unitHeader reads one; "HK$ million HK$ million", the
  // columns' units one space apart, is one of them repeated.)
  const unit = /^(\S{1,4}\s?\S+)(?:\s\1)*$/.exec(chunks[0]!.text)?.[1];
  return unit ? unitHeader(`(${unit})`) : undefined;
}

/**
 * "(Rp bn)   (Rp bn)   (US$ mn)" under "1H25   1H24   YoY   1H25": each figure column's own unit, where they
 * differ (a convenience translation beside the reported figures). Undefined unless every piece is a unit.
 */
export function columnUnitsLine(line: string): UnitHeader[] | undefined {
  const chunks = chunksOf(line).filter((c) => !/^\(?%\)?$/.test(c.text));
  if (chunks.length < 2) return undefined;
  const units = chunks.map((c) => columnUnit(c.text));
  if (units.some((u) => u?.unit === undefined)) return undefined;
  return new Set(units.map((u) => u!.unit)).size > 1 ? (units as UnitHeader[]) : undefined;
}

/** The last year a column header prints ("Three Months Ended October 31, 2025" → 2025). */
export function printedYear(text: string): number | undefined {
  const years = text.match(/\b(?:19|20)\d{2}\b/g);
  return years ? Number(years.at(-1)) : undefined;
}
