/**
 * Figures in tables: a unit header ("(Millions of yen, except per share data)", "(JPY Millions)",
 * "(In millions of U.S. dollars)"), a column header naming periods ("FY2013  FY2012  Change") or
 * forecasts ("Previous forecast (A)  Revised forecast (B)"), and rows that are a metric label and
 * numbers only ("Net sales   123,456   110,234   12.0%"). A row becomes one fact per period column,
 * with the table's unit and scale; a "%" column after the periods is the change between the first
 * two. The quote runs from the header to the row, so it holds the label, the column and the unit.
 * Chart axes in OCR decks also sit under "(JPY Millions)", but their lines are bare numbers or
 * carry prose after the number: only a line that is a label and numbers, under a column header,
 * is a row. Pure; works on a section's raw lines.
 */
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import { collapseWhitespace } from '../seed/text.js';
import type { Decision, DraftFact } from './draftFacts.js';
import { comparisonKind, findPeriods, samePeriod, type FiscalCalendar } from './fiscalPeriods.js';
import { repairOcrDigits } from './amountMentions.js';
import type { MetricMatcher } from './metricMentions.js';

export interface TableContext {
  readonly metrics: MetricMatcher;
  readonly calendar: FiscalCalendar;
  /** The period of the heading or slide the table sits under: a forecast table's period. */
  readonly headingPeriod?: PeriodRef | undefined;
  readonly documentPeriod?: PeriodRef | undefined;
  /** The table sits under an outlook heading: its figures are guidance. */
  readonly outlook?: boolean;
  /** The currency the document's amounts are mostly in, for a header that names none ("(in thousands)"). */
  readonly defaultCurrency?: string | undefined;
}

type Scale = Amount['scale'];

interface UnitHeader {
  /** Absent when the header names no currency ("(in thousands)"). */
  readonly unit?: string;
  readonly scale: Scale;
  /** "except per share data": per-share rows are in the currency itself. */
  readonly perShareInUnits: boolean;
}

const SCALES: Record<string, Scale> = {
  thousand: 'thousand',
  thousands: 'thousand',
  million: 'million',
  millions: 'million',
  billion: 'billion',
  billions: 'billion',
};
const CURRENCIES: readonly [RegExp, string][] = [
  [/^(?:yen|JPY|¥|￥)$/i, 'JPY'],
  [/^(?:(?:U\.?S\.?\s*)?dollars?|USD|US\$|\$)$/i, 'USD'],
  [/^(?:euros?|EUR|€)$/i, 'EUR'],
  [/^(?:pounds?|GBP|£)$/i, 'GBP'],
  [/^(?:AUD|A\$)$/i, 'AUD'],
  [/^(?:CAD|C\$)$/i, 'CAD'],
  [/^(?:NZ\$)$/i, 'NZD'],
  [/^(?:HK\$)$/i, 'HKD'],
  [/^(?:S\$)$/i, 'SGD'],
];
const currencyOf = (word: string) => CURRENCIES.find(([re]) => re.test(word.trim()))?.[1];

/** "(Millions of yen)", "(In millions of U.S. dollars, except per share amounts)", "(JPY Millions)", "(Unit: million yen)". */
export function unitHeader(line: string): UnitHeader | undefined {
  const inside = /\(([^()]{2,90})\)/.exec(line)?.[1];
  if (!inside) return undefined;
  const perShareInUnits = /except\s+(?:for\s+)?per[\s-]share/i.test(inside);
  const lead = String.raw`^\s*(?:unit\s*:\s*|in\s+|amounts\s+in\s+)?`;
  const ofForm = new RegExp(String.raw`${lead}(${SCALE_WORDS})\s+of\s+(${CURRENCY_WORDS})`, 'i').exec(inside);
  if (ofForm) return header(ofForm[2]!, ofForm[1]!, perShareInUnits);
  const prefixed = new RegExp(
    String.raw`${lead}(${CURRENCY_WORDS})\s*(?:in\s+)?(${SCALE_WORDS})(?![A-Za-z])`,
    'i',
  ).exec(inside);
  if (prefixed) return header(prefixed[1]!, prefixed[2]!, perShareInUnits);
  const suffixed = new RegExp(String.raw`${lead}(${SCALE_WORDS})\s+(?:of\s+)?(${CURRENCY_WORDS})`, 'i').exec(inside);
  if (suffixed) return header(suffixed[2]!, suffixed[1]!, perShareInUnits);
  // "(in thousands, except per share data)": the currency is the document's (TableContext.defaultCurrency).
  const bare = /^\s*in\s+(thousands|millions|billions)\b/i.exec(inside);
  if (bare) return { scale: SCALES[bare[1]!.toLowerCase()]!, perShareInUnits };
  return undefined;
}

