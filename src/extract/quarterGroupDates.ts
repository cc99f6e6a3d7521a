/**
 * The header of a Malaysian interim report (Bursa Malaysia's layout): "INDIVIDUAL QUARTER" and "CUMULATIVE QUARTER"
 * over their columns, words ("Current Year Quarter", "Preceding Year Corresponding Period") under them, then each
 * column's closing date ("30.09.2025   30.09.2024   30.09.2025   30.09.2024"). A date under the individual quarter is
 * the quarter it closes, under the cumulative one the months of the fiscal year to it: the header is rewritten as
 * those periods ("Q3 2025", "9M 2025") in the dates' places, the lines between blanked, so the period-column reader
 * reads it as any other. Lengths are kept (quotes come from the printed lines). Pure.
 */
import { placeDatedColumn, type FiscalCalendar } from './fiscalPeriods.js';
import { CHANGE_HEADER, chunksOf } from './tableCells.js';

const GROUPS = /\bindividual\s+(?:quarter|period)\b.*?\b(cumulative\s+(?:quarter|period)|year[-\s]to[-\s]date)\b/i;
const DATE = /^(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})$/;
const CHANGE = new RegExp(String.raw`^(?:${CHANGE_HEADER.source})$`, 'i');

export function withQuarterGroupDates(lines: readonly string[], calendar: FiscalCalendar): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const groups = GROUPS.exec(out[i]!);
    if (!groups) continue;
    const cumulativeAt = groups.index + groups[0].length - groups[1]!.length;
    for (let j = i + 1; j < Math.min(out.length, i + 7) && out[j]!.trim() !== ''; j++) {
      // ("30.6.2025  30.6.2024  +/(-)": a change column may stand beside the dates; it is kept as printed.)
      const chunks = chunksOf(out[j]!).filter((c) => !CHANGE.test(c.text));
      if (chunks.length < 2 || !chunks.every((c) => DATE.test(c.text))) continue;
      const periods = chunks.map((c) => {
        const [, , month, year] = DATE.exec(c.text)!;
        const placed = placeDatedColumn(Number(year), Number(month) - 1, calendar);
        if (!placed) return undefined;
        // (A column starting a little left of the group's words is still under them.)
        if (c.end <= cumulativeAt - 2)
          return placed.monthsIn % 3 === 0 ? `Q${placed.monthsIn / 3} ${placed.fiscalYear}` : undefined;
        return placed.monthsIn === 12
          ? `FY${placed.fiscalYear}`
          : placed.monthsIn === 3
            ? `Q1 ${placed.fiscalYear}`
            : `${placed.monthsIn}M ${placed.fiscalYear}`;
      });
      if (periods.some((p) => p === undefined)) break;
      let line = out[j]!;
      chunks.forEach((c, n) => {
        line = line.slice(0, c.start) + periods[n]!.padEnd(c.end - c.start) + line.slice(c.end);
      });
      out[j] = line;
      for (let k = i; k < j; k++) out[k] = ' '.repeat(out[k]!.length);
      break;
    }
  }
  return out;
}
