/**
 * Tables whose columns are metrics, each over its own period columns, and whose rows are business
 * lines — the segment table of a UK results announcement:
 *
 *                         Revenue (£m)               Adjusted operating profit (£m)
 *                         2024     2023    Change    2024     2023
 *   Roofing Products      268.3    255.9   +4.8%     33.6     31.2
 *   Group                 412.6    398.1   +3.6%     47.3     44.9
 *
 * A period column belongs to the metric header that starts at or before it (by column position);
 * a change column compares the two period columns of its group before it. A "Group" or "Total" row is
 * the company's; any other row is that business line's. Pure; works on the document's raw lines.
 */
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import { collapseWhitespace } from '../seed/text.js';
import type { DraftFact } from './draftFacts.js';
import { findPeriods } from './fiscalPeriods.js';
import { DATE_ONLY } from './periodColumnHeaders.js';
import {
  cellFact,
  cellsOf,
  COMPANY_ROW,
  chunksOf,
  growthOf,
  periodOrder,
  printedChange,
  growthFact,
  rowOf,
  scaled,
  tableLine,
  columnUnit,
  unitHeader,
  withoutUnit,
  type Chunk,
  type TableContext,
  type TableDraft,
  type UnitHeader,
} from './tableCells.js';

const YEAR = /^(?:19|20)\d{2}$/;
const CHANGE =
  /^(?:%|change|%\s*change|change\s*%|yoy|growth(?:,?\s*%)?|[A-Z]{3}\s*%|reported(?:\s*%)?|%?\s*(?:var|chg)\.?(?:\s*%)?)$/i;