const SCALE_WORDS = String.raw`thousands?|millions?|billions?|m|mn|bn|k`;
const CURRENCY_WORDS = String.raw`(?:U\.?S\.?\s*)?dollars?|yen|euros?|pounds?|JPY|USD|EUR|GBP|AUD|CAD|US\$|A\$|C\$|NZ\$|HK\$|S\$|\$|¥|￥|€|£`;

function header(currency: string, scale: string, perShareInUnits: boolean): UnitHeader | undefined {
  const unit = currencyOf(currency);
  const s = scale.toLowerCase();
  const known =
    SCALES[s] ?? (s === 'm' || s === 'mn' ? 'million' : s === 'bn' ? 'billion' : s === 'k' ? 'thousand' : undefined);
  return unit && known ? { unit, scale: known, perShareInUnits } : undefined;
}

const periodOrder = (p: PeriodRef) => p.fiscalYear * 100 + (p.quarter ? p.quarter * 3 : (p.months ?? 12));

/** One cell: a number (△, ▲, a minus or parentheses make it negative), a percent, or an empty dash. */
const CELL = String.raw`(?:[$¥€£]\s*)?(?:[△▲+\-−]\s?)?\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?|(?:[$¥€£]\s*)?(?:[△▲+\-−]\s?)?\(?\d+(?:\.\d+)?\)?%?|[—–-]|n\/?a`;
const ROW = new RegExp(String.raw`^\s*([A-Za-z][A-Za-z0-9$£€¥ ,'’()&/%.-]*?[A-Za-z)%])((?:\s+(?:${CELL}))+)\s*$`, 'i');

interface Cell {
  readonly text: string;
  readonly value?: number;
  readonly percent: boolean;
}

function cellsOf(text: string): Cell[] {
  return [...text.matchAll(new RegExp(CELL, 'gi'))]
    .map((m) => m[0].replace(/\s+/g, '').replace(/^[$¥€£]/, ''))
    .map((t) => {
      const m = /^([△▲+\-−])?\(?([\d,]+(?:\.\d+)?)\)?(%)?$/.exec(t);
      if (!m) return { text: t, percent: false };
      const negative = (m[1] !== undefined && m[1] !== '+') || /^\(.*\)%?$/.test(t);
      const n = Number(m[2]!.replace(/,/g, ''));
      return { text: t, value: negative ? -n : n, percent: m[3] !== undefined };
    });
}

interface Column {
  readonly period?: PeriodRef | undefined;
  readonly basis: 'actual' | 'guidance';
  /** A column of changes (%, "Change", "YoY", "Difference"). */
  readonly change?: 'percent' | 'absolute';
  /** A forecast the revision replaces: kept out of the draft. */
  readonly superseded?: boolean;
  readonly text: string;
}

const CHANGE_HEADER = /\b(?:change|YoY|Y\/Y|increase|inc\.\/dec\.|difference)\b|%/i;
const FORECAST = /\b(?:forecasts?|plan|targets?|outlook|estimates?|guidance|projections?)\b/i;
const ACTUAL = /\b(?:actual|results?)\b/i;

