/**
 * Tables whose columns are metrics and rows periods, forecasts or business lines, as revision
 * notices, dividend tables, kessan-tanshin summaries and segment slides print them: "Net sales
 * Operating income …" over "Previous forecast (A)  56,000  3,200 …", "Revised forecast (B)  51,500 …",
 * "(Reference) Results for FY2007  57,940 …", or "Dec. 31, 2012  84,312  4.6 …" under "Nine months
 * ended". A cell's metric is the header text above it (headers wrap over lines, so they are matched
 * by column position; a one-line header with single spaces, by order); a "%" sub-column is the change
 * of the figure to its left; a superseded forecast is not drafted but named in the revised figure's
 * reasons; a row named like a business line ("Network Services") under a titled period is that
 * line's. Pure; works on the document's raw lines.
 */
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import { collapseWhitespace } from '../seed/text.js';
import type { DraftFact } from './draftFacts.js';
import { findPeriods } from './fiscalPeriods.js';
import {
  ACTUAL,
  CELL,
  cellFact,
  cellsOf,
  chunksOf,
  columnUnit,
  cumulativePeriod,
  dividendColumn,
  FORECAST,
  LABELLED_ROW,
  printedChange,
  ROW,
  scaled,
  tableLine,
  unitHeader,
  type TableContext,
  type TableDraft,
  UNIT_IN_WORDS,
} from './tableCells.js';

/** A row labelled by a date alone ("September 30, 2025" in a financial position table): the balance at it. */
function balanceDate(label: string, ctx: TableContext): PeriodRef | undefined {
  const dated = `as of ${label.trim()}`;
  const found = findPeriods(dated, ctx.calendar)[0];
  return found && found.start === 0 && found.end === dated.length ? found.period : undefined;
}

/** A figure column's unit in a line of units ("Millions of yen", "Yen"). */
const UNIT_WORDS = new RegExp(String.raw`^(?:${UNIT_IN_WORDS}|yen)$`, 'i');

/**
 * The columns a line of units gives the metrics named over it, in order: each metric's figure, and a change beside
 * it where a "%" follows. Undefined unless every piece of some line is a unit and they fit the names.
 */
function columnOrder(
  columnLines: readonly string[],
  named: readonly { start: number; text: string }[],
): { at: number; text: string; change: boolean }[] | undefined {
  const units = columnLines
    .map((l) => chunksOf(l).map((c) => c.text))
    .find((c) => c.length >= 2 && c.every((t) => t === '%' || UNIT_WORDS.test(t)) && c.some((t) => t !== '%'));
  if (!units) return undefined;
  const out: { at: number; text: string; change: boolean }[] = [];
  let next = 0;
  for (const [n, unit] of units.entries()) {
    // ("Millions of yen  %  Millions of yen  %  %" under "Net sales  Operating profit  Operating margin": the last
    // "%" is the margin's own column, the others changes; a "%" is a change while the units after it cover the names
    // left.)
    if (unit === '%' && next > 0 && units.length - n - 1 >= named.length - next) {
      out.push({ at: named[next - 1]!.start, text: '%', change: true });
      continue;
    }
    const metric = named[next++];
    if (!metric) return undefined;
    out.push({ at: metric.start, text: metric.text, change: false });
  }
  return next === named.length ? out : undefined;
}

/** "(yen)   (yen)   (yen)" under the column names: each column's unit, no header of its own. */
function isUnits(l: string): boolean {
  const pieces = chunksOf(l);
  return (
    pieces.length >= 2 &&
    pieces.every((p) => /^\((?:yen|¥|\$|€|£|[A-Z]{3}|%|[A-Za-z$€£¥]{1,6}\s*(?:m|bn)?)\)$/.test(p.text))
  );
}

