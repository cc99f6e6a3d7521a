/**
 * Tables whose columns are periods: a unit header, a column header naming periods ("FY2013  FY2012
 * Change", "1H FY2009  1H FY2010  YoY", "Three Months Ended / September 30, / 2013  2012" over several
 * lines, "Full year" under a forecast title) or forecasts ("Previous forecast (A)  Revised forecast
 * (B)"; "Results Previous Revised" under period columns), and rows that are a metric label and
 * numbers only ("Net sales   123,456   110,234   12.0%"). A row becomes one fact per period column,
 * with the table's unit and scale (or the row's own: "Capex (A$m)"); a change column compares the
 * later figure column with the earlier. The quote runs from the header to the row, so it holds the
 * label, the column and the unit. Chart axes in OCR decks also sit under "(JPY Millions)", but their
 * lines are bare numbers or carry prose after the number: only a line that is a label and numbers,
 * under a column header, is a row. The headers are read by `periodColumnHeaders.ts`. Pure; works on the
 * document's raw lines.
 */
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import { collapseWhitespace } from '../seed/text.js';
import { businessLineName, offeringBefore, type Decision, type DraftFact } from './draftFacts.js';
import type { MetricMention } from './metricMentions.js';
import { findPeriods, priorPeriod, samePeriod } from './fiscalPeriods.js';
import { withQuarterGroupDates } from './quarterGroupDates.js';
import { withRelativePeriodHeaders } from './relativePeriodHeaders.js';
import { withStatementExtractLines } from './statementExtractLines.js';
import { currencyCode, minorUnit } from './amountMentions.js';
import {
  CHANGE_COLUMN,
  columnsOf,
  columnUnitsLine,
  composedColumns,
  isPeriodLine,
  printedYear,
  stepBack,
  unitsLine,
} from './periodColumnHeaders.js';
import {
  CELL,
  CHANGE_HEADER,
  cellFact,
  cellsOf,
  changeColumn,
  COMPANY_ROW,
  cumulativePeriod,
  growthFact,
  chunksOf,
  columnUnit,
  FORECAST,
  periodOrder,
  printedChange,
  rowOf,
  scaled,
  tableLine,
  unitHeader,
  unwrapUnitHeaders,
  withoutUnit,
  type Cell,
  type Chunk,
  type Column,
  type TableContext,
  type TableDraft,
  type UnitHeader,
} from './tableCells.js';

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** The rows indented right under row `at` (the first level of indent only): their lines, if any. */
function linesUnder(lines: readonly string[], at: number): string[] | undefined {
  const block: string[] = [];
  for (let n = at + 1; n < lines.length && lines[n]!.trim() !== '' && indentOf(lines[n]!) > 0; n++)
    block.push(lines[n]!);
  const level = Math.min(...block.map(indentOf));
  const rows = block.filter((l) => indentOf(l) === level && rowOf(l, undefined) !== undefined);
  return rows.length > 0 ? rows : undefined;
}

/**
 * Whether the first figures of the rows indented right under a row add up to its own ("Total revenues
 * 29,648" over "  Network services 16,122", "  Systems integration 12,790", "  Equipment sales 736"): then
 * they are its parts, not reconciling items ("  Purchases of property and equipment (2,964)").
 */
function addsUp(row: string, under: readonly string[]): boolean {
  const first = (line: string) => cellsOf(rowOf(line, undefined)?.cells ?? '')[0]?.value;
  const total = first(row);
  const parts = under.map(first);
  if (total === undefined || parts.some((v) => v === undefined)) return false;
  const sum = parts.reduce((a, v) => a! + v!, 0)!;
  // Rounded parts: one unit of the last printed digit per part.
  return Math.abs(sum - total) <= Math.max(parts.length * 0.1, Math.abs(total) * 0.001);
}

/** Cells matched to columns left to right, a percent cell only in a change column; undefined where they do not fit. */
function alignedInOrder(columns: readonly Column[], cells: readonly Cell[]): Map<number, Cell> | undefined {
  const out = new Map<number, Cell>();
  let c = 0;
  for (let n = 0; n < columns.length && c < cells.length; n++) {
    const cell = cells[c]!;
    const change = cell.percent || cell.points === true;
    if (change !== (columns[n]!.change !== undefined)) {
      if (change) return undefined; // a change where a figure column stands
      continue; // a figure where a change column stands: that change is not printed
    }
    out.set(n, cell);
    c++;
  }
  return c === cells.length ? out : undefined;
}

/**
 * A short row's cells by their place under the header ("Gross profit  31,266  27,892  12%" under "9M 2025  9M 2024
 * Change  Change  Q3 2025  Q3 2024  Change"): each cell ends within three characters of where its column's
 * header ends, left to right. Undefined when a column has no place or a cell is under none.
 */