/** A line that is nothing but period labels ("Q2 FY13   Q2 FY12"), at least two. */
function isPeriodLine(line: string, calendar: FiscalCalendar): boolean {
  const found = findPeriods(line, calendar);
  if (found.length < 2) return false;
  let rest = line;
  for (const p of [...found].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  // "H1 FY25    H1 FY24    Change": change columns may follow.
  return rest.replace(new RegExp(CHANGE_HEADER.source, 'gi'), '').replace(/[()]/g, '').trim() === '';
}

/**
 * Columns whose header is written over several lines, the last of them years ("2013  2012"): each
 * year takes the words above it (by column position) — "Three Months Ended September 30, 2013".
 */
function composedColumns(
  lines: readonly string[],
  from: number,
  to: number,
  ctx: TableContext,
  tableGuidance: boolean,
): [Column[], number] | undefined {
  for (let j = from; j < to; j++) {
    const years = [...lines[j]!.matchAll(/\b(?:19|20)\d{2}\b/g)];
    if (years.length < 2 || lines[j]!.replace(/\b(?:19|20)\d{2}\b/g, '').trim() !== '') continue;
    const above = lines.slice(from, j).filter((l) => l.trim() !== '' && !unitHeader(l));
    const columns: Column[] = [];
    for (const y of years) {
      const start = y.index;
      const end = start + y[0].length;
      const words = above
        .map((l) => chunksOf(l).find((ch) => ch.start <= end + 2 && ch.end >= start - 2)?.text)
        .filter((t) => t !== undefined);
      const text = `${words.join(' ')} ${y[0]}`;
      const period = findPeriods(text, ctx.calendar).at(-1);
      if (!period || !text.endsWith(period.text.replace(/^.*?(\d{4})$/, '$1'))) return undefined;
      columns.push({ period: period.period, basis: tableGuidance ? 'guidance' : 'actual', text });
    }
    return [columns, j];
  }
  return undefined;
}

/** The columns a header line names, in order; undefined when it names no period and no forecast. */
function columnsOf(line: string, ctx: TableContext, tableGuidance: boolean): Column[] | undefined {
  const periods = findPeriods(line, ctx.calendar);
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
    for (const m of line.slice(hit.index + hit[0].length).matchAll(new RegExp(CHANGE_HEADER.source, 'gi')))
      out.push({ basis: 'actual', change: /difference/i.test(m[0]) ? 'absolute' : 'percent', text: m[0] });
    return out;
  }
  const out: Column[] = [];
  periods.forEach((p, i) => {
    const rest = line.slice(p.end, periods[i + 1]?.start ?? line.length);
    const own = rest.slice(0, rest.search(CHANGE_HEADER) < 0 ? rest.length : rest.search(CHANGE_HEADER));
    const text = `${p.text}${own}`;
    const basis = ACTUAL.test(own)
      ? 'actual'
      : FORECAST.test(own) || (tableGuidance && !ACTUAL.test(line))
        ? 'guidance'
        : 'actual';
    out.push({ period: p.period, basis, text });
  });
  // Change columns after the last period: "Change", "YoY", "%".
  const tail = line.slice(periods.at(-1)!.end);
  for (const m of tail.matchAll(new RegExp(CHANGE_HEADER.source, 'gi')))
    out.push({ basis: 'actual', change: /difference/i.test(m[0]) ? 'absolute' : 'percent', text: m[0] });
  return out;
}

