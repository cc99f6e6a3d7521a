/**
 * Figures printed as a chart's data labels on an OCR'd slide: a line of numbers ("8,132 7,848 8,305
 * 8,690 8,453 8,42l") beside a line of as many period labels ("1Q09 2Q09 3Q09 4Q09 1Q10 2Q10"),
 * under a unit header ("(JPY Millions)") on a slide whose title names one metric ("Revenues by
 * Quarter"). Values and labels are matched by order, which is how the chart prints them; axis
 * ticks are one number a line and never pair with a label line. Pure.
 */
import type { PeriodRef } from '../seed/factFileSchema.js';
import { collapseWhitespace } from '../seed/text.js';
import { repairOcrDigits } from './amountMentions.js';
import { OUTLOOK_TITLE, type DraftFact } from './draftFacts.js';
import { findPeriods, type FiscalCalendar } from './fiscalPeriods.js';
import type { MetricMatcher } from './metricMentions.js';
import { unitHeader } from './tableCells.js';

export interface ChartContext {
  readonly metrics: MetricMatcher;
  readonly calendar: FiscalCalendar;
  /** For a unit header that names no currency. */
  readonly defaultCurrency?: string | undefined;
}

const NUMBER = /^\(?-?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?$|^\(?-?\d+(?:\.\d+)?\)?$/;

function numbersOf(line: string): number[] | undefined {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 3 || !tokens.every((t) => NUMBER.test(t))) return undefined;
  return tokens.map((t) => (/^\(.*\)$/.test(t) ? -1 : 1) * Number(t.replace(/[(),]/g, '')));
}

function periodsOf(line: string, calendar: FiscalCalendar): PeriodRef[] | undefined {
  const found = findPeriods(line, calendar);
  if (found.length < 3) return undefined;
  let rest = line;
  for (const p of [...found].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  return rest.trim() === '' ? found.map((p) => p.period) : undefined;
}

/** The data labels of the charts on one slide, as facts of the metric its title names. */
export function draftChartLabels(title: string, printedLines: readonly string[], ctx: ChartContext): DraftFact[] {
  const named = ctx.metrics.find(title).filter((m) => m.kind === 'money');
  if (named.length !== 1) return [];
  const metric = named[0]!;
  const lines = printedLines.map(repairOcrDigits);
  const unitAt = lines.findIndex((l) => unitHeader(l) !== undefined);
  if (unitAt < 0) return [];
  const header = unitHeader(lines[unitAt]!)!;
  const currency = header.unit ?? ctx.defaultCurrency;
  if (!currency) return [];
  const unit = { scale: header.scale, unit: currency };
  const filled = lines.map((l, i) => ({ l, i })).filter((x) => x.i > unitAt && x.l.trim() !== '');
  const facts: DraftFact[] = [];
  const isTick = (l: string) => /^\s*-?[\d,.]+\s*$/.test(l);
  for (let n = 0; n + 1 < filled.length; n++) {
    const a = filled[n]!;
    // The labels line may come after the axis ticks below the data labels ("9,025 9,412 …", "8,000", …, "3Q13 4Q13 …").
    let m = n + 1;
    while (m < filled.length - 1 && isTick(filled[m]!.l)) m++;
    const b = filled[m]!;
    const values = numbersOf(a.l) ?? numbersOf(b.l);
    const periods = periodsOf(b.l, ctx.calendar) ?? periodsOf(a.l, ctx.calendar);
    if (!values || !periods || values.length !== periods.length) continue;
    const quote = collapseWhitespace(printedLines.slice(unitAt, b.i + 1).join(' '));
    if (quote.length > 2000) continue;
    const basis = OUTLOOK_TITLE.test(title) ? 'guidance' : 'actual';
    periods.forEach((period, k) =>
      facts.push({
        metric: metric.key,
        period,
        basis,
        amounts: [{ value: values[k]!, scale: unit.scale, unit: unit.unit }],
        approximate: false,
        comparisons: [],
        quote,
        confidence: 0.6,
        reasons: [
          `chart data label ${k + 1} of ${values.length}, matched to the axis label by order`,
          `metric '${metric.text}' from the slide title`,
          `unit and scale from '${printedLines[unitAt]!.trim()}'`,
        ],
      }),
    );
    n = m;
  }
  return facts;
}