function alignedByPosition(
  columns: readonly Column[],
  line: string | undefined,
  cellsText: string,
  cells: readonly Cell[],
): Map<number, Cell> | undefined {
  if (!line || columns.some((c) => c.at === undefined && c.end === undefined)) return undefined;
  const offset = line.trimEnd().length - cellsText.trimEnd().length;
  if (offset < 0 || !line.slice(offset).startsWith(cellsText.trimEnd())) return undefined;
  // (Of the header's first line: "Change" of "Change (DKK)", its second line's words under it.)
  const ends = columns.map((c) => c.end ?? c.at! + c.text.trim().split(/\s{2,}|\s\(/)[0]!.length);
  // (The cells as `cellsOf` read them, with their places.)
  const printed = [...cellsText.matchAll(new RegExp(CELL, 'gi'))];
  if (printed.length !== cells.length) return undefined;
  const out = new Map<number, Cell>();
  let from = 0;
  for (const [i, m] of printed.entries()) {
    const end = offset + m.index + m[0].length;
    const n = ends.findIndex((e, j) => j >= from && Math.abs(e - end) <= 3);
    if (n < 0) return undefined;
    out.set(n, cells[i]!);
    from = n + 1;
  }
  return out;
}

/**
 * "India business  2,702.8 …", "  Home Care  1,036.5 …", "International business  709.8 …" over "Revenue from
 * operations  3,412.6 …": rows that name no metric, totalled by a last row that names one, are business lines of it.
 */
function totalRowMetric(lines: readonly string[], headerAt: number, ctx: TableContext): MetricMention | undefined {
  const rows: string[] = [];
  // (Past the header's own lines: a unit line, a period line read a line lower.)
  let k = headerAt + 1;
  while (k < headerAt + 3 && lines[k] !== undefined && !rowOf(lines[k]!, undefined)) k++;
  for (; k < lines.length && rowOf(lines[k]!, undefined); k++) rows.push(rowOf(lines[k]!, undefined)!.label);
  const total = rows.at(-1);
  if (rows.length < 3 || !total || /^\s/.test(total)) return undefined;
  // (The total's label is the metric's whole name, or opens with "Total": not "Sales & Processing".)
  const metric = ctx.metrics.find(total);
  const whole = metric.length === 1 && metric[0]!.start === 0 && metric[0]!.end >= total.trimEnd().length;
  if (
    !(whole || (metric.length === 1 && /^total\b/i.test(total))) ||
    !metric[0]!.readings.some((r) => r.kind === 'money')
  )
    return undefined;
  return rows.slice(0, -1).every((r) => ctx.metrics.find(r).length === 0 && lineRowName(r, ctx))
    ? metric[0]
    : undefined;
}

/** Abbreviations a table row may be labelled by alone, in capitals: a lexicon phrase would also match "co-op". */
// ("Taxation" too: as a whole label only, not inside "Income before taxation" or "Deferred taxation".)
const LABEL_ABBREVIATIONS: Readonly<Record<string, string>> = { OP: 'operating profit', Taxation: 'income tax' };

/** A row that is the margin of the metric row above it ("% of sales", "as % of revenue"). */
const MARGIN_ONLY_ROW = /^\s*margin\s*(?:\(%\)|%)?\s*$/i;
const MARGIN_ROW = /^\s*(?:as\s+(?:a\s+)?)?%\s+of\s+(?:net\s+)?(?:sales|revenues?|turnover)\s*$/i;

const PER_SHARE_CAPTION =
  /^\s*(?:amounts\s+)?per\s+(?:(?:diluted|basic|common)\s+)?share(?:\s+data)?\b(?=\s{2,}|\s*$)/i;

/** A table titled by a breakdown ("Revenues by business line", "Net sales by segment", "SEGMENT REVENUE"). */
const BY_LINE =
  /^\s*segment(?:al)?\s+(?:revenues?|(?:net\s+)?sales|turnover)\s*(?:\(|$)|\bby\s+(?:business\s+lines?|segments?|divisions?|business(?:es)?|products?(?:\s+lines?)?|business\s+areas?|services?|(?:industry\s+)?verticals?|property\s+types?|types?|brands?|franchises?|(?:therapeutic\s+)?areas?|channels?|(?:product\s+)?categor(?:y|ies)|regions?|geograph(?:y|ies|ical\s+areas?)|applications?|end[-\s]markets?|platforms?|technolog(?:y|ies))\b/i;

/** What a title may print beside its metric and its period ("NINE-MONTH 2025 REVENUE", "Group revenue"). */
const TITLE_WORDS =
  /\b(?:(?:three|six|nine|twelve)[-\s]months?|(?:first|second)[-\s]half|half[-\s]year|full[-\s]year|quarterly|interim|group|consolidated|(?:19|20)\d{2})\b/gi;

/**
 * A heading that is revenue and its period only, as a table's title prints it: its rows are the business lines
 * (a cost's or a cash flow's rows are its parts: "Operating expenses" over "Fuel", "FREE CASH FLOW" over its
 * reconciliation).
 */
function isRevenueTitle(line: string, ctx: TableContext): boolean {
  const text = line.trim();
  if (text.length > 50 || !/^[A-Z]/.test(text)) return false;
  const metrics = ctx.metrics.find(text);
  if (metrics.length !== 1 || metrics[0]!.key !== 'revenue') return false;
  let rest = text.slice(0, metrics[0]!.start) + ' ' + text.slice(metrics[0]!.end);
  for (const p of findPeriods(rest, ctx.calendar).reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  return rest.replace(TITLE_WORDS, '').trim() === '';
}

/** Words under a change column that say which change it is ("reported", "constant currency", "organic*"). */
const QUALIFIER_SHAPE = /^[a-z][a-z -]*(?:\(\d\)|\*)?$/;

/** A heading that says on what basis the rows under it are reported, not which business line they are of. */
const BASIS_HEADING =
  /^(?:non[-\s]?)?(?:gaap|ifrs|ias)\b|^(?:reported|adjusted|underlying|statutory|continuing|discontinued|core|comparable|pro\s+forma)\b/i;

/**
 * "Gold sales revenue   A$M   501.5": a row whose unit stands in a units column, read as if its label printed it
 * ("Gold sales revenue (A$M)", "Average realised price (A$/oz)", "Ore mined (kt)").
 */
function withUnitInLabel<R extends { label: string }>(row: R | undefined): R | undefined {
  const m = row && /^(.*\S)\s{2,}(\S+)\s*$/.exec(row.label);
  if (!m || !(columnUnit(m[2]!) || /^(?:[A-Z]{0,2}\$|[€£¥])\/[a-z]+$|^(?:k|M)?(?:t|oz|lbs?)$|^%$/.test(m[2]!)))
    return row;
  return { ...row, label: `${m[1]} (${m[2]})` };
}

/** A row label naming a business line under such a title ("Network services"), not a total or a note. */
function lineRowName(label: string, ctx: TableContext): string | undefined {
  // "Oskabi Mine (oz)": the row's unit is no part of the line's name.
  const name = label.trim().replace(/\s*\((?:[a-z%$€£¥/]+|[A-Z]{0,3}\$?m)\)$/, '');
  if (
    !/^[A-Z][A-Za-z&/ ,()-]{2,60}$/.test(name) ||
    /^(?:total|group|consolidated|other|eliminations?|holding|corporate|unallocated|central|adjustments?)\b/i.test(name)
  )
    return undefined;
  return findPeriods(name, ctx.calendar).length === 0 ? name : undefined;
}

/** A bank's rows under their general names, and the lexicon phrase of what they are in a bank's table. */
const PRE_PROVISION = 'pre-provision operating profit';
const INCOME_BEFORE_COSTS = 'total revenue';
const BANK_ROWS: readonly [RegExp, string][] = [
  [/^\s*other\s+income\s*$/i, 'noninterest income'],
  [/^\s*operating\s+profit\s*$/i, PRE_PROVISION],
  [/^\s*total\s+operating\s+income\s*$/i, 'net total income'],
  // (A Central European bank's "Operating income", above its expenses, is its income before costs; its "Operating
  // result" the profit.)
  [/^\s*operating\s+income\s*$/i, INCOME_BEFORE_COSTS],
];

const SPAN_CAPTION = /^\s*(?:for\s+the\s+)?(?:three|six|nine|twelve|\d{1,2})\s+months\s+end(?:ed|ing)\b/i;
const EXCLUDING = /(?<![A-Za-z])ex-(?=[A-Za-z])|\(ex\b/i;

/** A fact a table row states, with the row's printed first line and, where the reader named it otherwise, its label. */
type TableFact = { fact: DraftFact; rowLine: string; rowLabel?: string };
// ("Attributable to Callpamayo shareholders": the owners may be named, but not as minority, preferred or common ones.)
// ("Majority net income" under "Consolidated net income", "- Attributable to the parent", a Korean statement's
// "Controlling Interest" under "Net Income": the owners' share too.)
const OWNERS_SHARE =
  /\b[Aa]ttributable\s+[Tt]o\s+(?:[Tt]he\s+)?(?:[Pp]arent\b|(?:[Cc]ontrolling\s+|(?!(?:Minority|Non-?controlling|Preferred|Common)\b)\p{Lu}[\p{L}-]*\s+)?(?:[Oo]wners|[Ss]hareholders|[Ee]quity\s+[Hh]olders|[Ss]tockholders)\b)|^\s*(?:[Mm]ajority|[Cc]ontrolling)\s+[Nn]et\s+(?:[Ii]ncome|[Pp]rofit)\b|^\s*[Cc]ontrolling\s+[Ii]nterests?\s*(?:\s{2}|$)/u;
const WHOLE_PROFIT =
  /^\s*(?:consolidated\s+)?(?:profit|net\s+(?:profit|income|earnings))(?:\s+for\s+the\s+(?:year|period)|\s+after\s+tax(?:ation)?)?\s*(?:\s{2}|$)/i;

/**
 * "Profit for the year" over "Profit attributable to owners of the Company": in a table that prints both, the first
 * is the profit with the non-controlling interests' share (facts from `from` on are the table's).
 */
function withNonControllingInterests(facts: TableFact[], from: number): void {
  const owners = facts
    .slice(from)
    .filter((f) => f.fact.metric === 'netIncome' && OWNERS_SHARE.test(f.rowLabel ?? f.rowLine));
  for (let n = from; n < facts.length; n++) {
    const f = facts[n]!;
    if (f.fact.metric !== 'netIncome' || !WHOLE_PROFIT.test(f.rowLine)) continue;
    if (!owners.some((o) => samePeriod(o.fact.period, f.fact.period) && o.fact.basis === f.fact.basis)) continue;
    facts[n] = {
      ...f,
      fact: {
        ...f.fact,
        metric: 'netIncomeIncludingNonControllingInterests',
        reasons: [...f.fact.reasons, "the whole profit: the table prints the owners' share below it"],
      },
    };
  }
}

/**
 * "Element List   Current   Similar Quarter   %Change   Previous   %Change" over "… Q3 2025   Q3 2024   Q2 2025": a
 * header whose change columns are named on a line above its periods, between them. Each such head, at its position,
 * is a change column among the periods (`from` is the line the table was found at, `at` its line of periods).
 */
function withChangeHeadsAbove(columns: Column[], lines: readonly string[], from: number, at: number): Column[] {
  if (columns.some((c) => c.change) || columns.some((c) => c.at === undefined)) return columns;
  // (The lines of the header above the periods, not the rows of a table above.)
  const heads = lines
    .slice(Math.max(0, Math.min(from, at) - 2), at)
    .filter((l) => rowOf(l, undefined) === undefined)
    .flatMap((l) => chunksOf(l).filter((c) => /^%\s?change$|^(?:YoY|QoQ)$|^change\s*\(?%\)?$/i.test(c.text)));
  if (heads.length === 0) return columns;
  // (Each head between two periods, or after the last.)
  if (!heads.every((h) => columns.some((c) => c.at! < h.start))) return columns;
  return [...columns, ...heads.map((h) => ({ ...changeColumn(h.text), at: h.start }))].sort((a, b) => a.at! - b.at!);
}

/**
 * "Gross operating revenue" over "Net operating revenue": where a table prints revenue gross and net, the net row
 * is the revenue; the gross one (before deductions) is left to the curator (facts from `from` on are the table's).
 */
function withoutGrossRevenueBesideNet(facts: TableFact[], from: number): void {
  const net = facts.slice(from).filter((f) => /^\s*net\s/i.test(f.rowLine));
  for (let n = facts.length - 1; n >= from; n--) {
    const f = facts[n]!;
    // (Revenue only: "Gross loans" beside "Net loans" are both balances a curator may want.)
    if (f.fact.metric !== 'revenue' || !/^\s*gross\s/i.test(f.rowLine)) continue;
    const twin = net.some(
      (o) =>
        o.fact.metric === f.fact.metric &&
        o.fact.offering === f.fact.offering &&
        o.fact.basis === f.fact.basis &&
        samePeriod(o.fact.period, f.fact.period),
    );
    if (twin) facts.splice(n, 1);
  }
}

/** The facts the tables in a section's lines state (see the module comment). */
export function draftPeriodColumnTables(printedLines: readonly string[], ctx: TableContext): TableDraft {
  // Cells are read as OCR would have meant them ("6O2" → 602); quotes stay the printed text.
  // (Layouts of one market rewritten first as the header and rows read below.)
  const rewritten = withRelativePeriodHeaders(
    withQuarterGroupDates(printedLines.map(tableLine), ctx.calendar),
    ctx.calendar,
  );
  const lines = unwrapUnitHeaders(withStatementExtractLines(rewritten, ctx.calendar));
  const facts: TableFact[] = [];
  const decisions: (Decision & { rowLine: string })[] = [];
  /** The last table read: its unit header, the line it is on, the line after its rows. */
  let previous: { header: UnitHeader; unitAt: number; end: number } | undefined;
  /** The period each year's columns named in the tables read so far (null where two did). */
  const namedYears = new Map<number, { period: PeriodRef; text: string } | null>();
  for (let i = 0; i < lines.length; i++) {
    // A table starts at a unit header, or (a deck's "Key metrics": units in the row labels) at a line of periods only.
    // Rows may start under a sub-heading ("  Revenues ($ in millions)") or a line of units ("  £m   £m").
    const unitsBelow = unitsLine(lines[i + 1] ?? '') ?? columnUnitsLine(lines[i + 1] ?? '')?.[0];
    // ("RM'000   RM'000" over "Segment revenue" over its rows: a line of units, then a sub-heading.)
    const unitLines = unitsBelow ? 1 : 0;
    const subHeading = unitLines + (/^\s*[A-Za-z][^\d]*$/.test(lines[i + 1 + unitLines] ?? '') ? 1 : 0);
    const periodsOnly =
      isPeriodLine(lines[i]!, ctx.calendar) &&
      rowOf(lines[i + 1 + subHeading] ?? '', lines[i + 2 + subHeading]) !== undefined;
    const ownUnit = unitHeader(lines[i]!) ?? (periodsOnly ? unitsBelow : undefined);
    if (!ownUnit && !periodsOnly) continue;
    // "Operating profit   First half FY2025   First half FY2024" a few lines below the revenue table under
    // "(Millions of yen)": the unit of the table just above.
    const inherited =
      !ownUnit &&
      previous &&
      i - previous.end <= 4 &&
      lines.slice(previous.end, i).every((l) => l.trim() === '' || /^\s*\(?notes?\b/i.test(l))
        ? previous
        : undefined;
    const unitLine = ownUnit ?? inherited?.header;
    const unitAt = unitHeader(lines[i]!) ? i : ownUnit ? i + 1 : (inherited?.unitAt ?? i);
    // A table that prints no unit is in the unit the document states for its figures, if it states one.
    const header: UnitHeader = unitLine ?? ctx.documentUnit?.header ?? { scale: 'one', perShareInUnits: true };
    const tableUnit = header.unit ?? ctx.defaultCurrency;
    // The title over the table ("Forecast for FY2014", "Revised full-year forecast") says if it is guidance.
    // (Not the rows of a table just above, nor a highlight listed over it: "- Guidance raised: …".)
    const title = lines
      .slice(Math.max(0, i - 2), i + 1)
      .filter(
        (l, n, all) =>
          n === all.length - 1 || (cellsOf(rowOf(l, undefined)?.cells ?? '').length < 2 && !/^\s*[-•*]\s/.test(l)),
      )
      .join(' ');
    // The breakdown a title names is in its own short lines, not the paragraph before ("Cash … were $212.4 million").
    const headingLines = [lines[i]!];
    for (let n = i - 1; n >= Math.max(0, i - 2); n--) {
      const l = lines[n]!;
      if (l.trim() === '') continue;
      // (A note in parentheses under the table above, "(EPS for the quarter … is not annualised)", is no title.)
      if (
        cellsOf(rowOf(l, undefined)?.cells ?? '').length >= 2 ||
        l.trim().length > 90 ||
        /[.;]\s*$/.test(l) ||
        /^\s*\([^()]*\)\s*$/.test(l)
      )
        break;
      headingLines.unshift(l);
    }
    const heading = headingLines.join(' ');
    // "Revenues by business line (JPY millions)" over rows named by the lines: the title's metric, each row's line.
    // (Its metric is the title's, not a change column's: "Revenue by business group" over "… Organic change". A chunk
    // is a change column's head when each of its words is a change word; "Occupancy (%)" names a metric.)
    const titleChunks = chunksOf(lines[i]!).filter(
      (c, n) => n === 0 || !c.text.split(/\s+/).every((w) => CHANGE_HEADER.test(w)),
    );
    const titleText = [...headingLines.slice(0, -1), ...titleChunks.map((c) => c.text)].join(' ');
    // (Each of the title's lines too: "SEGMENT REVENUE" under another heading.)
    // ("THIRD-QUARTER 2025 REVENUE" over "In €m  Q3 2024  Q3 2025" and rows named by the lines.)
    const byLine =
      BY_LINE.test(heading) ||
      headingLines.some((l) => BY_LINE.test(l)) ||
      headingLines.slice(0, -1).some((l) => isRevenueTitle(l, ctx));
    const titleMetrics = byLine ? ctx.metrics.find(titleText) : [];
    // ("Revenue Breakdown by Application (% of wafer revenue)": one metric, named twice.)
    const titleMetric = new Set(titleMetrics.map((m) => m.key)).size === 1 ? titleMetrics[0] : undefined;
    const tableGuidance = ctx.outlook === true || FORECAST.test(title);
    const titlePeriod = findPeriods(title, ctx.calendar).at(-1)?.period;
    const tableCtx = titlePeriod ? { ...ctx, headingPeriod: titlePeriod } : ctx;
    // The column header: the header line itself or one of the next three lines.
    let columns: Column[] | undefined;
    let headerAt = i;
    for (let j = i; j < Math.min(lines.length, i + 4) && !columns; j++) {
      const candidate = j === i ? withoutUnit(lines[j]!) : lines[j]!;
      columns = columnsOf(candidate, tableCtx, tableGuidance, lines[j - 1]);
      // ("Business performance - Q2 FY26   (₹ crore)" over "Q2 FY26   Q2 FY25   YoY growth": a title naming its
      // period is no header when the line under it is one.)
      if (j === i && columns && columns.filter((c) => !c.change).length < 2) {
        const below = columnsOf(lines[j + 1] ?? '', tableCtx, tableGuidance, lines[j]);
        if (below && below.filter((c) => !c.change).length >= 2) columns = undefined;
      }
      if (columns) headerAt = j;
    }
    // "Three Months Ended / September 30, / 2013  2012": a header written over lines, read by column position.
    if (
      !columns ||
      columns
        .filter((c) => !c.change)
        .some(
          (c) =>
            c.period &&
            c.period.quarter === undefined &&
            c.period.months === undefined &&
            /^\s*(?:19|20)\d{2}\s*$/.test(c.text),
        )
    ) {
      // The header may be the unit line itself ("£m unless otherwise stated   2024   2023   Change"), its
      // column words above it ("Jul–Sep   Jul–Sep   Jan–Dec" over "SEK m   2025   2024   2024").
      let from = i;
      // ("Unaudited   Unaudited   Audited" between the dates and the units, blanked by withStatementExtractLines: a
      // line of the header that says nothing, stepped over.)
      const blanked = (n: number) => lines[n]?.trim() === '' && printedLines[n]!.trim() !== '';
      let steps = 0;
      // ("Three months ended September 30" reads as a row whose cell is its day: a span's words are no row.)
      while (
        steps < 2 &&
        (blanked(from - 1) ||
          (lines[from - 1]?.trim() &&
            (!rowOf(lines[from - 1]!, undefined) || SPAN_CAPTION.test(lines[from - 1]!)) &&
            /\s{3,}\S/.test(lines[from - 1]!)))
      ) {
        if (!blanked(from - 1)) steps++;
        from--;
      }
      const composed = composedColumns(
        lines.map((l, n) => (n === i ? withoutUnit(l) : l)),
        from,
        Math.min(lines.length, i + 7),
        tableCtx,
        tableGuidance,
      );
      if (composed) [columns, headerAt] = composed;
    }
    if (!columns) continue;
    columns = withChangeHeadsAbove(columns, lines, i, headerAt);
    // "(in thousands; unaudited)   2025   2024" after a statement under "Three Months Ended October 31, / 2025
    // 2024": bare years stand for the periods the statement above named for them.
    const bareYears = columns.filter((c) => !c.change && c.period && /^\s*(?:19|20)\d{2}\s*$/.test(c.text));
    if (bareYears.length > 0 && bareYears.length === columns.filter((c) => !c.change).length) {
      if (bareYears.every((c) => namedYears.get(c.period!.fiscalYear)))
        columns = columns.map((c) => {
          const named = c.change ? undefined : namedYears.get(c.period!.fiscalYear);
          return named ? { ...c, period: named.period, text: `${c.text.trim()} (${named.text.trim()})` } : c;
        });
    } else
      for (const c of columns) {
        const year = printedYear(c.text);
        if (c.change || !c.period || c.basis !== 'actual' || year === undefined) continue;
        const seen = namedYears.get(year);
        // A year two periods claim (a quarter and the year to date) names none.
        namedYears.set(
          year,
          seen === null || (seen && !samePeriod(seen.period, c.period)) ? null : { period: c.period, text: c.text },
        );
      }
    // "FY2017 FY2018 FY2018" over "Results Previous Revised": the line below says what each period column is.
    // ("28 Dec 2025   29 Dec 2024   29 Jun 2025" over "Unaudited   Unaudited   Audited": actuals, audited or not.)
    const basisWords = lines[headerAt + 1]?.trim().split(/\s+/) ?? [];
    const periodColumns = columns.filter((c) => !c.change);
    if (
      basisWords.length === periodColumns.length &&
      basisWords.every((w) =>
        /^(?:results?|actual|previous|initial|revised|forecast|plan|estimate|target|(?:un)?audited|(?:un)?reviewed)$/i.test(
          w,
        ),
      )
    ) {
      const byColumn = new Map(periodColumns.map((c, n) => [c, basisWords[n]!.toLowerCase()]));
      columns = columns.map((c) => {
        const word = byColumn.get(c);
        if (!word) return c;
        const text = `${c.text.trim()} ${basisWords[periodColumns.indexOf(c)]}`;
        if (/^(?:results?|actual|(?:un)?audited|(?:un)?reviewed)$/.test(word))
          return { ...c, basis: 'actual' as const, text };
        if (/^(?:previous|initial)$/.test(word)) return { ...c, basis: 'guidance' as const, superseded: true, text };
        return { ...c, basis: 'guidance' as const, text };
      });
      headerAt++;
    }
    // "Revenue        First half FY2025   First half FY2024   Change" over business-line rows: the caption's metric.
    // ("Revenue (in € millions)   H1 2025 …": the caption less its unit.)
    const caption = /^\s*([A-Z][A-Za-z &,'()-]{2,40}?)(?=\s{3,}\S)/.exec(withoutUnit(lines[headerAt]!))?.[1];
    // ("CASH FLOW AND NET DEBT   3Q25   3Q24": a caption naming two things, its metric only one of them, heads no
    // business lines; "Research and development", one metric's whole name, does.)
    const named = caption && !titleMetric ? ctx.metrics.find(caption) : [];
    const namesTwo =
      caption !== undefined &&
      /\s(?:and|&)\s/i.test(caption) &&
      !named.some((m) => m.start === 0 && m.end >= caption.trimEnd().length);
    const captionMetrics = namesTwo ? [] : named;
    const lineMetric =
      titleMetric ??
      (captionMetrics.length === 1 ? captionMetrics[0] : undefined) ??
      totalRowMetric(lines, headerAt, ctx);
    if (unitsLine(lines[headerAt + 1] ?? '')) headerAt++;
    // "(Rp bn)  (Rp bn)  (US$ mn)": each figure column in its own unit; a figure printed in two is one fact.
    const ownUnits = columnUnitsLine(lines[headerAt + 1] ?? '');
    if (ownUnits && ownUnits.length === columns.filter((c) => !c.change).length) {
      let n = 0;
      columns = columns.map((c) => (c.change ? c : { ...c, unit: ownUnits[n++] }));
      headerAt++;
    }
    // "1H FY2025   1H FY2024" over "(Mar.-Aug. 2025) (Mar.-Aug. 2024)   Change": the change column named below.
    const below = lines[headerAt + 1] ?? '';
    if (!columns.some((c) => c.change) && !rowOf(below, undefined) && isPeriodLine(below, ctx.calendar)) {
      const lastAt = Math.max(...columns.map((c) => c.at ?? 0));
      const named = [...below.matchAll(CHANGE_COLUMN)].filter((m) => m.index > lastAt);
      if (named.length > 0) {
        columns = [...columns, ...named.map((m) => ({ ...changeColumn(m[0]), at: m.index }))];
        headerAt++;
      }
    }
    // "(reported)   (reported)   (constant currency)" under "QoQ growth   YoY growth   YoY growth": what each
    // change column is.
    // ("reported   exchange rates" under "Change   Change at constant": words under change columns only; "constant",
    // "exchange", "rates(1)" under "Change at": the words may wrap over lines, a footnote mark after the last.)
    const underChanges = (q: Chunk) =>
      QUALIFIER_SHAPE.test(q.text) &&
      columns!.some((c) => c.change && c.at !== undefined && q.start <= c.at + 3 && q.end >= c.at);
    for (let wrapped = 0; wrapped < 3; wrapped++) {
      const qualifiers = lines[headerAt + 1] ? chunksOf(lines[headerAt + 1]!) : [];
      // ("Change   Change" over "    reported   organic*", the spaces of the PDF's columns collapsed: one word under
      // each change column, in turn.)
      const changes: Column[] = columns.filter((c) => c.change);
      const inTurn: boolean =
        wrapped === 0 &&
        qualifiers.length === changes.length &&
        qualifiers.every((q) => QUALIFIER_SHAPE.test(q.text)) &&
        !qualifiers.every(underChanges);
      if (
        !inTurn &&
        (qualifiers.length === 0 || !qualifiers.every((q) => /^\([^()]+\)$/.test(q.text) || underChanges(q)))
      )
        break;
      columns = columns.map((c): Column => {
        const q: Chunk | undefined = inTurn
          ? qualifiers[changes.indexOf(c)]
          : qualifiers.find((x) => c.at !== undefined && c.change && x.start <= c.at + 3 && x.end >= c.at);
        return q ? { ...changeColumn(`${c.text} ${q.text.replace(/\(\d\)$|\*$/, '')}`), at: c.at } : c;
      });
      headerAt++;
    }
    columns = columns.map((c) => (c.period ? { ...c, period: cumulativePeriod(c.period, heading) } : c));
    // "Per diluted share" opening a header line over "EPS", "FFO", "Core FFO": every row is a per-share figure.
    let headerTop = i;
    while (headerTop > 0 && i - headerTop < 3 && lines[headerTop - 1]!.trim() !== '') headerTop--;
    // "(Millions of yen; percentages indicate year-on-year changes.)": the note that makes a figure's percent beside
    // it its change (a kessan tanshin), not its share or margin.
    // (The printed lines: unwrapping a unit header keeps its unit, not its notes.)
    const percentsAreChanges = printedLines
      .slice(Math.max(0, headerTop - 4), headerAt + 1)
      .some((l) => /percentages?\s+(?:indicate|show|represent|are)\b[^.]*\b(?:changes?|year-on-year|yoy)/i.test(l));
    const perShareTable = lines.slice(headerTop, headerAt + 1).some((l) => PER_SHARE_CAPTION.test(l));
    // "Units   Sep 2025 Qtr   Jun 2025 Qtr": each row's unit in a column of its own after its label.
    const unitsColumn = /(?:^|\s{2})Units?(?=\s{2}|$)/.test(lines[headerAt]!);
    // "Key ratios (%)   9M24   9M25", "Revenue by vertical (% of revenue)   Q2 FY26": every row of the table is a percent.
    const percentTable = /^\s*[A-Z][^()\d]{0,40}\(%(?:\s+of\s+[^()\d]{2,30})?\)(?=\s{2,}|$)/.test(lines[i]!);
    const figures = columns.filter((c) => !c.change);
    /** The unit of the first figure column where the columns carry their own ("(Rp bn) … (US$ mn)"). */
    const firstUnit = figures.find((c) => c.unit)?.unit;
    let parent: string | undefined;
    let profitAbove = false;
    /** The metric of the last row read: a "Per share" row under it is that metric's per-share figure. */
    let rowAbove: string | undefined;
    let lineParent: string | undefined;
    let lineHeading: string | undefined;
    /** Whether the heading's rows stand at the margin under it, as it does ("Wirrapinda (WA)" over "Ore mined …"). */
    let flushHeading = false;
    let lineColumn: { name: string | undefined; at: number } | undefined;
    let headingUnit: UnitHeader | undefined;
    let metricRow: string | undefined;
    /** Whether the metric row heading the lines was a margin printed as an amount ("Total gross margin  6,059"). */
    let metricRowInAmounts = false;
    const lineNames = new Set<string>();
    let k = headerAt + 1;
    const tableStart = facts.length;
    // A bank's statement opens with its net interest income; its operating profit is before provisions only where a
    // provisions row follows it (a Nordic bank's "Operating profit" comes after its credit losses).
    const blankAt = lines.findIndex((l, n) => n >= k && l.trim() === '');
    const tableRows = lines.slice(k, blankAt < 0 ? lines.length : blankAt);
    // ("Gross earnings" and "Interest income" may come first, as Nigerian banks print them.)
    const bankTable = tableRows
      .filter((l) => rowOf(l, undefined))
      .slice(0, 4)
      .some((l) => /^\s*net\s+interest\s+income\b/i.test(l));
    const provisionsAt = tableRows.findIndex((l) =>
      /^\s*(?:provisions?|loan\s+loss|credit\s+loss|impairment)/i.test(l),
    );
    const expensesAt = tableRows.findIndex((l) =>
      /^\s*(?:(?:general\s+)?administrative|operating\s+expenses|staff|personnel|total\s+(?:operating\s+)?expenses)/i.test(
        l,
      ),
    );
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.trim() === '') continue;
      // ("   2025   2024" over "---- Rupees in thousand ----": the table's own unit, under its years.)
      if (k === unitAt && unitAt > headerAt) continue;
      // The next table, unless a sub-heading with its unit over rows ("  Revenues ($ in millions)").
      // ("Balance sheet (PLN bn)   30.09.2025  30.06.2025" is the next table's header, rows under it or not.)
      if (
        unitHeader(line) &&
        !rowOf(line, undefined) &&
        (!(lines[k + 1] && rowOf(lines[k + 1]!, undefined)) ||
          isPeriodLine(withoutUnit(line), ctx.calendar) ||
          // ("(€ million)   Q3 2025   Q3 2024   Change   Change at const. FX": periods among words this reads not.)
          findPeriods(withoutUnit(line), ctx.calendar).length >= 2)
      )
        break;
      // ("For the six months ended 30 June   2025   2024" under a segment table: the next table's header.)
      if (k > headerAt + 1 && isPeriodLine(line, ctx.calendar)) break;
      const found = unitsColumn ? withUnitInLabel(rowOf(line, lines[k + 1])) : rowOf(line, lines[k + 1]);
      if (!found) {
        if (/\d/.test(line) && !/[A-Za-z]{3,}/.test(line)) continue; // a line of axis numbers
        if (
          rowOf(line, undefined) === undefined &&
          /^\s*[A-Za-z]/.test(line) &&
          !/\d/.test(line) &&
          lines[k + 1] &&
          // ("Financial" over "Petroleum and natural / gas sales  219.7 …": the row under it may wrap its label.)
          rowOf(lines[k + 1]!, lines[k + 2])
        ) {
          // A sub-heading; "Net income (loss) per share:" heads the "Basic" and "Diluted" rows under it, and
          // "Net sales" over "  Flow Control   $ 612.4 …" the business lines under it.
          // ("Earnings per share (RMB cents)" over "  - Basic" and "  - Diluted": the same, without its colon.)
          // ("Attributable to:" under "Profit for the period": its owners' and minorities' shares of the profit.)
          profitAbove = WHOLE_PROFIT.test(lines.slice(0, k).findLast((l) => l.trim() !== '') ?? '');
          parent =
            /:\s*$/.test(line) ||
            (ctx.metrics.find(line).length > 0 && /^\s+[-–]?\s*(?:basic|diluted)\b/i.test(lines[k + 1] ?? ''))
              ? line.trim().replace(/:$/, '')
              : undefined;
          // "  Revenues ($ in millions)": a sub-heading may carry the unit of the rows under it.
          headingUnit = unitHeader(line);
          lineParent =
            !parent && ctx.metrics.find(line).length > 0 ? line.trim().replace(/\s*\([^()]*\)$/, '') : undefined;
          // "Flow Control" over "  Net sales  562.4 …": a business line heading its metric rows.
          // ("Wirrapinda (WA)": a mine named with its state's code, which is no part of its name.)
          lineHeading =
            !parent && !lineParent
              ? businessLineName(line.replace(/\s*\([A-Z]{2,4}\)\s*$/, ''), {
                  metrics: ctx.metrics,
                  calendar: ctx.calendar,
                })
              : undefined;
          // (Only where another heading of the table heads the same rows: each mine's "Ore mined", "Gold produced";
          // not "GAAP" over "Revenue …" and "Non-GAAP" over "Gross margin …", the basis of the rows, nor "Growth" over
          // a key figure.)
          const firstLabel = rowOf(lines[k + 1]!, undefined)?.label.trim();
          flushHeading =
            lineHeading !== undefined &&
            !BASIS_HEADING.test(lineHeading) &&
            !/^\s/.test(line) &&
            !/^\s/.test(lines[k + 1]!) &&
            firstLabel !== undefined &&
            lines
              .slice(headerAt + 1, k + 40)
              .some((l, n) => headerAt + 1 + n !== k + 1 && rowOf(l, undefined)?.label.trim() === firstLabel);
          continue;
        }
        // One unreadable row ("Churn (% per month) l.4 1.6" before OCR repair) does not end the table.
        // (A line of periods past the header, not "(Apr.-Sep. 2024)  (Apr.-Sep. 2025)" under it, is the next table's.)
        if (
          rowOf(lines[k + 1] ?? '', lines[k + 2]) !== undefined &&
          /\d/.test(line) &&
          (k === headerAt + 1 || !isPeriodLine(line, ctx.calendar))
        )
          continue;
        break;
      }
      // "  Basic  $ 0.09" under "Net income (loss) per share:" is "Basic net income (loss) per share".
      const foundMetrics = ctx.metrics.find(found.label);
      const ownMetric = foundMetrics.length > 0;
      // "Total net sales": the block has ended. "Total revenues  29,648  31,842" over "  Network services
      // 16,122 …": a metric row heads the business-line rows indented under it.
      if (!/^\s+/.test(line)) {
        if (ownMetric) [lineParent, headingUnit] = [undefined, undefined];
        // ("Operating expenses" over "  Labor costs", "  Commission fees": a cost is broken down by its kinds, not by lines.)
        const under =
          ownMetric && !foundMetrics[0]!.readings.some((r) => ctx.metrics.isCost(r.key))
            ? linesUnder(lines, k)
            : undefined;
        const names = under?.map((l) => rowOf(l, undefined)!.label.trim());
        // A percent row ("Gross margin ratio") over the lines already named in the table heads them too.
        const headsLines = under && names && (addsUp(line, under) || names.every((n) => lineNames.has(n)));
        metricRow = headsLines ? found.label.trim() : undefined;
        if (headsLines) for (const n of names) lineNames.add(n);
      }
      const heading = lineParent ?? metricRow;
      // ("Sales" alone on its line over "Installation Technology  398.6 …": a sub-heading's lines need no indent.)
      const lineUnder =
        !parent && heading && (/^\s+/.test(line) || lineParent !== undefined) && !ownMetric
          ? lineRowName(found.label, ctx)
          : undefined;
      // "Attributable to:" over "  Owners of the Company  98,415": the profit attributable to them.
      // "Net income  66.5 …" over "Attributable to Callpamayo shareholders  61.8 …": the owners' share of it.
      const ownersOfAbove =
        rowAbove === 'netIncome' &&
        /^\s*attributable\s+to\b/i.test(found.label) &&
        OWNERS_SHARE.test(found.label) &&
        !ownMetric;
      const row = ownersOfAbove
        ? { ...found, label: `Net income ${found.label.trim()}` }
        : parent &&
            !ownMetric &&
            ((profitAbove &&
              /^attributable\s+to$/i.test(parent) &&
              // ("Attributable to:" over "Owners of Mosetlha  4,263" at the margin: the owners named, not indented.)
              (/^\s+/.test(line) || OWNERS_SHARE.test(`Attributable to ${found.label.trim()}`))) ||
              // ("Profit attributable to:" over "Owners of the Company  68,942": the heading names the profit.)
              /^(?:net\s+)?profit\s+attributable\s+to$/i.test(parent))
          ? // ("Owners of Mosetlha": owners the lexicon cannot name, the profit's words can.)
            { ...found, label: `Net income attributable to ${found.label.trim()}` }
          : // ("Operating expenses:" over "  Aircraft fuel and related taxes  2,946": a cost's kinds are no costs of it.)
            parent &&
              /^\s+/.test(line) &&
              !ownMetric &&
              !ctx.metrics.find(parent).some((m) => m.readings.some((r) => ctx.metrics.isCost(r.key)))
            ? { ...found, label: `${found.label.trim()} ${parent}` }
            : lineUnder
              ? { ...found, label: `${found.label.trim()}: ${heading}` }
              : found;
      const quote = collapseWhitespace(printedLines.slice(i, k + row.lines).join(' '));
      k += row.lines - 1;
      // In a bank's table (a "Net interest income" row), "Other income" is the noninterest income and "Operating profit"
      // the profit before provisions.
      const bankRow = bankTable
        ? BANK_ROWS.find(
            ([re, phrase]) =>
              re.test(row.label) &&
              (phrase !== PRE_PROVISION || (provisionsAt >= 0 && provisionsAt > k - headerAt - 1)) &&
              (phrase !== INCOME_BEFORE_COSTS || (expensesAt >= 0 && expensesAt > k - headerAt - 1)),
          )?.[1]
        : undefined;
      // "Costs and expenses (ex-D&A)", "EBITDA margin ex-construction (%)": a figure less a part is a metric of its
      // own, not the lexicon's one its words name; the curator names it.
      const excluding = EXCLUDING.test(row.label);
      // "EBITDA  8,188  8,107" over "Margin (%)  49.5  49.2": the margin of the row above, where the lexicon has one.
      const marginRow = MARGIN_ONLY_ROW.test(row.label) && rowAbove ? ctx.metrics.marginOf(rowAbove) : undefined;
      const labelMetric = excluding
        ? undefined
        : ((marginRow ? ctx.metrics.mentionOf(marginRow) : undefined) ??
          (bankRow ? ctx.metrics.find(bankRow) : [])[0] ??
          (row === found ? foundMetrics : ctx.metrics.find(row.label))[0] ??
          // ("OP" as a Korean release's table labels operating profit: in capitals, as a whole label only.)
          (LABEL_ABBREVIATIONS[row.label.trim()]
            ? ctx.metrics.find(LABEL_ABBREVIATIONS[row.label.trim()]!)[0]
            : undefined));
      const lineRow = !labelMetric && lineMetric ? lineRowName(row.label, ctx) : undefined;
      // Its "Group" or "Total" row is the company's figure.
      const totalRow = !labelMetric && lineMetric && /^\s*(?:total|group|consolidated)\s*$/i.test(row.label);
      // "Communication   41%   43%   44%" under "Revenue Breakdown by Application (% of wafer revenue)": each line's
      // share, the title metric's own percent (the lexicon's margin of it: revenue's share of revenue).
      const valued = cellsOf(row.cells).filter((c) => c.value !== undefined);
      const share = lineMetric && ctx.metrics.marginOf(lineMetric.key);
      const shareMetric =
        (lineRow || totalRow) && share && valued.length > 0 && (percentTable || valued.every((c) => c.percent))
          ? ctx.metrics.mentionOf(share)
          : undefined;
      const metric = labelMetric ?? shareMetric ?? (lineRow || totalRow ? lineMetric : undefined);
      // A row at the margin ends the rows a business-line heading or column heads, read or not.
      // (A total at the margin after the last mine's rows is the company's: it ends the heading's rows.)
      if (!/^\s+/.test(line) && (!flushHeading || COMPANY_ROW.test(row.label.trim()))) lineHeading = undefined;
      if (!metric || quote.length > 2000) {
        if (!/^\s+/.test(line)) lineColumn = undefined;
        continue;
      }
      // "Hardware sales  162.7  158.1": the business line the row's label names before its metric.
      // "System Integration   Net sales  20,932 …" over "                     Segment profit  1,987 …": a business
      // line named in a column of its own heads the rows indented to its metric's column.
      const twoPart = /^(\S.*?\S)\s{2,}(\S.*)$/.exec(row.label.trimEnd());
      // (Only where the second part alone names the metric: "Adjusted  EBITDA", a footnote mark blanked, is one label.)
      const ownColumn =
        twoPart &&
        labelMetric &&
        ctx.metrics.find(twoPart[1]!).length === 0 &&
        ctx.metrics.find(twoPart[2]!)[0]?.key === labelMetric.key &&
        ctx.metrics.find(twoPart[2]!)[0]?.start === 0;
      if (ownColumn) lineColumn = { name: lineRowName(twoPart[1]!, ctx), at: line.indexOf(twoPart[2]!) };
      else if (!/^\s+/.test(line)) lineColumn = undefined;
      // ("Adjustments   Segment profit  △478": a reconciling line, neither a business line nor the company's.)
      if (ownColumn && !lineColumn!.name && !COMPANY_ROW.test(twoPart[1]!)) continue;
      const inLineColumn = lineColumn && (ownColumn || /^\s*/.exec(line)![0].length === lineColumn.at);
      const named =
        lineRow ??
        lineUnder ??
        (labelMetric ? lineHeading : undefined) ??
        (labelMetric && inLineColumn ? lineColumn!.name : offeringBefore(row.label, metric, ctx));
      // "Revenues:" over "  Subscription  48,362 …" and "  Services and other  9,874 …": each row a line's revenue,
      // named as printed; never the company's revenue, which the total row gives.
      // (An indented "Total" under it is the company's.)
      const partOfRevenue =
        parent !== undefined &&
        row.label === `${found.label.trim()} ${parent}` &&
        metric.key === 'revenue' &&
        !COMPANY_ROW.test(found.label.trim());
      const offering = named ?? (partOfRevenue ? lineRowName(found.label, ctx) : undefined);
      if (partOfRevenue && !offering) continue;
      const cells = cellsOf(row.cells);
      // "Gross margin (bp)   105.8   108.3": a wealth manager's margin on its assets, in basis points, is no amount
      // and no percent of the lexicon's.
      if (/\((?:bps?|basis\s+points)\)/i.test(row.label)) continue;
      // A row's own unit ("Capex (A$m)", "Churn (% per month)") overrides the table's.
      const rowUnit = unitHeader(row.label) ?? (headingUnit && /^\s+/.test(line) ? headingUnit : undefined);
      // "Total gross margin   6,059   6,626" (and the lines under it): a margin printed as an amount is its profit.
      // ("Financial margin  3,318  3,142  5.6%  2,806  18.2%": its changes interleaved, not its figures.)
      const amountCells = (
        cells.length > figures.length ? cells.filter((c) => !c.percent && !c.points) : cells.slice(0, figures.length)
      ).filter((c) => c.value !== undefined);
      const marginAsAmount: boolean =
        metric.readings.some((r) => r.kind === 'money') &&
        (lineUnder
          ? metricRowInAmounts
          : amountCells.length > 0 && amountCells.every((c) => !c.percent && !c.points && Math.abs(c.value!) >= 100));
      if (!/^\s+/.test(line)) metricRowInAmounts = marginAsAmount;
      // "Average realized gold price ($/oz)", "Cash costs ($/oz sold)": a price per unit, like a per-share figure.
      // ("ADR  $262.17" under "(in millions, except per share data and hotel statistics)": a price the lexicon says is per unit.)
      const perUnit =
        /\((?:[$€£¥]|US\$|C\$|A\$)\s*\/\s*(?:oz|lb|t|tonne|boe|bbl|mwh|kg)\b[^()]*\)/i.test(row.label) ||
        metric.readings.some((r) => r.kind === 'money' && ctx.metrics.isPerUnit(r.key));
      const labelUnit =
        perUnit ||
        perShareTable ||
        /\((?:yen|¥|₹|Rs\.?|\$|US\$|A\$|dollars?|p|pence|(?:Singapore\s+|Australian\s+|US\s+)?cents|c|sen|NOK|SEK|DKK|EUR|USD|JPY|GBP|CHF|KRW|INR|CNY|AUD|CAD|NZD|HKD|SGD)(?:\s+per\s+\w+)?\)|per[\s-](?:(?:diluted|basic|common)\s+)?share|\bEPS\b/i.test(
          row.label,
        )
          ? ('per-share' as const)
          : /\(%|,\s*%\s*$/.test(row.label) ||
              percentTable ||
              // ("Organic growth  5.8  3.1": a metric that is only ever a percent.)
              metric.readings.every((r) => r.kind === 'percent') ||
              // ("Book-to-bill ratio  1.05": a ratio the lexicon counts as a multiple is no percent.)
              (/\bratio\b/i.test(row.label) && !metric.readings.some((r) => r.kind === 'quantity')) ||
              MARGIN_ROW.test(row.label) ||
              (/\bmargin\b/i.test(row.label) && !marginAsAmount) ||
              // "  Hearthstead Grill   3.4%   2.2%" under "Comparable restaurant sales": a percent metric's cells.
              (cells.length > 0 &&
                cells.every((c) => c.percent || c.value === undefined) &&
                metric.readings.some((r) => r.kind === 'percent') &&
                !metric.readings.some((r) => r.kind === 'money'))
            ? ('percent' as const)
            : ('table' as const);
      // "Copper production (kt)": a weight the label names in its own unit, whatever the lexicon's.
      const labelCountUnit = /\((?:k|M)?t\)|\(mt\)|\btonnes\b/.test(row.label)
        ? 'tonnes'
        : /\((?:k|M)?lbs?\)/.test(row.label)
          ? 'lb'
          : /\((?:k|M)?oz\)/.test(row.label)
            ? 'oz'
            : undefined;
      const cellsLine = [lines[k - row.lines + 1], lines[k]].find((l) => l?.trimEnd().endsWith(row.cells.trimEnd()));
      const byPosition =
        cells.length < figures.length ? alignedByPosition(columns, cellsLine, row.cells, cells) : undefined;
      // "Active subscribers ('000)  212.4  198.3": a count, in the lexicon's unit for the metric, its scale in the label.
      const countKey = metric.readings.find((r) => r.kind === 'quantity')?.key;
      const countUnit = countKey ? ctx.metrics.unitOf(countKey) : undefined;
      if (countKey && countUnit && labelUnit === 'table') {
        const countScale = /\(\s*'?000s?\s*\)|\bthousands?\b|\(k(?:oz|t|lbs?)\)/i.test(row.label)
          ? ('thousand' as const)
          : /\bmillions?\b|\(m\)|\(M(?:lbs?|oz|t)\)/.test(row.label)
            ? ('million' as const)
            : // "(In thousands, except per share data)" over "Weighted average shares: Basic  62,104": the header's
              // scale counts everything but per-share figures, shares included.
              countUnit === 'shares' && header.perShareInUnits
              ? header.scale
              : ('one' as const);
        // ("Book-to-bill ratio  1.05  1.01  1.07  1.03" under two change columns too: the figure columns only.)
        const countCellAt = (n: number) =>
          byPosition
            ? byPosition.get(n)
            : cells.length === figures.length && cells.length < columns.length
              ? cells[figures.indexOf(columns[n]!)]
              : cells[n];
        const countFacts: RowFacts = [];
        if (byPosition || cells.length === figures.length || cells.length === columns.length)
          columns.forEach((column, n) => {
            const cell = countCellAt(n);
            if (
              !cell ||
              cell.value === undefined ||
              cell.percent ||
              column.change ||
              column.superseded ||
              !column.period
            )
              return;
            const fact = cellFact({
              metric: countKey,
              offering: lineUnder ?? lineRow ?? (labelMetric ? lineHeading : undefined),
              period: column.period,
              basis: column.basis,
              amount: { value: cell.value, scale: countScale, unit: labelCountUnit ?? countUnit },
              quote,
              reasons: [
                `table row '${row.label.trim()}', column '${column.text.trim()}'`,
                `a count of ${countUnit}, scale from the ${countScale !== 'one' && !/\d|thousand|million/i.test(row.label) ? 'table header' : 'row label'}`,
              ],
            });
            countFacts.push({ fact, column });
            facts.push({ fact, rowLine: printedLines[k - row.lines + 1]! });
          });
        // ("FFB production (mt)  338,412  327,905  3.2%": a count's change, as a figure's.)
        withPrintedChanges(countFacts, columns, countCellAt, quote);
        continue;
      }
      // "Copper sales (kt)": a weight, no money, whatever metric "sales" names.
      if (labelCountUnit) continue;
      // "Basic EPS (Rs)", "EPS (¥)": a per-share row names its own currency.
      const labelCurrency = /\(([^()\d]{1,8})\)/.exec(row.label)?.[1];
      // (A bare "$" is the document's dollar: the table's unit says which.)
      const unit =
        rowUnit?.unit ??
        (labelCurrency && labelCurrency.trim() !== '$' ? currencyCode(labelCurrency) : undefined) ??
        tableUnit;
      const scale =
        rowUnit?.scale ?? (header.pricesIn && /\bprices?\b/i.test(row.label) ? header.pricesIn : header.scale);
      if (labelUnit !== 'percent' && !unit) continue;
      // "EPS (p)", "Dividend per share (Singapore cents)": a minor unit (GBX, "SGD cents").
      const minor = /\(([^()]*?\b(?:pence|cents?)|p|c|sen)(?:\s+per\s+share)?\)|\b(pence)\b/i.exec(row.label);
      const perShareUnit = (minor && minorUnit(minor[1] ?? minor[2]!, unit)) ?? unit;
      if (!unitLine && !ctx.documentUnit && !rowUnit && labelUnit === 'table') continue; // no unit anywhere
      const readings = metric.readings;
      const read =
        labelUnit === 'percent'
          ? readings.find((r) => r.kind === 'percent')?.key
          : readings.find((r) => r.kind === 'money')?.key;
      // "FFO  121.4  113.5" over "  Per share  1.14  1.07" (or "  Per diluted share"): the per-share figure of the row above.
      // ("  Per share - basic ($)" and "  Per share - diluted ($)" under "Net earnings": basic and diluted EPS apart.)
      const perShareRow = /^\s+per\s+(?:(?:diluted|basic|common)\s+)?share\b/i.test(line);
      const perShareOfRowAbove = perShareRow && rowAbove ? ctx.metrics.perShareOf(rowAbove) : undefined;
      const basicOnly =
        /\bbasic\b(?!\s+(?:and|&)\s+diluted)/i.test(row.label) && !/\bdiluted\s+(?:and|&)\s+basic\b/i.test(row.label);
      const perShareOfAbove =
        perShareRow && basicOnly && (perShareOfRowAbove ?? read) === 'earningsPerShare'
          ? 'basicEarningsPerShare'
          : perShareOfRowAbove;
      // "Comparable EBIT  128  164" over "  % of sales  6.9  8.5": the margin of the row above.
      const marginOfAbove =
        MARGIN_ROW.test(row.label) && rowAbove && /^\s+/.test(line) ? ctx.metrics.marginOf(rowAbove) : undefined;
      const key =
        marginOfAbove ?? (perShareTable && read ? ctx.metrics.perShareOf(read) : undefined) ?? perShareOfAbove ?? read;
      if (!key) continue;
      // (The per-share rows under a metric are all that metric's: "Per share - diluted" after "Per share - basic".)
      if (!perShareOfAbove) rowAbove = key;
      // "Net sales   184,652   4.7%   176,318   6.2%" under "Six months ended" twice (a kessan tanshin, its note
      // "Percentages indicate year-on-year changes"): each figure with its own change after it.
      const paired =
        percentsAreChanges &&
        !byPosition &&
        figures.length === columns.length &&
        cells.length === 2 * figures.length &&
        cells.every((c, n) => (n % 2 === 1 ? c.percent || c.value === undefined : !c.percent));
      if (!byPosition && !paired && (cells.length < figures.length || cells.length > columns.length)) {
        decisions.push({
          rowLine: printedLines[k]!,
          quote,
          question: `table row '${row.label.trim()}': ${cells.length} cells under ${columns.length} columns (${columns.map((c) => c.text.trim()).join(' | ')}); which is which?`,
        });
        continue;
      }
      // "Operating margin, %  11.0  10.2    10.6  10.0": a row with no change cells fills only the figure columns.
      // "Net debt (R$ billion)   14.2   12.9   10.1%   13.6   4.4%": a money row's cells run left to right, its
      // changes (percent cells) in the change columns, the columns it has no cells for at the end.
      const inOrder =
        byPosition ??
        (paired ? new Map(columns.map((_, n) => [n, cells[2 * n]!] as const)) : undefined) ??
        (cells.length < columns.length && labelUnit !== 'percent' && cells.some((c) => c.percent)
          ? alignedInOrder(columns, cells)
          : undefined);
      const figuresOnly = !inOrder && cells.length === figures.length && cells.length < columns.length;
      const cellAt = (n: number) =>
        inOrder ? inOrder.get(n) : figuresOnly ? cells[figures.indexOf(columns[n]!)] : cells[n];
      const rowFacts: { fact: DraftFact; column: Column }[] = [];
      const superseded = columns
        .map((c, n) =>
          c.superseded && cells[n]?.value !== undefined ? `${c.text.trim()} ${cells[n]!.text}` : undefined,
        )
        .filter((x) => x !== undefined);
      columns.forEach((column, n) => {
        const cell = cellAt(n);
        if (!cell || cell.value === undefined || column.change || column.superseded || !column.period) return;
        // A percent cell only in a percent row; a percent row's cells may print no "%" ("Churn (% per month)").
        if (cell.percent && labelUnit !== 'percent') return;
        // A second-currency column beside a row with its own unit ("EPS (Rp)", "Capex (Rp bn)"): no reading of it.
        if (column.unit && firstUnit && column.unit.unit !== firstUnit.unit && (labelUnit !== 'table' || rowUnit))
          return;
        const amount: Amount =
          labelUnit === 'percent'
            ? { value: cell.value, scale: 'one', unit: 'percent' }
            : labelUnit === 'per-share'
              ? { value: cell.value, scale: 'one', unit: perShareUnit! }
              : column.unit && !rowUnit
                ? {
                    value: scaled(metric.loss && cell.value > 0 ? -cell.value : cell.value, column.unit),
                    scale: column.unit.scale,
                    unit: column.unit.unit!,
                  }
                : {
                    value: scaled(metric.loss && cell.value > 0 ? -cell.value : cell.value, rowUnit ?? header),
                    scale,
                    unit: unit!,
                  };
        // The same figure in a second currency ("21,483  …  1,318.0" under "(Rp bn) … (US$ mn)"): one fact, two amounts.
        const twin = column.unit
          ? rowFacts.find(
              (r) =>
                r.column.unit &&
                r.column.unit.unit !== column.unit!.unit &&
                r.fact.basis === column.basis &&
                samePeriod(r.fact.period, column.period!),
            )
          : undefined;
        if (twin) {
          twin.fact.amounts.push(amount);
          return;
        }
        const fact = cellFact({
          metric: key,
          offering,
          period: column.period,
          basis: column.basis,
          amount,
          quote,
          reasons: [
            `table row '${row.label.trim()}', column '${column.text.trim()}'`,
            rowUnit
              ? `unit and scale from the row label '${row.label.trim()}'`
              : unitLine
                ? `unit and scale from the header '${printedLines[unitAt]!.trim()}'${header.unit ? '' : ` (currency: the document's, ${unit})`}`
                : ctx.documentUnit && labelUnit === 'table'
                  ? `unit and scale the document states: '${ctx.documentUnit.quote}'`
                  : `unit from the row label '${row.label.trim()}'`,
            ...(column.basis === 'guidance' ? ['guidance: a forecast column or table'] : []),
            ...superseded.map((x) => `not drafted: ${x} (what this replaces)`),
          ],
        });
        rowFacts.push({ fact, column });
        facts.push({ fact, rowLine: printedLines[k - row.lines + 1]!, rowLabel: row.label });
      });
      if (paired)
        for (const { fact, column } of rowFacts) {
          const change = cells[2 * columns.indexOf(column) + 1];
          if (change?.value !== undefined) fact.comparisons.push(printedChange(fact.period, change.value, quote));
        }
      // "Q3 2025  Q3 2024  Reported  LfL*": a growth column is the later figure's organic (or constant-currency)
      // growth, an amount of its own; beside a line's shares of revenue, its revenue's ("BFSI  32.4  31.1  8.3" under
      // "Revenue by vertical (% of revenue) … YoY CC growth %").
      const ofRevenue = key === 'revenue' || (shareMetric !== undefined && lineMetric?.key === 'revenue');
      columns.forEach((c, n) => {
        const cell = cellAt(n);
        if (!c.growth || cell?.value === undefined || !ofRevenue) return;
        const since = columns.slice(0, n).findLastIndex((x) => x.growth !== undefined);
        const later = rowFacts
          .filter(({ column }) => columns.indexOf(column) > since && columns.indexOf(column) < n)
          .sort((a, b) => periodOrder(b.fact.period) - periodOrder(a.fact.period))[0];
        if (!later) return;
        const fact = growthFact({
          growth: c.growth,
          later: later.fact,
          value: cell.value,
          offering,
          quote,
          reason: `table row '${row.label.trim()}', growth column '${c.text.trim()}' beside '${later.column.text.trim()}'`,
        });
        facts.push({ fact, rowLine: printedLines[k - row.lines + 1]! });
      });
      withPrintedChanges(rowFacts, columns, cellAt, quote);
    }
    withNonControllingInterests(facts, tableStart);
    withoutGrossRevenueBesideNet(facts, tableStart);
    if (unitLine) previous = { header: unitLine, unitAt, end: k };
    i = Math.max(i, k - 1);
  }
  return { facts, decisions };
}

/** A row's figures and the cell each column holds: what its change columns are read against. */
type RowFacts = { fact: DraftFact; column: Column }[];

/**
 * The changes a row prints in its change columns, as comparisons of its figures: against the period a column names,
 * of the latest of three figures or more, of the first two figure columns, of the figures since the change before.
 */
function withPrintedChanges(
  rowFacts: RowFacts,
  columns: readonly Column[],
  cellAt: (n: number) => Cell | undefined,
  quote: string,
): void {
  // "% Change vs. 2Q25  vs. 3Q24": each change column is of the latest figure against the period it names
  // ("4Q25 vs 3Q25": of the period it names first).
  const latest = [...rowFacts].sort((a, b) => periodOrder(b.fact.period) - periodOrder(a.fact.period))[0];
  columns.forEach((c, n) => {
    const cell = c.base ? cellAt(n) : undefined;
    const of = c.of ? rowFacts.find(({ fact }) => samePeriod(fact.period, c.of!)) : latest;
    if (!c.base || !of || cell?.value === undefined) return;
    of.fact.comparisons.push(
      printedChange(of.fact.period, cell.value, quote, c.base, cell.points ? 'absolute' : 'percent'),
    );
  });
  if (columns.some((c) => c.base)) return;
  // "3Q24  2Q25  3Q25  %YoY  %QoQ": after three figures or more a change column is of the latest, against
  // the base its header names (the quarter before for QoQ, else the year before); change columns side by
  // side share the figures before them.
  const byGroup = new Set<number>();
  let group: typeof rowFacts = [];
  columns.forEach((c, n) => {
    if (c.change !== 'percent' || c.growth) return;
    const previousChange = columns.slice(0, n).findLastIndex((x) => x.change !== undefined && !x.growth);
    const since = rowFacts.filter(({ column }) => {
      const at = columns.indexOf(column);
      return at > previousChange && at < n;
    });
    if (since.length > 0) group = since;
    const cell = cellAt(n);
    if (group.length < 3 || cell?.value === undefined) return;
    const latest = [...group].sort((a, b) => periodOrder(b.fact.period) - periodOrder(a.fact.period))[0]!;
    const basePeriod = stepBack(c, latest.fact.period) ?? priorPeriod(latest.fact.period, 'year');
    if (!basePeriod || !group.some(({ fact }) => samePeriod(fact.period, basePeriod))) return;
    latest.fact.comparisons.push(
      printedChange(latest.fact.period, cell.value, quote, basePeriod, cell.points ? 'absolute' : 'percent'),
    );
    byGroup.add(n);
  });
  // A change column compares the first figure column with the second.
  const changeAt = columns.findIndex((c, n) => c.change === 'percent' && !c.growth && !byGroup.has(n));
  const change = changeAt >= 0 ? cellAt(changeAt) : undefined;
  // The later of the first two figure columns is the one the change is of ("1H FY2009  1H FY2010  YoY")
  // (after change columns read by group, the first two since the last of them).
  const lastByGroup = Math.max(-1, ...[...byGroup].filter((n) => n < changeAt));
  const [first, second] = rowFacts.filter(({ column }) => columns.indexOf(column) > lastByGroup);
  const [current, base] =
    first && second && periodOrder(second.fact.period) > periodOrder(first.fact.period)
      ? [second, first]
      : [first, second];
  // A single figure column with a change: "% represents change from the previous fiscal year".
  // "+80bps" beside a margin: a change in points, absolute.
  const changeUnit = change?.points ? ('absolute' as const) : ('percent' as const);
  if (change?.value !== undefined && current && !base)
    current.fact.comparisons.push(
      printedChange(
        current.fact.period,
        change.value,
        quote,
        stepBack(columns[changeAt]!, current.fact.period),
        changeUnit,
      ),
    );
  if (change?.value !== undefined && current && base && !samePeriod(current.fact.period, base.fact.period))
    current.fact.comparisons.push(
      printedChange(current.fact.period, change.value, quote, base.fact.period, changeUnit),
    );
  // A later change column is of the figure columns since the one before: a pair ("… FY 2024  FY 2023  % change")
  // compares its later figure with the other; a single one ("… 3Q23  YoY") is the current figure's base.
  columns.forEach((c, n) => {
    if (n <= changeAt || c.change !== 'percent' || c.growth || byGroup.has(n)) return;
    const previousChange = columns.slice(0, n).findLastIndex((x) => x.change !== undefined && !x.growth);
    const segment = rowFacts.filter(({ column }) => {
      const at = columns.indexOf(column);
      return at > previousChange && at < n;
    });
    const [a, b] = segment;
    const pair: readonly [(typeof rowFacts)[number], (typeof rowFacts)[number]] | undefined =
      segment.length === 2 && a && b
        ? periodOrder(b.fact.period) > periodOrder(a.fact.period)
          ? [b, a]
          : [a, b]
        : segment.length === 1 && current && segment[0] !== current
          ? [current, segment[0]!]
          : undefined;
    const later = cellAt(n);
    // "Q2 FY26   QoQ growth   YoY growth": one figure, each change against its own base.
    if (!pair && segment.length === 0 && current && !base && later?.value !== undefined) {
      const printed = printedChange(
        current.fact.period,
        later.value,
        quote,
        stepBack(c, current.fact.period),
        later.points ? 'absolute' : 'percent',
      );
      if (!current.fact.comparisons.some((x) => samePeriod(x.basePeriod, printed.basePeriod)))
        current.fact.comparisons.push(printed);
      return;
    }
    if (!pair || later?.value === undefined) return;
    const [of, against] = pair;
    if (of.fact.comparisons.some((x) => samePeriod(x.basePeriod, against.fact.period))) return;
    of.fact.comparisons.push(
      printedChange(of.fact.period, later.value, quote, against.fact.period, later.points ? 'absolute' : 'percent'),
    );
  });
}