/** A row label's first line, wrapped after a joining word ("Flatted Factories &", "Property, plant and"). */
const WRAPPED_LABEL = /^[A-Z][A-Za-z ,'-]{2,50}(?:&|\band|,)\s*$/;
/** "CER %", "LfL %", "Organic %": a growth column beside the reported change (its kind: growthOf). */
const GROWTH = /^(?:CER|cc|constant\s+currency|LfL|organic|like[-\s]for[-\s]like)\s*%?$/i;

interface MetricGroup {
  readonly start: number;
  readonly label: string;
  readonly key: string;
  readonly percent: boolean;
  readonly unit: UnitOfGroup;
}
/** 'unread': a count's group ("Sales volume ('000 MT)") beside the money ones; its cells are left to the curator. */
type UnitOfGroup = { readonly unit: string; readonly header: UnitHeader } | 'percent' | 'unread';

interface SubColumn {
  readonly group: MetricGroup;
  readonly period?: PeriodRef;
  readonly change?: boolean;
  readonly growth?: 'organic' | 'constantCurrency';
  readonly text: string;
}

/** The metric headers of a line ("Revenue (£m)   Adjusted operating profit (£m)"), two or more, each with its unit. */
function metricGroups(
  line: string,
  ctx: TableContext,
  below: () => UnitHeader | undefined,
  unitsUnder?: readonly { chunk: Chunk; header: UnitHeader | undefined }[],
): MetricGroup[] | undefined {
  const all = chunksOf(line);
  // "SEK m        Net sales        EBITA        EBITA margin, %": the table's unit may open the line.
  const ownUnit = leadingUnit(line, ctx);
  // (The unit below or above is looked for only when a header names none: most lines are no header at all.)
  let belowRead: { unit: UnitHeader | undefined } | undefined;
  const tableUnit = (chunk?: Chunk) =>
    (chunk && unitsUnder ? nearest(unitsUnder, chunk)?.header : undefined) ??
    ownUnit ??
    (belowRead ??= { unit: below() }).unit;
  const chunks = ownUnit ? all.slice(1) : all;
  if (chunks.length < 2) return undefined;
  const groups: MetricGroup[] = [];
  for (const chunk of chunks) {
    // "Margin" after "Adjusted operating profit": that metric's margin.
    const marginOfLast =
      /^margin(?:\s*\(?%\)?)?$/i.test(chunk.text) && groups.length > 0
        ? ctx.metrics.marginOf(groups.at(-1)!.key)
        : undefined;
    if (marginOfLast) {
      groups.push({ start: chunk.start, label: chunk.text, key: marginOfLast, percent: true, unit: 'percent' });
      continue;
    }
    const group = groupOf(chunk, ctx, () => tableUnit(chunk));
    if (!group) return undefined;
    groups.push(group);
  }
  // "EBITDA before special items   EBITDA margin, %": the margin of the adjusted figure the table shows, not
  // the plain one it does not.
  return groups.map((g) => {
    if (!g.percent || groups.some((m) => ctx.metrics.marginOf(m.key) === g.key)) return g;
    const adjusted = groups
      .map((m) => ctx.metrics.marginOf(m.key))
      .find((k) => k !== undefined && k !== g.key && k.toLowerCase().endsWith(g.key.toLowerCase()));
    return adjusted ? { ...g, key: adjusted } : g;
  });
}

/** The unit chunk centred nearest a header chunk. */
function nearest<T extends { chunk: Chunk }>(units: readonly T[], chunk: Chunk): T | undefined {
  const centre = (c: Chunk) => (c.start + c.end) / 2;
  return [...units].sort(
    (a, b) => Math.abs(centre(a.chunk) - centre(chunk)) - Math.abs(centre(b.chunk) - centre(chunk)),
  )[0];
}

/**
 * "('000 MT)    NZ$m    NZ$m" under "Sales volume    Revenue    Normalised EBIT": a line of units, one under each
 * metric header (a count's unit too), above the periods. Undefined unless the line is nothing else.
 */
function unitsUnderHeaders(line: string): { chunk: Chunk; header: UnitHeader | undefined }[] | undefined {
  const chunks = chunksOf(line);
  if (chunks.length < 2) return undefined;
  const units = chunks.map((chunk) => ({
    chunk,
    header: columnUnit(chunk.text),
    count: /^\(\s*'?000s?\b[^()]*\)$/.test(chunk.text),
  }));
  if (!units.every((u) => u.header || u.count) || !units.some((u) => u.header?.unit)) return undefined;
  return units.map(({ chunk, header }) => ({ chunk, header }));
}

/** The metric a header chunk names, with its unit: its own ("Revenue (£m)") or the table's. */
function groupOf(chunk: Chunk, ctx: TableContext, tableUnit: () => UnitHeader | undefined): MetricGroup | undefined {
  // "EBITDA Mg.": a margin, abbreviated as Latin American releases do.
  const text = chunk.text.replace(/\bMg\.?$/, 'margin');
  const metric = ctx.metrics.find(text)[0];
  if (!metric) return undefined;
  // "EBITDA margin, %", "Organic growth": a percent metric's group.
  const percent = /\(%\)|\bmargin\b|,\s*%/i.test(text) || metric.readings.every((r) => r.kind === 'percent');
  const reading = metric.readings.find((r) => r.kind === (percent ? 'percent' : 'money'));
  const count = metric.readings.find((r) => r.kind === 'quantity');
  if (!reading && count)
    return { start: chunk.start, label: chunk.text, key: count.key, percent: false, unit: 'unread' };
  if (!reading) return undefined;
  const header = unitHeader(chunk.text) ?? tableUnit();
  const unit = header?.unit ?? ctx.defaultCurrency;
  if (!percent && (!header || !unit)) return undefined;
  return {
    start: chunk.start,
    label: chunk.text,
    key: reading.key,
    percent,
    unit: percent ? 'percent' : { unit: unit!, header: header! },
  };
}

/**
 * Periods over their metrics ("2025   2024" over "(RMB million)  Revenue  GPM  Revenue  GPM  change", a caption
 * such as "Six months ended 30 June" above): each metric column is under the period centred nearest it, a
 * change column under the metric the period line names over it. One group per metric, its columns side by side.
 */
function periodsOverMetrics(lines: readonly string[], i: number, ctx: TableContext): SubColumn[] | undefined {
  if (!/\d{2}\b/.test(lines[i]!) || /\d/.test(lines[i + 1]!)) return undefined;
  const top = chunksOf(lines[i]!);
  const above = lines[i - 1]?.trim() ?? '';
  const caption = SPAN_CAPTION.test(above) && !rowOf(lines[i - 1]!, undefined) ? above : undefined;
  const periodOf = (text: string): PeriodRef | undefined => {
    if (YEAR.test(text))
      return caption ? findPeriods(`${caption} ${text}`, ctx.calendar).at(-1)?.period : { fiscalYear: Number(text) };
    const labelled = findPeriods(text, ctx.calendar);
    return labelled.length === 1 && labelled[0]!.text === text ? labelled[0]!.period : undefined;
  };
  // The period line's chunks, each read once: periods, and the metric names over change columns.
  const headers = top.map((chunk) => ({ chunk, period: periodOf(chunk.text) }));
  const periods = headers.flatMap(({ chunk, period }) => (period ? [{ chunk, period }] : []));
  const named = headers.filter((h) => !h.period).map((h) => h.chunk);
  if (periods.length < 2 || named.some((t) => ctx.metrics.find(t.text).length === 0)) return undefined;
  const metricLine = lines[i + 1]!;
  const lead = leadingUnit(metricLine, ctx);
  const tableUnit = () => lead ?? (caption ? unitHeader(caption) : undefined);
  const chunks = chunksOf(lead ? withoutUnit(metricLine) : metricLine);
  const centre = (c: Chunk) => c.start + c.text.length / 2;
  const groups = new Map<string, MetricGroup>();
  const out: SubColumn[] = [];
  for (const c of chunks) {
    if (CHANGE.test(c.text)) {
      // "Revenue" over "change": a change of that metric's figures.
      const over = named.find((t) => t.start <= c.end && t.end >= c.start);
      const key = over ? ctx.metrics.find(over.text)[0]?.key : undefined;
      const group = key ? groups.get(key) : undefined;
      if (!group) return undefined;
      out.push({ group, change: true, text: `${over!.text} ${c.text}` });
      continue;
    }
    const read = groupOf(c, ctx, tableUnit);
    if (!read) return undefined;
    const group = groups.get(read.key) ?? read;
    groups.set(read.key, group);
    const nearest = [...periods].sort(
      (a, b) => Math.abs(centre(a.chunk) - centre(c)) - Math.abs(centre(b.chunk) - centre(c)),
    )[0]!;
    out.push({ group, period: nearest.period, text: `${nearest.chunk.text} ${c.text}` });
  }
  return out.filter((c) => c.period).length >= 2 ? out : undefined;
}

/** "Six months ended 30 June", "Year ended 31 December": a caption that spans the years under it. */
const SPAN_CAPTION =
  /^(?:for\s+the\s+)?(?:three|six|nine|twelve|\d{1,2})\s+months\s+ended\b|^(?:for\s+the\s+)?years?\s+ended\b/i;

/** "Business areas, Q3", "Segments – Jan–Sep": a leading caption, no metric, ending in a part of the year. */
function periodCaption(line: string, ctx: TableContext): { part: string; end: number } | undefined {
  const first = chunksOf(line)[0];
  if (!first || first.start > 2 || ctx.metrics.find(first.text).length > 0) return undefined;
  const m =
    /(?:^|[,:–-]\s*)(Q1\s*[–-]\s*Q[2-4]|Q[1-4]|[1-4]Q|H[12]|[12]H|(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half|Jan(?:uary)?\s*[–-]\s*(?:Mar|Jun|Sep|Dec)[a-z]*)$/i.exec(
      first.text,
    );
  return m ? { part: m[1]!, end: first.end } : undefined;
}

/** The unit opening a line ("SEK m    Q3 2025 …", "£m    Revenue …"): a first chunk that is no metric and no figure. */
function leadingUnit(line: string, ctx: TableContext): UnitHeader | undefined {
  const lead = chunksOf(line)[0];
  return lead && lead.start <= 2 && !/\d/.test(lead.text) && ctx.metrics.find(lead.text).length === 0
    ? unitHeader(line)
    : undefined;
}

/** The period and change columns under the metric headers, each owned by the header starting at or before it. */
function subColumns(
  line: string,
  groups: readonly MetricGroup[],
  ctx: TableContext,
  part: string | undefined,
): SubColumn[] | undefined {
  // A header starts over its first column ("Revenue (£m)" over "2024   2023   Change") or is centred over its
  // columns ("Sales" over "H1 2025  H1 2024  CHF %  CER %"): the first reading that gives every metric a period.
  // Where both readings fit, the one that gives every metric as many columns as the others ("Revenue" and
  // "EBITDA" centred over "9M 2025  9M 2024  Var." each).
  const byStart = subColumnsBy(line, groups, ctx, 'start', part);
  const byCentre = subColumnsBy(line, groups, ctx, 'centre', part);
  const balanced = (columns: SubColumn[] | undefined) =>
    columns !== undefined && new Set(groups.map((g) => columns.filter((c) => c.group === g).length)).size === 1;
  // A metric never holds one period twice: "3Q25" left of "EBITDA (Ch$ MM)", centred over its columns, is EBITDA's.
  const coherent = (columns: SubColumn[] | undefined) =>
    columns !== undefined &&
    groups.every((g) => {
      const keys = columns.filter((c) => c.group === g && c.period).map((c) => JSON.stringify(c.period));
      return new Set(keys).size === keys.length;
    });
  if (byStart && !coherent(byStart)) return coherent(byCentre) ? byCentre : undefined;
  return byStart && byCentre && !balanced(byStart) && balanced(byCentre) ? byCentre : (byStart ?? byCentre);
}

function subColumnsBy(
  line: string,
  groups: readonly MetricGroup[],
  ctx: TableContext,
  by: 'start' | 'centre',
  part: string | undefined,
): SubColumn[] | undefined {
  const tokens = chunksOf(leadingUnit(line, ctx) ? withoutUnit(line) : line);
  if (tokens.length <= groups.length) return undefined;
  const centre = (at: number, text: string) => at + text.length / 2;
  const out: SubColumn[] = [];
  for (const t of tokens) {
    const group =
      by === 'start'
        ? groups.filter((g) => g.start <= t.end + 1).at(-1)
        : [...groups].sort(
            (a, b) =>
              Math.abs(centre(a.start, a.label) - centre(t.start, t.text)) -
              Math.abs(centre(b.start, b.label) - centre(t.start, t.text)),
          )[0];
    if (!group) return undefined;
    // "2024", or a period label ("Q3 2025", "H1 FY25") standing alone.
    const labelled = findPeriods(t.text, ctx.calendar);
    // "30 Sep 2025" under "Occupancy (%)": the balance at that date.
    const dated = DATE_ONLY.test(t.text) ? findPeriods(`as of ${t.text}`, ctx.calendar) : [];
    const period = YEAR.test(t.text)
      ? part
        ? findPeriods(`${part} ${t.text}`, ctx.calendar).at(-1)?.period
        : { fiscalYear: Number(t.text) }
      : labelled.length === 1 && labelled[0]!.text === t.text
        ? labelled[0]!.period
        : dated.length === 1
          ? dated[0]!.period
          : undefined;
    const growth = GROWTH.test(t.text) ? growthOf(t.text) : undefined;
    if (period) out.push({ group, period, text: t.text });
    else if (growth) out.push({ group, growth, text: t.text });
    else if (CHANGE.test(t.text)) out.push({ group, change: true, text: t.text });
    else return undefined;
  }
  // ("2025  %  2024  %" under "Adjusted EBITA (€m)": a bare % before another period of its metric is a margin, not a
  // change; such a header is not read.)
  if (out.some((c, n) => c.change && c.text === '%' && out.slice(n + 1).some((x) => x.group === c.group && x.period)))
    return undefined;
  // "Organic" over "growth": a growth metric's one column is the table's latest period.
  const latest = out.filter((c) => c.period).sort((a, b) => periodOrder(b.period!) - periodOrder(a.period!))[0]?.period;
  for (const [n, c] of out.entries())
    if (c.change && c.group.percent && latest && out.filter((x) => x.group === c.group).length === 1)
      out[n] = { group: c.group, period: latest, text: c.text };
  // Every metric owns at least one period.
  return groups.every((g) => out.some((c) => c.group === g && c.period !== undefined)) ? out : undefined;
}

/** The facts the grouped-column tables in a section's lines state (see the module comment). */
export function draftGroupedColumnTables(printedLines: readonly string[], ctx: TableContext): TableDraft {
  const lines = printedLines.map(tableLine);
  const facts: TableDraft['facts'] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    // "SEK m   Q3 2025   Q3 2024 …" under the metric headers: the unit may open the line of periods.
    // "Segment overview (DKK million)" a line or two above the headers: the table's unit.
    // (A line of units under the headers puts the periods a line lower.)
    const unitsUnder = unitsUnderHeaders(lines[i + 1]!);
    const periodsAt = unitsUnder ? i + 2 : i + 1;
    // "Business areas, Q3    Order intake    Net sales …": a caption naming the part of the year the years below are of.
    const caption = periodCaption(lines[i]!, ctx);
    const groups = metricGroups(
      caption ? ' '.repeat(caption.end) + lines[i]!.slice(caption.end) : lines[i]!,
      ctx,
      () => {
        const above = lines
          .slice(Math.max(0, i - 3), i)
          .reverse()
          .find((l) => l.trim() !== '');
        return leadingUnit(lines[i + 1]!, ctx) ?? (above && !rowOf(above, undefined) ? unitHeader(above) : undefined);
      },
      unitsUnder,
    );
    const columns = groups
      ? subColumns(lines[periodsAt]!, groups, ctx, caption?.part)
      : periodsOverMetrics(lines, i, ctx);
    if (!columns) continue;
    for (let k = periodsAt + 1; k < lines.length; k++) {
      // "Flatted Factories &" over "  Light Industrial   34,906 …": a label wrapped onto the indented row below.
      const wrapped = WRAPPED_LABEL.test(lines[k]!) && /^\s+\S/.test(lines[k + 1] ?? '') ? lines[k]!.trim() : undefined;
      if (wrapped) k++;
      const row = rowOf(lines[k]!, undefined);
      if (!row) break;
      const cells = cellsOf(row.cells);
      // "Central costs   (88)   (93)": a row with cells under some columns only is read by none.
      if (cells.length !== columns.length) continue;
      const label = wrapped ? `${wrapped} ${row.label.trim()}` : row.label.trim();
      // "Central costs   –   –   (5.1)   (4.6)": a row that names a metric of its own is no business line.
      if (!COMPANY_ROW.test(label) && ctx.metrics.find(label).length > 0) continue;
      const offering = COMPANY_ROW.test(label) ? undefined : label;
      // From the header to the row, so the quote holds the metric, the year and the business line.
      const quote = collapseWhitespace(printedLines.slice(i, k + 1).join(' '));
      if (quote.length > 2000) break;
      const rowFacts = new Map<SubColumn, DraftFact>();
      columns.forEach((column, n) => {
        const cell = cells[n]!;
        if (column.period === undefined || cell.value === undefined) return;
        if (cell.percent !== column.group.percent && !column.group.percent) return;
        const unit = column.group.unit;
        if (unit === 'unread') return;
        const amount: Amount =
          unit === 'percent'
            ? { value: cell.value, scale: 'one', unit: 'percent' }
            : { value: scaled(cell.value, unit.header), scale: unit.header.scale, unit: unit.unit };
        const fact = cellFact({
          metric: column.group.key,
          offering,
          period: column.period,
          basis: 'actual',
          amount,
          quote,
          reasons: [
            `table row '${label}', column '${column.text}' under '${column.group.label}'`,
            offering ? `the business line the row names` : `the company's total row`,
          ],
        });
        rowFacts.set(column, fact);
        facts.push({ fact, rowLine: printedLines[k]! });
      });
      // "Sales … CHF %  CER %": a revenue group's growth column is its later figure's growth at constant currency.
      columns.forEach((column, n) => {
        const cell = cells[n]!;
        if (!column.growth || cell.value === undefined || column.group.key !== 'revenue') return;
        const later = columns
          .filter((c) => c.group === column.group && rowFacts.has(c))
          .map((c) => rowFacts.get(c)!)
          .sort((a, b) => periodOrder(b.period) - periodOrder(a.period))[0];
        if (!later) return;
        facts.push({
          fact: growthFact({
            growth: column.growth,
            later,
            value: cell.value,
            offering,
            quote,
            reason: `table row '${label}', growth column '${column.text}' under '${column.group.label}'`,
          }),
          rowLine: printedLines[k]!,
        });
      });
      // A change column compares the two figures of its own metric before it.
      columns.forEach((column, n) => {
        const cell = cells[n]!;
        if (!column.change || cell.value === undefined) return;
        const figures = columns
          .slice(0, n)
          .filter((c) => c.group === column.group && rowFacts.has(c))
          .map((c) => rowFacts.get(c)!);
        if (figures.length !== 2) return;
        const [later, earlier] =
          periodOrder(figures[0]!.period) > periodOrder(figures[1]!.period)
            ? [figures[0]!, figures[1]!]
            : [figures[1]!, figures[0]!];
        later.comparisons.push(
          printedChange(later.period, cell.value, quote, earlier.period, cell.points ? 'absolute' : 'percent'),
        );
      });
    }
  }
  return { facts, decisions: [] };
}
