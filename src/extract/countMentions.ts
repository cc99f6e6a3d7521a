/**
 * Counts printed as bare numbers beside a quantity metric whose lexicon entry names its unit:
 * "FTTH subscribers reached 412 thousand", "a subscriber target of 225,000", "212.4 thousand
 * subscribers". `findAmounts` leaves such numbers alone (a bare number is no amount: chart axes are
 * full of them); only the metric beside one makes it a count. Pure; positions index the text given.
 */
import { repairOcrDigits, scaleOf, withBareBases, type AmountMention } from './amountMentions.js';
import type { MetricMatcher, MetricMention } from './metricMentions.js';

// Indian grouping too: "1,48,230".
const NUMBER = String.raw`(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s?(thousand|million|lakh|crore|k|m)(?![A-Za-z]))?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * Up to four words ("reached", "target of", "rose to") between the metric and its number, past the date words of
 * "The number of employees at the end of the period was 9,842"; never a year ("at the end of the year 2025"), nor
 * a day of a date ("at 30 September 2024").
 */
const AFTER = new RegExp(
  String.raw`^(?:\s+at\s+the\s+end\s+of\s+the\s+(?:period|quarter|half[\s-]year|year))?(?!\s+(?:19|20)\d{2}\b)((?:\s+[A-Za-z]+){0,4}?)\s+${NUMBER}${SCALE}(?![\d%.,]*\d|\s?%|[A-Za-z]|\s+${MONTH}\b)`,
);
/** "212.4 thousand subscribers", "214,600 fibre subscribers": up to two words between. */
const BEFORE = new RegExp(String.raw`(?<![\w.,$¥€£])${NUMBER}${SCALE}\s+(?:[a-z][a-z-]*\s+){0,2}$`);
const WORDS = new Set(
  'reached reaching rose grew increased totaled totalled stood was were at of to a an the target targets approximately about around over of nearly some'.split(
    ' ',
  ),
);

/**
 * A physical unit printed after a count, by its spelling, as fact files keep it ("138.6 thousand tonnes", "142 kt",
 * "15,806 MW"): the unit, and the scale a prefixed one carries ("kt" is thousands of tonnes).
 */
const UNIT_SPELLINGS: Record<string, { unit: string; scale?: 'thousand' | 'million' }> = {
  tonnes: { unit: 'tonnes' },
  // (Short tons, as US miners print them, are no metric tonnes.)
  tons: { unit: 'tons' },
  t: { unit: 'tonnes' },
  kt: { unit: 'tonnes', scale: 'thousand' },
  Mt: { unit: 'tonnes', scale: 'million' },
  lb: { unit: 'lb' },
  lbs: { unit: 'lb' },
  pounds: { unit: 'lb' },
  Mlbs: { unit: 'lb', scale: 'million' },
  oz: { unit: 'oz' },
  ounces: { unit: 'oz' },
  koz: { unit: 'oz', scale: 'thousand' },
  Moz: { unit: 'oz', scale: 'million' },
  MW: { unit: 'MW' },
  GW: { unit: 'GW' },
  GWh: { unit: 'GWh' },
  MWh: { unit: 'MWh' },
  TWh: { unit: 'TWh' },
};
/** Any of those spellings right after a count, longest first. */
const PRINTED_UNIT = new RegExp(
  String.raw`^\s?(${Object.keys(UNIT_SPELLINGS)
    .sort((x, y) => y.length - x.length)
    .join('|')})(?![A-Za-z])`,
);

function count(text: string, start: number, num: string, scale: string | undefined, unit: string): AmountMention {
  // "1.1 lakh employees": read as amounts read their scale words (a lakh is a hundred thousand).
  const { scale: read, factor } = scaleOf(scale);
  const end = start + num.length + (scale ? text.slice(start + num.length).indexOf(scale) + scale.length : 0);
  // The unit printed after the figure wins over the lexicon's ("138.6 thousand tonnes" of copper the lexicon counts in lb).
  const printed = PRINTED_UNIT.exec(text.slice(end));
  const spelled = printed ? UNIT_SPELLINGS[printed[1]!] : undefined;
  return {
    start,
    end: spelled ? end + printed![0].length : end,
    text: '',
    value: Math.round(Number(num.replace(/,/g, '')) * factor * 1e6) / 1e6,
    scale: spelled?.scale && read === 'one' ? spelled.scale : read,
    unit: spelled?.unit ?? unit,
    approximate: false,
    signed: false,
  };
}

/** The counts the metrics of a sentence name, in text order; `taken` are spans already read as amounts. */
export function findCounts(
  printed: string,
  metrics: readonly MetricMention[],
  matcher: MetricMatcher,
  taken: readonly { start: number; end: number }[],
): AmountMention[] {
  const text = repairOcrDigits(printed);
  const out: AmountMention[] = [];
  for (const m of metrics) {
    const key = m.readings.find((r) => r.kind === 'quantity')?.key;
    const unit = key ? matcher.unitOf(key) : undefined;
    if (!unit) continue;
    const after = AFTER.exec(text.slice(m.end));
    const words = after?.[1]!.trim().split(/\s+/).filter(Boolean) ?? [];
    const found: AmountMention[] = [];
    if (after && words.every((w) => WORDS.has(w.toLowerCase())))
      found.push(count(text, m.end + after[0].indexOf(after[2]!, after[1]!.length), after[2]!, after[3], unit));
    const before = BEFORE.exec(text.slice(0, m.start));
    if (before) {
      found.push(count(text, before.index, before[1]!, before[2], unit));
      // "214,600 fibre subscribers at 30 September 2024 (197,300)": the prior figure after the count's date.
      const prior = new RegExp(String.raw`^\s+(?:at|as\s+of|on)\s+[^()]{3,30}?\s?\(\s?${NUMBER}\s?\)`).exec(
        text.slice(m.end),
      );
      if (prior) found.push(count(text, m.end + prior[0].lastIndexOf(prior[1]!), prior[1]!, before[2], unit));
    }
    for (const c of found) {
      if ([...taken, ...out].some((t) => c.start < t.end && c.end > t.start)) continue;
      out.push({ ...c, text: printed.slice(c.start, c.end) });
    }
  }
  // "rose to 1,284,000 (1,102,000)": a count's prior-year figure in parentheses, as for amounts.
  return withBareBases(
    text,
    out.sort((a, b) => a.start - b.start),
  ).map((c) => ({ ...c, text: printed.slice(c.start, c.end) }));
}
