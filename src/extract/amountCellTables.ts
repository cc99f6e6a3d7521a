/**
 * Tables whose cells are whole amounts, units and ranges included — the outlook table of a US release:
 *
 *                                      Q1 2026                 Full Year 2026
 *   Revenue                            $555 - $570 million     $2.49 - $2.54 billion
 *   Non-GAAP operating margin          --                      19.5% - 20.0%
 *
 * The header names only periods; a cell is a run of text two or more spaces from the next, read by the
 * amount grammar (a dash is an empty cell), and its column is the header period over it by position.
 * Under an outlook title (or in an outlook section) the cells are guidance. Pure; works on the raw lines.
 */
import type { Amount } from '../seed/factFileSchema.js';
import { collapseWhitespace } from '../seed/text.js';
import { findAmounts, isCurrency, type AmountMention, type AmountReading } from './amountMentions.js';
import { offeringBefore, toAmount, type DraftFact } from './draftFacts.js';
import { findPeriods, type PeriodMention } from './fiscalPeriods.js';
import {
  cellFact,
  cellsOf,
  chunksOf,
  FORECAST,
  periodOrder,
  printedChange,
  rowOf,
  scaleWord,
  tableLine,
  type Chunk,
  type TableContext,
  type TableDraft,
} from './tableCells.js';

const EMPTY = /^(?:[-–—]+|n\/?a)$/i;
/** A change column's cell: "+8.9%", "-6.5%", "+70bps". */
const CHANGE_CELL = /^[+\-−]\d+(?:\.\d+)?\s?(?:%|bps|bp|ppts?|pts?)$/i;
/** A change column's header. */
const CHANGE_HEAD = /^(?:change|%\s*change|change\s*%|yoy|growth)$/i;
const OUTLOOK_WORDS = /\b(?:outlook|expects?|guidance|forecasts?)\b/i;

/** A cell that is one amount and nothing else ("$555 - $570 million", "19.5% - 20.0%"). */
function cellAmount(cell: Chunk, reading: AmountReading): AmountMention | undefined {
  const found = findAmounts(cell.text, reading);
  if (found.length !== 1) return undefined;
  const a = found[0]!;
  if (cell.text.slice(a.end).trim() !== '') return undefined;
  // ("~$42.9", "~89.8%": a tilde before the figure says it is approximate.)
  const before = cell.text.slice(0, a.start).trim();
  return before === '' ? a : before === '~' ? { ...a, approximate: true } : undefined;
}

/** A row of such a table: a label, then cells that are each an amount or a dash, at least one an amount. */
export function isAmountCellRow(line: string, reading: AmountReading = {}): boolean {
  const [label, ...cells] = chunksOf(tableLine(line));
  return (
    label !== undefined &&
    /[A-Za-z]{3,}/.test(label.text) &&
    findAmounts(label.text, reading).length === 0 &&
    cells.length >= 1 &&
    cells.every((c) => EMPTY.test(c.text) || CHANGE_CELL.test(c.text) || cellAmount(c, reading) !== undefined) &&
    cells.some((c) => !EMPTY.test(c.text) && !CHANGE_CELL.test(c.text) && /[$¥€£%]|[A-Za-z]/.test(c.text))
  );
}

/**
 * "Previous forecast          New forecast" (or "Revised   Prior") under "… adjusted the forecast for fiscal year 2025:": the new
 * column is guidance for the period the lines above name; the previous one is what it replaces, not drafted.
 */
function revisionColumns(line: string, above: string, ctx: TableContext): PeriodMention[] | undefined {
  const chunks = chunksOf(line);
  const fresh = chunks.filter((c) =>
    /^(?:new|revised|updated|current)(?:\s+(?:forecast|guidance|outlook))?$/i.test(c.text),
  );
  const old = chunks.filter((c) =>
    /^(?:previous|prior|initial|original)(?:\s+(?:forecast|guidance|outlook))?$/i.test(c.text),
  );
  const period = findPeriods(above, ctx.calendar).at(-1)?.period ?? ctx.headingPeriod;
  // "Revised  Prior" alone, without "forecast" or "guidance", only under words that say it is one.
  const bare = [...fresh, ...old].some((c) => !/\s/.test(c.text));
  if (bare && !/\b(?:guidance|outlook|forecasts?|expects?|expected)\b/i.test(above)) return undefined;
  if (fresh.length !== 1 || old.length !== 1 || fresh.length + old.length !== chunks.length || !period)
    return undefined;
  const column = fresh[0]!;
  return [{ start: column.start, end: column.end, text: column.text, period, confidence: 0.8 }];
}

/** The amount with its sign turned. */
function flipped(amount: Amount): Amount {
  if (amount.value !== undefined) return { ...amount, value: -amount.value };
  return amount;
}

/** The header period over a cell: the one its span overlaps most. */
function columnOf(cell: Chunk, header: readonly PeriodMention[]): PeriodMention | undefined {
  const overlap = (p: PeriodMention) => Math.min(p.end, cell.end) - Math.max(p.start, cell.start);
  const best = [...header].sort((x, y) => overlap(y) - overlap(x))[0];
  return best && overlap(best) > 0 ? best : undefined;
}