/** What a row label says: its period and basis, or that the row is a difference, or a superseded forecast. */
function readRowLabel(
  label: string,
  ctx: TableContext,
  titlePeriod: PeriodRef | undefined,
  titleGuidance: boolean,
  revised: boolean,
): { period: PeriodRef; basis: 'actual' | 'guidance' } | 'superseded' | undefined {
  if (/\b(?:difference|change|increase|decrease)\b|%/i.test(label)) return undefined;
  const previous = /\b(?:previous|initial|prior)\b/i.test(label) && FORECAST.test(label);
  // A previous forecast is superseded where the table revises it; beside the actual results alone
  // ("differences between forecast and actual results") it is the guidance the results are measured against.
  if (previous && revised) return 'superseded';
  const period = findPeriods(label, ctx.calendar)[0]?.period;
  const basisWord = FORECAST.test(label) || /\brevised\b/i.test(label);
  if (period) return { period, basis: basisWord || (titleGuidance && !ACTUAL.test(label)) ? 'guidance' : 'actual' };
  const fallback = titlePeriod ?? ctx.documentPeriod;
  if (!fallback) return undefined;
  if (basisWord) return { period: fallback, basis: 'guidance' };
  // "Actual results (B)" under "Differences … for the first half of the fiscal year ending March 31, 2026";
  // "Results for the current fiscal year" in a dividend table.
  if (/^\s*(?:actual\s+results?|results\s+for\s+the\s+current)\b/i.test(label))
    return { period: fallback, basis: 'actual' };
  return undefined;
}

/** Whether each cell of a row sits under a header chunk of its own that names a metric (columns aligned). */
function alignedUnder(headerLines: readonly string[], row: string, metricCount: number): boolean {
  const cells = [...row.matchAll(/\S+/g)].slice(-metricCount);
  const withMetric = headerLines.map((l) => chunksOf(l).filter((ch) => /[A-Za-z]{3,}/.test(ch.text)));
  const owners = cells.map((c) => {
    const start = c.index;
    const end = start + c[0].length;
    return withMetric[0]!.findIndex((ch) => Math.min(ch.end, end + 2) - Math.max(ch.start, start - 2) > 0);
  });
  return owners.every((o, n) => o >= 0 && owners.indexOf(o) === n);
}

/**
 * Tables whose columns are metrics and rows periods or forecasts, as a revision notice or a
 * dividend table prints them: "Net sales  Operating income …" over "Previous forecast (A)  56,000
 * 3,200 …", "Revised forecast (B)  51,500 …", "(Reference) Results for FY2007  57,940 …". A cell's
 * metric is the header text above it (headers wrap over lines, so they are matched by column
 * position); a superseded forecast is not drafted but named in the revised figure's reasons.
 */
/**
 * "Net sales / Operating profit / …" over "Revised forecast (B): 181,500 / 7,400 / …": columns set apart by
 * slashes read as columns set apart by spaces (same length, so positions still index the printed line).
 */
