/**
 * A bank's statement extract in the layout a central bank prescribes (the Central Bank of Kenya's "extract from the
 * financial statements"): its dates over each column's audit status ("Unaudited   Audited   Unaudited"), its unit
 * on a line of its own under them ("KShs Million"), and rows numbered within each statement ("1 Cash and balances
 * with Central Bank …   28,410   31,205   26,874"). Rewritten for the period-column reader as the header it knows:
 * the unit written into the header line's leading blank, the audit-status line blanked, the row numbers taken out.
 * Lengths are kept (quotes come from the printed lines). Pure.
 */
import { isPeriodLine, unitsLine } from './periodColumnHeaders.js';
import type { FiscalCalendar } from './fiscalPeriods.js';
import { chunksOf, isTableRow } from './tableCells.js';

/** A column's audit status, alone in its chunk ("Unaudited", "(Audited)", "Reviewed"). */
const AUDIT_STATUS = /^\(?(?:un)?(?:audited|reviewed)\)?$/i;
/** A row's number before its label ("1 ", "12. ", "3 " before "Kenya Government and other securities"). */
const ROW_NUMBER = /^(\s*)(\d{1,2})\.?(?=\s+[A-Za-z(])/;

/** Whether a line is nothing but the audit status of two or more columns. */
function isAuditStatusLine(line: string): boolean {
  const chunks = chunksOf(line);
  return chunks.length >= 2 && chunks.every((c) => AUDIT_STATUS.test(c.text));
}

/** The lines with a statement extract's header and row numbers rewritten as an ordinary period-column table's. */
export function withStatementExtractLines(lines: readonly string[], calendar: FiscalCalendar): string[] {
  const out = withoutRowNumbers(lines);
  for (let i = 0; i + 1 < out.length; i++) {
    if (!isAuditStatusLine(out[i + 1]!)) continue;
    // (Wherever it stands, over a header or under it, a line of audit statuses says nothing the readers use: blanked.)
    out[i + 1] = ' '.repeat(out[i + 1]!.length);
    if (!isPeriodLine(out[i]!, calendar)) continue;
    const unitLine = out[i + 2] ?? '';
    const unit = unitLine.trim();
    const indent = /^\s*/.exec(out[i]!)![0].length;
    // ("KShs Million" under the header: written where the header line is blank, in parentheses as a unit header is.)
    if (unit === '' || !unitsLine(unitLine) || unit.length + 4 > indent) continue;
    out[i] = `(${unit})`.padEnd(indent) + out[i]!.slice(indent);
    out[i + 2] = ' '.repeat(unitLine.length);
  }
  return out;
}

/**
 * Rows numbered in sequence ("1 Interest income", "2 Interest expense", …), in any document: each number taken out where the numbered
 * row above or below it, within three lines, carries the number before or after it, so a lone "4 Segments  …" keeps its.
 */
function withoutRowNumbers(lines: readonly string[]): string[] {
  const numbers = lines.map((l) => {
    const m = ROW_NUMBER.exec(l);
    return m && isTableRow(l.slice(m[0].length)) ? Number(m[2]) : undefined;
  });
  const numberedNear = (i: number, step: 1 | -1, wanted: number) => {
    for (let n = i + step; n >= 0 && n < lines.length && Math.abs(n - i) <= 3; n += step)
      if (numbers[n] !== undefined) return numbers[n] === wanted;
    return false;
  };
  return lines.map((l, i) => {
    const n = numbers[i];
    if (n === undefined || !(numberedNear(i, -1, n - 1) || numberedNear(i, 1, n + 1))) return l;
    // (The label moved to where the number was, the gap before the cells widened: the cells keep their places, and
    // the row stays as far in as the rows around it.)
    const m = ROW_NUMBER.exec(l)!;
    const row = l.slice(m[0].length).trimStart();
    const gap = /\s{2,}/.exec(row)?.index ?? row.length;
    const width = l.length - m[1]!.length - row.length;
    return m[1]! + row.slice(0, gap) + ' '.repeat(width) + row.slice(gap);
  });
}
