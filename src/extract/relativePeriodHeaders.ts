/**
 * A results announcement's columns named relative to the period it reports on, as the Saudi Exchange's template
 * prints them: "Current Quarter", "Similar Quarter for previous year", "Previous Quarter", "Current Period",
 * "Similar Period for previous year", each header's words wrapped over two or three lines under "Element List".
 * With the document's period known (the template's title gives it: "for the Period Ending on 2025-09-30 (Nine
 * Months)"), the header is rewritten as those periods ("Q3 FY2025", "9M FY2024") in the words' places and its wrapped
 * lines blanked, so the period-column reader reads it as any other; a period printed under a column's words is that
 * column's. A header with words this does not know is left as it is. The line count and every column's start are
 * kept (quotes come from the printed lines). Pure.
 */
import type { PeriodRef } from '../seed/factFileSchema.js';
import { findPeriods, type FiscalCalendar } from './fiscalPeriods.js';
import { chunksOf, isTableRow, type Chunk } from './tableCells.js';

/** A relative column's words, and the period they name given the document's quarter and year to date. */
const RELATIVE: readonly { words: RegExp; period: (at: RelativeColumnPeriods) => string | undefined }[] = [
  { words: /^current\s+quarter$/i, period: (p) => p.quarter },
  { words: /^similar\s+quarter\s+(?:for|of)\s+(?:the\s+)?previous\s+year$/i, period: (p) => p.quarterAYearBack },
  { words: /^previous\s+quarter$/i, period: (p) => p.quarterBefore },
  { words: /^current\s+period$/i, period: (p) => p.toDate },
  { words: /^similar\s+period\s+(?:for|of)\s+(?:the\s+)?previous\s+year$/i, period: (p) => p.toDateAYearBack },
];
/** A change column's head, kept as printed. */
const CHANGE = /^%\s*change$/i;
/** The template's label over its row names. */
const ELEMENT_LIST = /^\s*Element\s+List\b/i;

/** The periods a report's relative columns name, as labels the period-column reader reads. */
interface RelativeColumnPeriods {
  quarter: string;
  quarterAYearBack: string;
  quarterBefore: string;
  toDate: string;
  toDateAYearBack: string;
}

/** The periods a report on `period` calls current, similar and previous (undefined unless it ends a quarter). */
function relativeColumnPeriods(period: PeriodRef): RelativeColumnPeriods | undefined {
  const months = period.quarter !== undefined ? period.quarter * 3 : (period.months ?? 12);
  if (months % 3 !== 0) return undefined;
  const q = months / 3;
  const year = period.fiscalYear;
  const toDate = (y: number) => (months === 12 ? `FY${y}` : `${months}M FY${y}`);
  return {
    quarter: `Q${q} FY${year}`,
    quarterAYearBack: `Q${q} FY${year - 1}`,
    quarterBefore: q === 1 ? `Q4 FY${year - 1}` : `Q${q - 1} FY${year}`,
    toDate: toDate(year),
    toDateAYearBack: toDate(year - 1),
  };
}

/** The lines with every relative header under "Element List" rewritten as the periods it names. */
export function withRelativePeriodHeaders(lines: readonly string[], calendar: FiscalCalendar): string[] {
  const out = [...lines];
  const reported = calendar.reportsOn && relativeColumnPeriods(calendar.reportsOn);
  if (!reported) return out;
  for (let i = 0; i < out.length; i++) {
    if (!ELEMENT_LIST.test(out[i]!)) continue;
    const [label, ...heads] = chunksOf(out[i]!);
    if (!label || heads.length < 2) continue;
    // The header's wrapped lines: those under it up to its first row, each word under the head it overlaps most.
    const words = heads.map((h) => [h.text]);
    let end = i + 1;
    for (; end < Math.min(out.length, i + 4) && out[end]!.trim() !== '' && !isTableRow(out[end]!); end++) {
      for (const c of chunksOf(out[end]!)) {
        const n = mostOverlapped(heads, c);
        if (n !== undefined) words[n]!.push(c.text);
      }
    }
    // ("Similar Period of / Previous Year 9M 2024": a period printed under the words is the column's.)
    const periods = words.map((w) => {
      const text = w.join(' ');
      if (CHANGE.test(text)) return null;
      const printed = findPeriods(text, calendar);
      if (printed.length === 1) return printed[0]!.text;
      return RELATIVE.find((r) => r.words.test(text))?.period(reported);
    });
    if (periods.some((p) => p === undefined) || periods.every((p) => p === null)) continue;
    // Each period written over its head's place; where one does not fit before the next head, the header stays.
    const fits = heads.every((h, n) => {
      const next = heads[n + 1];
      return !periods[n] || next === undefined || h.start + periods[n]!.length + 2 <= next.start;
    });
    if (!fits) continue;
    // (Written on the header's last line, the lines above it blanked, so its rows follow it directly.)
    let line = out[i]!.slice(0, heads[0]!.start).padEnd(heads[0]!.start);
    heads.forEach((h, n) => {
      const text = periods[n] ?? h.text;
      line = line.padEnd(h.start) + text.padEnd(Math.max(text.length, h.end - h.start));
    });
    for (let k = i; k < end - 1; k++) out[k] = ' '.repeat(out[k]!.length);
    out[end - 1] = line;
  }
  return out;
}

/** The head a wrapped word sits under: the one its span overlaps most (undefined if none). */
function mostOverlapped(heads: readonly Chunk[], word: Chunk): number | undefined {
  let best: number | undefined;
  let bestOverlap = 0;
  heads.forEach((h, n) => {
    const overlap = Math.min(h.end, word.end) - Math.max(h.start, word.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [n, overlap];
  });
  return best;
}