/** A row: a metric label, then cells only. "Profit attributable to" + "owners of parent  7,890" is one row. */
function rowOf(line: string, next: string | undefined): { label: string; cells: string; lines: 1 | 2 } | undefined {
  const own = ROW.exec(line);
  // "Profit attributable to owners  1,903  2,288" over "of parent": the label wraps below its cells.
  if (own && next !== undefined && /^\s*(?:of|to|and|in|for|the|per)\b[a-z ]*$/.test(next))
    return { label: `${own[1]!} ${next.trim()}`, cells: own[2]!, lines: 2 };
  if (own) return { label: own[1]!, cells: own[2]!, lines: 1 };
  if (next && /^\s*[A-Za-z][A-Za-z ,'’()&/-]*$/.test(line) && /^\s*[a-z]/.test(next)) {
    const joined = rowOf(`${line.trimEnd()} ${next.trim()}`, undefined);
    if (joined) return { ...joined, lines: 2 };
  }
  return undefined;
}

export interface TableDraft {
  /** Each fact with the raw line of its row (to find its section). */
  readonly facts: { fact: DraftFact; rowLine: string }[];
  readonly decisions: (Decision & { rowLine: string })[];
}

/** The facts the tables in a section's lines state (see the module comment). */
export function draftTables(printedLines: readonly string[], ctx: TableContext): TableDraft {
  // Cells are read as OCR would have meant them ("6O2" → 602); quotes stay the printed text.
  const lines = printedLines.map(repairOcrDigits);
  const facts: { fact: DraftFact; rowLine: string }[] = [];
  const decisions: (Decision & { rowLine: string })[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A table starts at a unit header, or (a deck's "Key metrics": units in the row labels) at a line of periods only.
    const periodsOnly = isPeriodLine(lines[i]!, ctx.calendar) && rowOf(lines[i + 1] ?? '', lines[i + 2]) !== undefined;
    const unitLine = unitHeader(lines[i]!);
    if (!unitLine && !periodsOnly) continue;
    const header: UnitHeader = unitLine ?? { scale: 'one', perShareInUnits: true };
    const tableUnit = header.unit ?? ctx.defaultCurrency;
    // The title over the table ("Forecast for FY2014", "Revised full-year forecast") says if it is guidance.
    const title = lines.slice(Math.max(0, i - 2), i + 1).join(' ');
    const tableGuidance = ctx.outlook === true || FORECAST.test(title);
    const titlePeriod = findPeriods(title, ctx.calendar).at(-1)?.period;
    const tableCtx = titlePeriod ? { ...ctx, headingPeriod: titlePeriod } : ctx;
    // The column header: the header line itself or one of the next three lines.
    let columns: Column[] | undefined;
    let headerAt = i;
    for (let j = i; j < Math.min(lines.length, i + 4) && !columns; j++) {
      const candidate = j === i ? lines[j]!.replace(/\([^()]*\)/, ' ') : lines[j]!;
      columns = columnsOf(candidate, tableCtx, tableGuidance);
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
      const composed = composedColumns(lines, i + 1, Math.min(lines.length, i + 7), tableCtx, tableGuidance);
      if (composed) [columns, headerAt] = composed;
    }
    if (!columns) continue;
    // "FY2017 FY2018 FY2018" over "Results Previous Revised": the line below says what each period column is.
    const basisWords = lines[headerAt + 1]?.trim().split(/\s+/) ?? [];
    const periodColumns = columns.filter((c) => !c.change);
    if (
      basisWords.length === periodColumns.length &&
      basisWords.every((w) => /^(?:results?|actual|previous|initial|revised|forecast|plan|estimate|target)$/i.test(w))
    ) {
      const byColumn = new Map(periodColumns.map((c, n) => [c, basisWords[n]!.toLowerCase()]));
      columns = columns.map((c) => {
        const word = byColumn.get(c);
        if (!word) return c;
        const text = `${c.text.trim()} ${basisWords[periodColumns.indexOf(c)]}`;
        if (/^(?:results?|actual)$/.test(word)) return { ...c, basis: 'actual' as const, text };
        if (/^(?:previous|initial)$/.test(word)) return { ...c, basis: 'guidance' as const, superseded: true, text };
        return { ...c, basis: 'guidance' as const, text };
      });
      headerAt++;
    }
    const figures = columns.filter((c) => !c.change);
    let parent: string | undefined;
    let k = headerAt + 1;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.trim() === '') continue;
      if (unitHeader(line) && !rowOf(line, undefined)) break; // the next table
      const found = rowOf(line, lines[k + 1]);
      if (!found) {
        if (/\d/.test(line) && !/[A-Za-z]{3,}/.test(line)) continue; // a line of axis numbers
        if (
          rowOf(line, undefined) === undefined &&
          /^\s*[A-Za-z]/.test(line) &&
          !/\d/.test(line) &&
          lines[k + 1] &&
          rowOf(lines[k + 1]!, undefined)
        ) {
          // A sub-heading; "Net income (loss) per share:" heads the "Basic" and "Diluted" rows under it.
          parent = /:\s*$/.test(line) ? line.trim().replace(/:$/, '') : undefined;
          continue;
        }
        // One unreadable row ("Churn (% per month) l.4 1.6" before OCR repair) does not end the table.
        if (rowOf(lines[k + 1] ?? '', lines[k + 2]) !== undefined && /\d/.test(line)) continue;
        break;
      }
      // "  Basic  $ 0.09" under "Net income (loss) per share:" is "Basic net income (loss) per share".
      const row =
        parent && /^\s+/.test(line) && !ctx.metrics.find(found.label).length
          ? { ...found, label: `${found.label.trim()} ${parent}` }
          : found;
      const quote = collapseWhitespace(printedLines.slice(i, k + row.lines).join(' '));
      k += row.lines - 1;
      const metric = ctx.metrics.find(row.label)[0];
      if (!metric || quote.length > 2000) continue;
      const cells = cellsOf(row.cells);
      // A row's own unit ("Capex (A$m)", "Churn (% per month)") overrides the table's.
      const rowUnit = unitHeader(row.label);
      const labelUnit = /\((?:yen|¥|\$|US\$|A\$|dollars?|p|pence)(?:\s+per\s+\w+)?\)|per[\s-]share|\bEPS\b/i.test(
        row.label,
      )
        ? ('per-share' as const)
        : /\(%|\bratio\b|\bmargin\b/i.test(row.label)
          ? ('percent' as const)
          : ('table' as const);
      const unit = rowUnit?.unit ?? tableUnit;
      const scale = rowUnit?.scale ?? header.scale;
      if (labelUnit !== 'percent' && !unit) continue;
      // "(p)": pence, the unit GBX.
      const inPence = /\((?:p|pence)\)|\bpence\b/i.test(row.label);
      if (!unitLine && !rowUnit && labelUnit === 'table') continue; // no unit anywhere
      const readings = metric.readings;
      const key =
        labelUnit === 'percent'
          ? readings.find((r) => r.kind === 'percent')?.key
          : readings.find((r) => r.kind === 'money')?.key;
      if (!key) continue;
      if (cells.length < figures.length || cells.length > columns.length) {
        decisions.push({
          rowLine: printedLines[k]!,
          quote,
          question: `table row '${row.label.trim()}': ${cells.length} cells under ${columns.length} columns (${columns.map((c) => c.text.trim()).join(' | ')}); which is which?`,
        });
        continue;
      }
      const rowFacts: { fact: DraftFact; column: Column }[] = [];
      const superseded = columns
        .map((c, n) =>
          c.superseded && cells[n]?.value !== undefined ? `${c.text.trim()} ${cells[n]!.text}` : undefined,
        )
        .filter((x) => x !== undefined);
      columns.forEach((column, n) => {
        const cell = cells[n];
        if (!cell || cell.value === undefined || column.change || column.superseded || !column.period) return;
        // A percent cell only in a percent row; a percent row's cells may print no "%" ("Churn (% per month)").
        if (cell.percent && labelUnit !== 'percent') return;
        const amount: Amount =
          labelUnit === 'percent'
            ? { value: cell.value, scale: 'one', unit: 'percent' }
            : labelUnit === 'per-share'
              ? { value: cell.value, scale: 'one', unit: inPence ? 'GBX' : unit! }
              : {
                  value: metric.loss && cell.value > 0 ? -cell.value : cell.value,
                  scale,
                  unit: unit!,
                };
        const fact: DraftFact = {
          metric: key,
          period: column.period,
          basis: column.basis,
          amounts: [amount],
          approximate: false,
          comparisons: [],
          quote,
          confidence: 0.8,
          reasons: [
            `table row '${row.label.trim()}', column '${column.text.trim()}'`,
            rowUnit
              ? `unit and scale from the row label '${row.label.trim()}'`
              : unitLine
                ? `unit and scale from the header '${printedLines[i]!.trim()}'${header.unit ? '' : ` (currency: the document's, ${unit})`}`
                : `unit from the row label '${row.label.trim()}'`,
            ...(column.basis === 'guidance' ? ['guidance: a forecast column or table'] : []),
            ...superseded.map((x) => `not drafted: ${x} (what this replaces)`),
          ],
        };
        rowFacts.push({ fact, column });
        facts.push({ fact, rowLine: printedLines[k - row.lines + 1]! });
      });
      // A change column compares the first figure column with the second.
      const changeAt = columns.findIndex((c) => c.change === 'percent');
      const change = changeAt >= 0 ? cells[changeAt] : undefined;
      // The later of the first two figure columns is the one the change is of ("1H FY2009  1H FY2010  YoY").
      const [first, second] = rowFacts;
      const [current, base] =
        first && second && periodOrder(second.fact.period) > periodOrder(first.fact.period)
          ? [second, first]
          : [first, second];
      const previousYear = current
        ? { ...current.fact.period, fiscalYear: current.fact.period.fiscalYear - 1 }
        : undefined;
      // A single figure column with a change: "% represents change from the previous fiscal year".
      if (change?.value !== undefined && current && !base && previousYear) {
        current.fact.comparisons.push({
          kind: 'yoy',
          basePeriod: previousYear,
          ...(change.value !== 0 ? { change: { value: Math.abs(change.value), unit: 'percent' as const } } : {}),
          direction: change.value > 0 ? 'increase' : change.value < 0 ? 'decrease' : 'unchanged',
          quote,
        });
      }
      if (change?.value !== undefined && current && base && !samePeriod(current.fact.period, base.fact.period)) {
        current.fact.comparisons.push({
          kind: comparisonKind(current.fact.period, base.fact.period),
          basePeriod: base.fact.period,
          ...(change.value !== 0 ? { change: { value: Math.abs(change.value), unit: 'percent' as const } } : {}),
          direction: change.value > 0 ? 'increase' : change.value < 0 ? 'decrease' : 'unchanged',
          quote,
        });
      }
    }
    i = Math.max(i, k - 1);
  }
  return { facts, decisions };
}

/** A row of a table whose columns are metrics: a period or basis label, then cells after two spaces. */
const LABELLED_ROW = new RegExp(String.raw`^(\s*\S.*?\S)((?:\s{2,}(?:${CELL}))+)\s*$`, 'i');

interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The pieces of a header line, cut at runs of two or more spaces, with their columns. */
function chunksOf(line: string): Chunk[] {
  const UNIT_TOKEN = /(?:Millions|Thousands|Billions)\s+of\s+(?:yen|dollars|euros)|%|\bYen\b/gi;
  return [...line.matchAll(/\S+(?: \S+)*/g)].flatMap((m) => {
    // "Millions of yen % Millions of yen %": the unit words of a sub-header are columns of their own.
    const units = [...m[0].matchAll(UNIT_TOKEN)];
    const rest = m[0].replace(UNIT_TOKEN, '').trim();
    if (units.length < 2 || rest !== '') return [{ start: m.index, end: m.index + m[0].length, text: m[0] }];
    return units.map((u) => ({ start: m.index + u.index, end: m.index + u.index + u[0].length, text: u[0] }));
  });
}

/** "Net sales Millions of yen": the unit a column header names, in parentheses or not. */
function columnUnit(header: string): UnitHeader | undefined {
  const bare = /\b(thousands?|millions?|billions?)\s+of\s+(yen|dollars|euros)\b/i.exec(header);
  return unitHeader(header) ?? (bare ? unitHeader(`(${bare[0]})`) : undefined);
}

/** What a row label says: its period and basis, or that the row is a difference, or a superseded forecast. */
function readRowLabel(
  label: string,
  ctx: TableContext,
  titlePeriod: PeriodRef | undefined,
  titleGuidance: boolean,
): { period: PeriodRef; basis: 'actual' | 'guidance' } | 'superseded' | undefined {
  if (/\b(?:difference|change|increase|decrease)\b|%/i.test(label)) return undefined;
  if (/\b(?:previous|initial|prior)\b/i.test(label) && FORECAST.test(label)) return 'superseded';
  const period = findPeriods(label, ctx.calendar)[0]?.period;
  const basisWord = FORECAST.test(label) || /\brevised\b/i.test(label);
  if (period) return { period, basis: basisWord || (titleGuidance && !ACTUAL.test(label)) ? 'guidance' : 'actual' };
  const fallback = titlePeriod ?? ctx.documentPeriod;
  if (basisWord && fallback) return { period: fallback, basis: 'guidance' };
  return undefined;
}

/**
 * Tables whose columns are metrics and rows periods or forecasts, as a revision notice or a
 * dividend table prints them: "Net sales  Operating income …" over "Previous forecast (A)  56,000
 * 3,200 …", "Revised forecast (B)  51,500 …", "(Reference) Results for FY2007  57,940 …". A cell's
 * metric is the header text above it (headers wrap over lines, so they are matched by column
 * position); a superseded forecast is not drafted but named in the revised figure's reasons.
 */
export function draftMetricColumnTables(printedLines: readonly string[], ctx: TableContext): TableDraft {
  const lines = printedLines.map(repairOcrDigits);
  const facts: { fact: DraftFact; rowLine: string }[] = [];
  const rowMatch = (l: string | undefined) => (l === undefined ? null : (LABELLED_ROW.exec(l) ?? ROW.exec(l)));
  const isRow = (l: string | undefined) => {
    const m = rowMatch(l);
    return m !== null && cellsOf(m[2]!).length >= 2;
  };
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
    if (headerLines.length === 0 || ctx.metrics.find(headerLines.join(' ')).length < 2) continue;
    const tableUnit = headerLines.map(unitHeader).find((u) => u !== undefined) ?? columnUnit(headerLines.join(' '));
    const above = lines
      .slice(Math.max(0, top - 6), top)
      .filter((l) => l.trim() !== '')
      .slice(-3);
    const title = [...above, ...block.filter(isTitle)].join(' ');
    const titlePeriod = findPeriods(title, ctx.calendar).at(-1)?.period;
    const titleGuidance = FORECAST.test(title) || ctx.outlook === true;
    let end = r;
    while (isRow(lines[end + 1])) end++;
    const rows = lines.slice(r, end + 1).map((line, n) => ({ line, at: r + n, m: rowMatch(line)! }));
    // A header on one line with single spaces ("(JPY Millions) Net sales YoY Operating income") cannot be
    // matched by position: its columns are its metrics and change words, in order, when every row has as many cells.
    const joined = headerLines.join(' ');
    const named = ctx.metrics.find(joined);
    const byOrder = [
      ...named.map((m) => ({ at: m.start, text: m.text, change: false })),
      ...[...joined.matchAll(/\b(?:YoY|Y\/Y|QoQ|change)\b|%/gi)]
        .filter((c) => !named.some((m) => c.index >= m.start && c.index < m.end))
        .map((c) => ({ at: c.index, text: c[0], change: true })),
    ].sort((a, b) => a.at - b.at);
    const orderFits = headerLines.length === 1 && rows.every((row) => cellsOf(row.m[2]!).length === byOrder.length);
    // Where some rows say "forecast", the others (a "(Reference)" year) are actuals whatever the title says.
    const rowsSayForecast = rows.some((row) => FORECAST.test(row.m[1]!) || /\brevised\b/i.test(row.m[1]!));
    const read = rows.map((row) => {
      const own = readRowLabel(row.m[1]!, ctx, titlePeriod, titleGuidance && !rowsSayForecast);
      const prefixed =
        own || !rowPrefix
          ? undefined
          : readRowLabel(`${rowPrefix} ${row.m[1]!.trim()}`, ctx, titlePeriod, titleGuidance && !rowsSayForecast);
      // "Full year  113,500 …" under "Consolidated Forecast for FY2012": the title's year.
      const wholeYear =
        !own && !prefixed && titlePeriod && /^(?:full[\s-]year|annual|fiscal\s+year)$/i.test(row.m[1]!.trim())
          ? {
              period: { fiscalYear: titlePeriod.fiscalYear },
              basis: titleGuidance ? ('guidance' as const) : ('actual' as const),
            }
          : undefined;
      return { ...row, label: own ?? prefixed ?? wholeYear };
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
      let lastFact: DraftFact | undefined;
      for (const [n, c] of [...row.m[2]!.matchAll(new RegExp(CELL, 'gi'))].entries()) {
        const cell = cellsOf(c[0])[0];
        if (cell?.value === undefined) continue;
        const start = cellsAt + c.index + (c[0].length - c[0].trimStart().length);
        const end = cellsAt + c.index + c[0].length;
        if (orderFits && byOrder[n]?.change) {
          // "+9.4%" under "YoY": the change of the figure to its left against the year before.
          if (lastFact && lastFact.comparisons.length === 0)
            lastFact.comparisons.push({
              kind: 'yoy',
              basePeriod: { ...lastFact.period, fiscalYear: lastFact.period.fiscalYear - 1 },
              ...(cell.value !== 0 ? { change: { value: Math.abs(cell.value), unit: 'percent' as const } } : {}),
              direction: cell.value > 0 ? 'increase' : cell.value < 0 ? 'decrease' : 'unchanged',
              quote: collapseWhitespace(printedLines.slice(top, row.at + 1).join(' ')),
            });
          continue;
        }
        // The header chunk of each header line that overlaps the cell most (or, by order, the n-th column's).
        const header = orderFits
          ? byOrder[n]!.text
          : headerLines
              .map((l) => {
                const best = chunksOf(l)
                  .map((ch) => ({ ch, overlap: Math.min(ch.end, end + 2) - Math.max(ch.start, start - 2) }))
                  .filter((x) => x.overlap > 0)
                  .sort((a, b) => b.overlap - a.overlap)[0];
                return best?.ch.text;
              })
              .filter((t) => t !== undefined)
              .join(' ');
        const metric = ctx.metrics.find(header)[0];
        if (!metric) continue;
        // A "%" sub-column beside a figure: its change against the same period a year before (the table's note).
        const lowest = orderFits ? undefined : headerLines.at(-1);
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
          if (lastFact.comparisons.length === 0)
            lastFact.comparisons.push({
              kind: 'yoy',
              basePeriod: { ...lastFact.period, fiscalYear: lastFact.period.fiscalYear - 1 },
              ...(cell.value !== 0 ? { change: { value: Math.abs(cell.value), unit: 'percent' as const } } : {}),
              direction: cell.value > 0 ? 'increase' : cell.value < 0 ? 'decrease' : 'unchanged',
              quote: collapseWhitespace(printedLines.slice(top, row.at + 1).join(' ')),
            });
          continue;
        }
        const percent = /%|\bratio\b/i.test(header) || cell.percent;
        // "EPS … Yen": a sub-header naming the bare currency is a per-share column ("Millions of yen" is not).
        const perShare =
          /per[\s-]share|\((?:yen|¥|\$|US\$|dollars?)\)|\bEPS\b/i.test(header) || /(?<!\bof\s)\bYen$/.test(header);
        const own = columnUnit(header);
        const key = metric.readings.find((x) => x.kind === (percent ? 'percent' : 'money'))?.key;
        const unit = own?.unit ?? tableUnit?.unit ?? (/\byen\b|¥/i.test(header) ? 'JPY' : undefined);
        if (!key || (!percent && !unit)) continue;
        const amount: Amount = percent
          ? { value: cell.value, scale: 'one', unit: 'percent' }
          : perShare
            ? { value: cell.value, scale: 'one', unit: unit! }
            : { value: cell.value, scale: own?.scale ?? tableUnit?.scale ?? 'one', unit: unit! };
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
        const fact: DraftFact = {
          metric: key,
          ...(offering ? { offering } : {}),
          period,
          basis,
          amounts: [amount],
          approximate: false,
          comparisons: [],
          quote: collapseWhitespace(printedLines.slice(top, row.at + 1).join(' ')),
          confidence: 0.75,
          reasons: [
            `table row '${row.m[1]!.trim()}', column '${header}'`,
            ...(offering ? [`of the business line '${offering}' (a row of the table), period from the title`] : []),
            ...(basis === 'guidance' ? ['guidance: a forecast row or table'] : []),
            ...superseded.map((x) => `not drafted: ${x} (what this replaces)`),
          ],
        };
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

/** A line that is a table row (a label and at least two cells): the table readers' to read, not the sentence grammar's. */
export function isTableRow(line: string): boolean {
  const repaired = repairOcrDigits(line);
  const row = ROW.exec(repaired) ?? LABELLED_ROW.exec(repaired);
  return row !== null && cellsOf(row[2]!).filter((c) => c.value !== undefined).length >= 2;
}