/** The facts the amount-cell tables in a section's lines state (see the module comment). */
export function draftAmountCellTables(
  printedLines: readonly string[],
  ctx: TableContext & { readonly reading?: AmountReading },
): TableDraft {
  const reading = ctx.reading ?? {};
  const lines = printedLines.map(tableLine);
  // Each line is read as a row once: the header scan and the rows under it ask of the same lines.
  const isRow = lines.map((l) => isAmountCellRow(l, reading));
  const facts: TableDraft['facts'] = [];
  // Rows of bare figures ("Home completions   6,842   6,315") the period tables read may come between the header
  // and its amount rows ("Net cash   £412.3m   £356.8m"): the table goes on past them.
  const isPlainRow = lines.map((l, n) => !isRow[n] && rowOf(l, undefined) !== undefined);
  for (let i = 0; i + 1 < lines.length; i++) {
    let first = i + 1;
    while (first < lines.length && isPlainRow[first]) first++;
    if (!isRow[first]) continue;
    const above = lines.slice(Math.max(0, i - 3), i).join(' ');
    const header = findPeriods(lines[i]!, ctx.calendar);
    let rest = lines[i]!;
    for (const p of [...header].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
    const revision = header.length === 0 ? revisionColumns(lines[i]!, above, ctx) : undefined;
    if (revision) header.push(...revision);
    // "Q3 Fiscal 2026          Full Year Fiscal 2026": words that only frame a period may stand beside it;
    // "FY25   FY24   Change": a change column may follow.
    else if (header.length < 2 || rest.replace(/\b(?:full|fiscal|financial|year|change|yoy)\b|%/gi, '').trim() !== '')
      continue;
    const changeColumns = chunksOf(lines[i]!).filter((c) => CHANGE_HEAD.test(c.text));
    const guidance =
      revision !== undefined || ctx.outlook === true || FORECAST.test(above) || OUTLOOK_WORDS.test(above);
    for (let k = first; k < lines.length && (isRow[k] || isPlainRow[k]); k++) {
      if (!isRow[k]) continue;
      const [label, ...cells] = chunksOf(lines[k]!);
      const metric = ctx.metrics.find(label!.text)[0];
      if (!metric) continue;
      const quote = collapseWhitespace(printedLines.slice(i, k + 1).join(' '));
      if (quote.length > 2000) break;
      const rowFacts: { fact: DraftFact; column: PeriodMention }[] = [];
      for (const cell of cells) {
        if (CHANGE_CELL.test(cell.text)) {
          // "+8.9%" under "Change": the later of the two figures before it against the earlier.
          const under = changeColumns.find((c) => Math.min(c.end, cell.end) - Math.max(c.start, cell.start) > 0);
          const before = rowFacts.filter((r) => r.column.end <= cell.start).slice(-2);
          if (!under || before.length !== 2) continue;
          const [x, y] = before as [(typeof before)[0], (typeof before)[0]];
          const [later, earlier] = periodOrder(x.fact.period) >= periodOrder(y.fact.period) ? [x, y] : [y, x];
          const printed = cellsOf(cell.text)[0];
          if (printed?.value === undefined) continue;
          later.fact.comparisons.push(
            printedChange(
              later.fact.period,
              printed.value,
              quote,
              earlier.fact.period,
              printed.points ? 'absolute' : 'percent',
            ),
          );
          continue;
        }
        const a = EMPTY.test(cell.text) ? undefined : cellAmount(cell, reading);
        const column = a ? columnOf(cell, header) : undefined;
        if (!a || !column) continue;
        const kind = a.unit === 'percent' ? 'percent' : isCurrency(a.unit) ? 'money' : undefined;
        const key = metric.readings.find((r) => r.kind === kind)?.key;
        if (!key) continue;
        // "Net cash/(net debt)  £38.7m  £(12.4)m": net cash is a negative net debt, a net debt a negative net cash.
        const netCash = key === 'netDebt' && /^net\s+cash\b/i.test(label!.text);
        // "Subscription revenue   $170.5 - $172.0 million": the business line the label names before its metric.
        const offering = offeringBefore(label!.text, metric, ctx);
        // "Total revenue (millions)   $425.0 - $429.0": the label's scale for cells that print none.
        const labelScale = /\((?:in\s+)?(?:[$€£¥]\s*|US\$\s*)?(thousands?|millions?|billions?|m|bn)\)/i.exec(
          label!.text,
        )?.[1];
        const scale = labelScale ? scaleWord(labelScale) : undefined;
        const amount = netCash ? flipped(toAmount(a, false)) : toAmount(a, false);
        const scaled = scale && kind === 'money' && amount.scale === 'one' ? { ...amount, scale } : amount;
        const fact = cellFact({
          metric: key,
          offering,
          period: column.period,
          basis: guidance ? 'guidance' : 'actual',
          amount: scaled,
          approximate: a.approximate,
          quote,
          reasons: [
            `table row '${label!.text}', column '${column.text}'`,
            ...(guidance ? ['guidance: an outlook table'] : []),
          ],
        });
        rowFacts.push({ fact, column });
        facts.push({ fact, rowLine: printedLines[k]! });
      }
    }
  }
  return { facts, decisions: [] };
}