function slashColumns(line: string): string {
  if (line.split(' / ').length < 3) return line;
  return line.replace(/ \/ /g, '   ').replace(/^([^:]{3,60}):(?=\s+[\d(△▲−-])/, '$1 ');
}

export function draftMetricColumnTables(printedLines: readonly string[], ctx: TableContext): TableDraft {
  const lines = printedLines.map(tableLine).map(slashColumns);
  const facts: { fact: DraftFact; rowLine: string }[] = [];
  // The reading with more cells: "Change (B-A)  (5,500) (2,200) …     -" has single-spaced cells.
  const rowMatch = (l: string | undefined) => {
    if (l === undefined) return null;
    const [labelled, plain] = [LABELLED_ROW.exec(l), ROW.exec(l)];
    if (!labelled || !plain) return labelled ?? plain;
    return cellsOf(plain[2]!).length > cellsOf(labelled[2]!).length ? plain : labelled;
  };
  const cellCount = (l: string | undefined) => {
    const m = rowMatch(l);
    return m === null ? 0 : cellsOf(m[2]!).length;
  };
  const isRow = (l: string | undefined) => cellCount(l) >= 2;
  // Below a table's first row, a row may hold a single cell ("Results for the current fiscal year  40.00").
  const isRowBelow = (l: string | undefined) => cellCount(l) >= 1;
  let rowPrefix: string | undefined;
  for (let r = 0; r < lines.length; r++) {
    if (lines[r]!.trim() === '' && lines[r - 1]?.trim() === '') rowPrefix = undefined;
    if (!isRow(lines[r]) || isRow(lines[r - 1])) continue;
    // The header block: the lines above the first row, up to a blank line.
    let top = r;
    while (top > 0 && top > r - 5 && lines[top - 1]!.trim() !== '' && !isRow(lines[top - 1])) top--;
    // A title run into the header block ("1. Revision of … for FY2008") is one long piece from the margin.
    const isTitle = (l: string) => {
      const pieces = chunksOf(l);
      return (
        pieces.length === 1 &&
        pieces[0]!.start <= 2 &&
        pieces[0]!.text.length > 30 &&
        !unitHeader(l) &&
        ctx.metrics.find(l).length < 2
      );
    };
    const block = lines.slice(top, r);
    // "(% figures indicate changes from the same period of the previous year)": a note, not a column.
    const isNote = (l: string) => /^\s*\([^()]*\)\s*$/.test(l) && !unitHeader(l);
    // "Nine months ended" over "Dec. 31, 2012  84,312 …": the row labels' first words.
    const prefixLine =
      block.at(-1) &&
      chunksOf(block.at(-1)!).length === 1 &&
      chunksOf(block.at(-1)!)[0]!.start <= 2 &&
      ctx.metrics.find(block.at(-1)!).length === 0
        ? block.at(-1)!.trim()
        : undefined;
    if (prefixLine) rowPrefix = prefixLine;
    const headerLines = block.filter((l) => /[A-Za-z]/.test(l) && !isTitle(l) && !isNote(l) && l.trim() !== prefixLine);
    const namingLines = headerLines.filter((l) => !isUnits(l));
    // Two metrics make a header; so does one dividend over its parts ("End of second quarter  Year-end  Total").
    const headerMetrics = ctx.metrics.find(headerLines.join(' '));
    const dividendMetric = headerMetrics.find((m) => m.readings.some((x) => x.key === 'dividendPerShare'));
    const dividendParts =
      dividendMetric !== undefined &&
      namingLines.length > 0 &&
      chunksOf(namingLines.at(-1)!).some((ch) => dividendColumn(ch.text, 0)) &&
      /\b(?:total|annual)\b/i.test(namingLines.at(-1)!);
    if (headerLines.length === 0 || (headerMetrics.length < 2 && !dividendParts)) continue;
    const above = lines
      .slice(Math.max(0, top - 6), top)
      .filter((l) => l.trim() !== '')
      .slice(-3);
    // The unit header may stand a blank line above the headers.
    const tableUnit =
      headerLines.map(unitHeader).find((u) => u !== undefined) ??
      columnUnit(headerLines.join(' ')) ??
      (lines[top - 1]?.trim() === '' ? above.slice(-1).map(unitHeader)[0] : undefined);
    // "(Millions of yen, except per-share amounts)" over the headers is the table's unit, no column's header.
    const columnLines = headerLines.filter((l) => !(unitHeader(l) && /^\s*\([^()]*\)\s*$/.test(l)));
    const title = [...above, ...block.filter(isTitle)].join(' ');
    const titlePeriod = findPeriods(title, ctx.calendar).at(-1)?.period;
    const titleGuidance = FORECAST.test(title) || ctx.outlook === true;
    // "(Reference) Results for the previous / fiscal year (ended December 31, 2023)  91,276 …": a label wrapped
    // onto the row's line; its first part stands alone above it.
    let end = r;
    const labelTops = new Map<number, string>();
    const labelBottoms = new Map<number, string>();
    for (;;) {
      // "(six months ended September 30, 2024)" under "half of the previous fiscal year  45,907 …": the label's end.
      if (/^\s*\([^()]{6,80}\)\s*$/.test(lines[end + 1] ?? '') && findPeriods(lines[end + 1]!, ctx.calendar).length) {
        labelBottoms.set(end, lines[end + 1]!.trim());
        end++;
        continue;
      }
      if (isRowBelow(lines[end + 1])) end++;
      else if (
        /^\s*[A-Za-z(].{3,60}$/.test(lines[end + 1] ?? '') &&
        !/\d{1,3}(?:,\d{3})+|\d\.\d/.test(lines[end + 1]!) &&
        isRowBelow(lines[end + 2])
      ) {
        labelTops.set(end + 2, lines[end + 1]!.trim());
        end += 2;
      } else break;
    }
    const rows = lines
      .slice(r, end + 1)
      .map((line, n) => ({ line, at: r + n, m: rowMatch(line) }))
      .filter((row): row is { line: string; at: number; m: RegExpExecArray } => row.m !== null)
      .map((row) => ({
        ...row,
        label: `${labelTops.has(row.at) ? `${labelTops.get(row.at)} ` : ''}${row.m[1]!.trim()}${labelBottoms.has(row.at) ? ` ${labelBottoms.get(row.at)}` : ''}`,
      }));
    // A header on one line with single spaces ("(JPY Millions) Net sales YoY Operating income") cannot be
    // matched by position: its columns are its metrics and change words, in order, when every row has as many cells.
    const joined = columnLines.join(' ');
    const named = ctx.metrics.find(joined);
    const byOrder = [
      ...named.map((m) => ({ at: m.start, text: m.text, change: false })),
      ...[...joined.matchAll(/\b(?:YoY|Y\/Y|QoQ|change)\b|%/gi)]
        .filter((c) => !named.some((m) => c.index >= m.start && c.index < m.end))
        .map((c) => ({ at: c.index, text: c[0], change: true })),
    ].sort((a, b) => a.at - b.at);
    // "Millions of yen   %   Millions of yen   %   Yen" under the names: the columns in order, a "%" the change of the
    // figure before it, or a percent metric's own column where the names outnumber the figure units left.
    const unitsOrder = columnOrder(columnLines, named);
    if (unitsOrder) byOrder.splice(0, byOrder.length, ...unitsOrder);
    // A header over lines can be read by order too when its cells do not sit under it ("182,000   9,400   9,900"
    // packed under "Net sales  Operating profit  Ordinary profit"): every row has one cell per named column.
    const countsFit = rows.every((row) => cellsOf(row.m[2]!).length === byOrder.length);
    const byOrderFor = (line: string) =>
      countsFit &&
      (columnLines.length === 1 ||
        unitsOrder !== undefined ||
        (byOrder.every((c) => !c.change) && !alignedUnder(columnLines, line, named.length)));
    // Where some rows say "forecast", the others (a "(Reference)" year) are actuals whatever the title says.
    const rowsSayForecast = rows.some((row) => FORECAST.test(row.m[1]!) || /\brevised\b/i.test(row.m[1]!));
    const revised = rows.some((row) => /\b(?:revised|new|current)\b/i.test(row.m[1]!) && FORECAST.test(row.m[1]!));
    // "3Q FY2025" rows under "(1) Consolidated Operating Results (cumulative)": the year's first nine months.
    const cumulated = (r: ReturnType<typeof readRowLabel>) =>
      r && r !== 'superseded' ? { ...r, period: cumulativePeriod(r.period, title) } : r;
    const read = rows.map((row) => {
      const own = cumulated(readRowLabel(row.label, ctx, titlePeriod, titleGuidance && !rowsSayForecast, revised));
      const prefixed =
        own || !rowPrefix
          ? undefined
          : readRowLabel(
              `${rowPrefix} ${row.m[1]!.trim()}`,
              ctx,
              titlePeriod,
              titleGuidance && !rowsSayForecast,
              revised,
            );
      // "Full year  113,500 …" under "Consolidated Forecast for FY2012": the title's year.
      const wholeYear =
        !own && !prefixed && titlePeriod && /^(?:full[\s-]year|annual|fiscal\s+year)$/i.test(row.m[1]!.trim())
          ? {
              period: { fiscalYear: titlePeriod.fiscalYear },
              basis: titleGuidance ? ('guidance' as const) : ('actual' as const),
            }
          : undefined;
      // "First half  75,500 …" under it: that year's first six months, no business line.
      const firstHalf =
        !own && !prefixed && titlePeriod && /^(?:first[\s-]half|1H|H1|interim|six\s+months)$/i.test(row.m[1]!.trim())
          ? {
              period: { fiscalYear: titlePeriod.fiscalYear, months: 6 },
              basis: titleGuidance ? ('guidance' as const) : ('actual' as const),
            }
          : undefined;
      const balance = own || prefixed || rowPrefix ? undefined : balanceDate(row.m[1]!, ctx);
      return {
        ...row,
        label:
          own ??
          prefixed ??
          wholeYear ??
          firstHalf ??
          (balance ? { period: balance, basis: 'actual' as const } : undefined),
      };
    });
    for (const row of read) {
      if (row.label === 'superseded') continue;
      // A row named like a business line ("Network Services  5,210 …") under a titled period: that line's figures.
      const lineName = row.m[1]!.trim();
      const offering =
        !row.label && titlePeriod && /^[A-Z][A-Za-z&/ -]{2,40}$/.test(lineName) && !ctx.metrics.find(lineName).length
          ? lineName
          : undefined;
      const label =
        row.label ?? (offering ? { period: titlePeriod!, basis: titleGuidance ? 'guidance' : 'actual' } : undefined);
      if (!label) continue;
      const { period, basis } = label;
      const cellsAt = row.m.index + row.m[1]!.length;
      const orderFits = byOrderFor(row.line);
      let lastFact: DraftFact | undefined;
      // A change cell ("+9.4%" under "YoY", a "%" sub-column) is the figure's to its left, against the year before.
      const changeOfLast = (change: number) => {
        if (lastFact && lastFact.comparisons.length === 0)
          lastFact.comparisons.push(
            printedChange(lastFact.period, change, collapseWhitespace(printedLines.slice(top, row.at + 1).join(' '))),
          );
      };
      for (const [n, c] of [...row.m[2]!.matchAll(new RegExp(CELL, 'gi'))].entries()) {
        const cell = cellsOf(c[0])[0];
        if (cell?.value === undefined) continue;
        const start = cellsAt + c.index + (c[0].length - c[0].trimStart().length);
        const end = cellsAt + c.index + c[0].length;
        if (orderFits && byOrder[n]?.change) {
          // "+9.4%" under "YoY": the change of the figure to its left against the year before.
          changeOfLast(cell.value);
          continue;
        }
        // The header chunk of each header line that overlaps the cell most (or, by order, the n-th column's).
        const header = orderFits
          ? byOrder[n]!.text
          : columnLines
              .map((l) => {
                const best = chunksOf(l)
                  .map((ch) => ({ ch, overlap: Math.min(ch.end, end + 2) - Math.max(ch.start, start - 2) }))
                  .filter((x) => x.overlap > 0)
                  .sort((a, b) => b.overlap - a.overlap)[0];
                return best?.ch.text;
              })
              .filter((t) => t !== undefined)
              .join(' ');
        // "5. Dividends" over "Interim   Year-end   Annual": a dividend table's part columns name no metric of their own.
        // ("(In millions, except per share amounts)" over a column: the table's unit, no metric of the column's.)
        const named = header.replace(/\([^()]{2,160}\)/g, (p) => (unitHeader(p) ? ' ' : p));
        const metric = ctx.metrics.find(named)[0] ?? (dividendParts ? dividendMetric : undefined);
        if (!metric) continue;
        // A "%" sub-column beside a figure: its change against the same period a year before (the table's note).
        const lowest = orderFits ? undefined : columnLines.at(-1);
        // The sub-header nearest the cell (numbers sit right-aligned under left-aligned words).
        const lowestChunk = lowest
          ? chunksOf(lowest)
              .filter((ch) => ch.start <= end + 3 && ch.end >= start - 3)
              .sort(
                (a, b) =>
                  Math.abs((a.start + a.end) / 2 - (start + end) / 2) -
                  Math.abs((b.start + b.end) / 2 - (start + end) / 2),
              )[0]?.text
          : undefined;
        if (lowestChunk === '%' && lastFact && lastFact.metric === metric.readings[0]!.key) {
          changeOfLast(cell.value);
          continue;
        }
        const percent = /%|\bratio\b/i.test(header) || cell.percent;
        // "EPS … Yen": a sub-header naming the bare currency is a per-share column ("Millions of yen" is not).
        const perShare =
          /per[\s-]share|\((?:yen|¥|\$|US\$|dollars?)\)|\bEPS\b/i.test(header) || /(?<!\bof\s)\bYen$/.test(header);
        const own = columnUnit(header);
        const key = metric.readings.find((x) => x.kind === (percent ? 'percent' : 'money'))?.key;
        // "Basic earnings per share (yen)": a per-share column's currency may stand beside its words.
        const unit =
          own?.unit ??
          tableUnit?.unit ??
          (/\byen\b|¥/i.test(header) || (perShare && /\(yen\)|\(¥\)/i.test(columnLines.join(' ')))
            ? 'JPY'
            : own || tableUnit || perShare
              ? ctx.defaultCurrency
              : undefined);
        if (!key || (!percent && !unit)) continue;
        const amount: Amount = percent
          ? { value: cell.value, scale: 'one', unit: 'percent' }
          : perShare
            ? { value: cell.value, scale: 'one', unit: unit! }
            : {
                value: scaled(cell.value, own ?? tableUnit),
                scale: own?.scale ?? tableUnit?.scale ?? 'one',
                unit: unit!,
              };
        if (!percent && !perShare && !own && !tableUnit) continue;
        const superseded = read
          .filter((x) => x.label === 'superseded')
          .map((x) => {
            const same = [...x.m[2]!.matchAll(new RegExp(CELL, 'gi'))].find((d) => {
              const s = x.m.index + x.m[1]!.length + d.index;
              return s < end + 2 && s + d[0].length > start - 2;
            });
            return same ? `${x.m[1]!.trim()} ${same[0].trim()}` : undefined;
          })
          .filter((x) => x !== undefined);
        // "2Q-end  Year-end  Total" under "Annual dividends per share": the part of the year's dividend each is.
        // In a table of dividend parts every row is a fiscal year's.
        const part =
          key === 'dividendPerShare' && (dividendParts || (!('quarter' in period) && !('months' in period)))
            ? (dividendColumn(`${header} ${lowestChunk ?? ''}`, period.fiscalYear) ??
              (dividendParts ? { metric: key, period: { fiscalYear: period.fiscalYear } } : undefined))
            : undefined;
        const fact = cellFact({
          metric: part?.metric ?? key,
          offering,
          period: part?.period ?? period,
          basis,
          amount,
          quote: collapseWhitespace(printedLines.slice(top, row.at + 1).join(' ')),
          // A metric column matched to its cell by position or order: a shade less sure than a row label.
          confidence: 0.75,
          printedForecast: basis === 'guidance' && FORECAST.test(row.m[1]!),
          reasons: [
            `table row '${row.m[1]!.trim()}', column '${header}'`,
            ...(offering ? [`of the business line '${offering}' (a row of the table), period from the title`] : []),
            ...(basis === 'guidance' ? ['guidance: a forecast row or table'] : []),
            ...superseded.map((x) => `not drafted: ${x} (what this replaces)`),
          ],
        });
        if (fact.quote.length <= 2000) {
          facts.push({ fact, rowLine: printedLines[row.at]! });
          lastFact = fact;
        }
      }
    }
    r = end;
  }
  return { facts, decisions: [] };
}
