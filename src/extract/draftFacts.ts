/**
 * The finance grammar: from one sentence, the financial facts it states. An amount becomes a fact
 * only when a metric phrase of the lexicon is tied to it — right after it ("JPY151 million of
 * operating profit"), or before it with nothing in between but linking words, a period and OCR
 * residue ("Total revenues were", "Total Contracted Bandwidth in 3Q02 … 30.3Gbps"), or through
 * "which will total". Anything else is left to the curator as a decision, never guessed. Periods
 * come from the sentence, then the heading above it, then the document's own period; guidance from
 * expectation words; comparisons ("up 4.2% from 2Q04", "unchanged from 2Q02", "vs. JPY151 million
 * in 3Q01") attach to the fact they follow, and a base-period figure a sentence gives in passing
 * becomes a fact of its own. Pure.
 */
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import { findAmounts, isCurrency, type AmountMention, type AmountReading } from './amountMentions.js';
import { findCounts } from './countMentions.js';
import {
  comparisonKind,
  findPeriods,
  priorPeriod,
  samePeriod,
  type FiscalCalendar,
  type PeriodMention,
} from './fiscalPeriods.js';
import type { MetricMatcher, MetricMention } from './metricMentions.js';

export interface DraftComparison {
  readonly kind: 'yoy' | 'qoq' | 'vs-period';
  readonly basePeriod: PeriodRef;
  readonly change?: { value: number; unit: 'percent' | 'absolute' };
  readonly direction: 'increase' | 'decrease' | 'unchanged';
  readonly quote: string;
}

export interface DraftFact {
  readonly metric: string;
  /** The business line the figure is of ("Subscription revenue"), by the name printed; absent = company-wide. */
  readonly offering?: string;
  readonly period: PeriodRef;
  readonly basis: 'actual' | 'guidance';
  readonly amounts: Amount[];
  readonly approximate: boolean;
  readonly comparisons: DraftComparison[];
  readonly quote: string;
  readonly confidence: number;
  readonly reasons: string[];
  /** The metric phrase the sentence printed ("year-end dividend"), when a sentence drafted the fact. */
  readonly printedMetric?: string;
  /** Printed as a forecast (a table's forecast row): guidance even for a period that has ended. */
  readonly printedForecast?: boolean;
}

export interface Decision {
  readonly quote: string;
  readonly question: string;
}

export interface SentenceContext {
  readonly metrics: MetricMatcher;
  readonly calendar: FiscalCalendar;
  /** The period of the heading or slide the sentence sits under, if any. */
  readonly headingPeriod?: { period: PeriodRef; text: string } | undefined;
  /** The period the document reports on, the last resort. */
  readonly documentPeriod?: PeriodRef | undefined;
  /** The section is an outlook: its figures are guidance. */
  readonly outlook?: boolean;
  /** The issuer's names: "Lindqvar revenue" is the company's, not a business line's. */
  readonly issuerNames?: readonly string[];
  /** Other companies the sentence names (known ones and candidates), by position in it. */
  readonly otherCompanies?: readonly { start: number; end: number; name: string }[];
  /** How the document's amounts read (the currency of a bare `$`). */
  readonly reading?: AmountReading;
  /** The last period the paragraph named before this sentence: what "for the period" refers to. */
  readonly previousPeriod?: PeriodRef | undefined;
  /** The period of the paragraph's last forecast: "The forecast of free cash flow … is confirmed" is of it. */
  readonly guidancePeriod?: PeriodRef | undefined;
  /** The business line the paragraph opened with ("Flow Control: Net sales were …"): its later sentences' too. */
  readonly paragraphOffering?: string | undefined;
}

/** The words between a metric, its change and its base figure ("is 12.0% higher than the"). */
const COMPARED_WORDS = new Set(
  'is was were are has have been higher lower more less than the up down from above below compared with by'.split(' '),
);

/** Capitalised words before a metric that qualify it without naming a business line. */
const NOT_OFFERINGS = new Set(
  (
    'gaap non-gaap ifrs total net consolidated adjusted quarterly annual group operating gross reported record ' +
    'strong higher lower the our its their this that company overall core comparable organic like-for-like ' +
    'full-year half-year first-half second-half first-quarter second-quarter third-quarter fourth-quarter ' +
    'interim year-end fiscal cumulative segment business and or of in for with q1 q2 q3 q4 h1 h2 fy ' +
    'active paying paid new monthly statutory underlying proposed recommended declared final special ordinary ' +
    'revised prior previous current updated initial original actual books reports posts delivers records ' +
    // ("Cash EPS", "Cash profit before tax", "Headline earnings": qualifiers, not lines.)
    'cash basic diluted headline average regulatory normalised normalized'
  ).split(' '),
);

/** Labels that head a sentence with a colon without naming a business line ("Outlook: …", "Q3 2024: …"). */
const NOT_SEGMENT_LABELS =
  /\b(?:highlights?|outlook|guidance|forecasts?|summary|overview|notes?|results?|dividends?|financial|performance|update|comment|quarter|half|year|fiscal|group|consolidated|total|outlook|strategy|events?|other|key|figures|business|operations|cash|balance\s+sheet|statements?|segments|divisions|operating\s+data|key\s+data|statistics|liquidity|capital\s+(?:allocation|expenditures?|structure|resources|returns?)|financial\s+position|shareholder\s+returns?|investments?|debt|financing|funding|tax|taxes|margins?|earnings|profitability|revenues?|orders?|backlog|headcount|employees|people|esg|sustainability|acquisitions?)\b/i;

/** "GOLD OPERATIONS", "Store business": a line's name closed by the kind of line it is (group 1, the name before it). */
export const KIND_OF_LINE = /^(.+?)\s+(?:business|segment|division|operations)$/i;

/** Words before "operations" or "business" that say which part of the company, not which line ("Discontinued Operations"). */
const NOT_LINE_KINDS = new Set(
  'continuing discontinued our core existing ongoing reportable operating total other review of the group combined'.split(
    ' ',
  ),
);

const LINE_NAME = /^(?:[A-Z][A-Za-z0-9&/-]*)(?:\s+(?:[A-Z&][A-Za-z0-9&/-]*|and|of)){0,4}$/;

/**
 * A business line's name standing alone ("Precision Components", a heading under "Results by
 * segment"): Title Case, up to five words, naming no metric, period, section or the issuer.
 */
export function businessLineName(
  label: string,
  ctx: Pick<SentenceContext, 'metrics' | 'calendar' | 'issuerNames'>,
): string | undefined {
  const name = label.trim();
  // "Store business", "E-commerce Segment", "GOLD OPERATIONS": a line named with its kind, the kind word no label.
  const kind = KIND_OF_LINE.exec(name);
  if (
    kind &&
    !kind[1]!.split(/\s+/).some((w) => NOT_LINE_KINDS.has(w.toLowerCase())) &&
    businessLineName(kind[1]!, ctx)
  )
    return name;
  if (!LINE_NAME.test(name)) return undefined;
  if (NOT_SEGMENT_LABELS.test(name) || ctx.metrics.find(name).length > 0) return undefined;
  // ("VELLAMORA: FY 2025 REVENUES …" under "Vellamora S.p.A.": the issuer's name, before its suffix.)
  const lower = name.toLowerCase();
  if ((ctx.issuerNames ?? []).some((n) => n.toLowerCase() === lower || n.toLowerCase().startsWith(`${lower} `)))
    return undefined;
  if (findPeriods(name, ctx.calendar).length > 0) return undefined;
  return name;
}

/** "Automotive Components: net sales were …": the segment a sentence is about, named before a colon. */
export function segmentLabel(
  sentence: string,
  ctx: Pick<SentenceContext, 'metrics' | 'calendar' | 'issuerNames'>,
): string | undefined {
  const m = /^([^:]{2,80}):\s+(?=\S)/.exec(sentence);
  return m ? businessLineName(m[1]!, ctx) : undefined;
}

/** The business line a metric phrase is qualified by ("Subscription revenue", "SI revenues"), if any. */
export function offeringBefore(
  sentence: string,
  metric: MetricMention,
  ctx: Pick<SentenceContext, 'metrics' | 'calendar' | 'issuerNames' | 'paragraphOffering'>,
): string | undefined {
  const named = namedOffering(sentence, metric, ctx);
  // "Segment operating profit increased 11.6% …" after "Flow Control: Net sales were …": the paragraph's line;
  // never for the company's own figures (net income, per-share amounts, balances) or a sentence naming the issuer.
  if (
    named === undefined &&
    ctx.paragraphOffering &&
    !/\b(?:group|consolidated|total)\b/i.test(sentence) &&
    !metric.readings.some((r) => COMPANY_METRICS.has(r.key)) &&
    !(ctx.issuerNames ?? []).some((n) => sentence.includes(n.split(/\s+/)[0]!))
  )
    return ctx.paragraphOffering;
  return named;
}

/** Figures a release states for the company, not a business line, unless the line is named with them. */
const COMPANY_METRICS = new Set([
  'netIncome',
  'adjustedNetIncome',
  'earningsPerShare',
  'basicEarningsPerShare',
  'adjustedEarningsPerShare',
  'dividendPerShare',
  'yearEndDividendPerShare',
  'netDebt',
  'cashAndEquivalents',
  'totalAssets',
  'shareRepurchases',
  'netDebtToEbitda',
  'netDebtToAdjustedEbitda',
]);

function namedOffering(
  sentence: string,
  metric: MetricMention,
  ctx: Pick<SentenceContext, 'metrics' | 'calendar' | 'issuerNames'>,
): string | undefined {
  if (metric.kind === 'percent') return undefined;
  const segment = segmentLabel(sentence, ctx);
  if (segment) return segment;
  // "net sales of the Precision Components segment were …, with segment profit of …": the segment named before.
  if (/^segment\b/i.test(metric.text)) {
    const named = [
      ...sentence.slice(0, metric.start).matchAll(/\bthe\s+((?:[A-Z][\w&-]*\s+){1,4})(?:segment|division|business)\b/g),
    ].at(-1);
    if (named) return named[1]!.trim();
  }
  // "the Battery Materials division posted revenue of …", "net sales in the Bearings business were …"
  const unitWords = String.raw`((?:(?:[A-Z][\w&-]*|&)\s+){1,4})(?:[Dd]ivision|[Ss]egment|[Bb]usiness|[Uu]nit)`;
  const posted = [
    ...sentence
      .slice(0, metric.start)
      .matchAll(
        new RegExp(
          String.raw`\b(?:[Tt]he|[Ii]ts|[Oo]ur)\s+${unitWords}\s+(?:posted|recorded|reported|had|generated|achieved|delivered|saw)\b`,
          'g',
        ),
      ),
  ].at(-1);
  if (posted && !/;|\.\s/.test(sentence.slice(posted.index, metric.start))) return posted[1]!.trim();
  // "Inspection Services delivered revenue of £371.5m (…) and adjusted operating profit of £41.2m": a line named as
  // the subject of the sentence, for each metric of its clause.
  const subject = /^((?:[A-Z][\w&-]*\s+){1,4})(?:delivered|posted|recorded|reported|generated|achieved)\s+/.exec(
    sentence,
  );
  if (subject && subject[0].length <= metric.start && !/;/.test(sentence.slice(subject[0].length, metric.start))) {
    const words = subject[1]!.trim().split(/\s+/);
    const issuer = (ctx.issuerNames ?? []).map((n) => n.toLowerCase());
    if (
      !words.some((w) => NOT_OFFERINGS.has(w.toLowerCase())) &&
      !issuer.some((n) => n.split(/\s+/).includes(words[0]!.toLowerCase())) &&
      ctx.metrics.find(subject[1]!).length === 0 &&
      findPeriods(subject[1]!, ctx.calendar).length === 0
    )
      return words.join(' ');
  }
  // "In the Industrial Machinery segment, net sales were …"
  const within = new RegExp(String.raw`\b(?:[Ii]n|[Ff]or)\s+the\s+${unitWords}\s*,?\s*$`).exec(
    sentence.slice(0, metric.start),
  );
  if (within) return within[1]!.trim();
  const inLine = new RegExp(String.raw`^\s+(?:in|of|at|for)\s+the\s+${unitWords}\b`).exec(sentence.slice(metric.end));
  if (inLine) return inLine[1]!.trim();
  // "Network services revenues were …": a line named in sentence case at the start of the sentence.
  const opening = /^([A-Z][a-z]+(?:\s+[a-z]+){1,2})\s+$/.exec(sentence.slice(0, metric.start));
  if (
    opening &&
    !opening[1]!.split(/\s+/).some((w) => NOT_OFFERINGS.has(w.toLowerCase()) || /ly$|^(?:un)?franked$/i.test(w)) &&
    !/\b(?:quarter|year|half|months?|period|fiscal)\b/i.test(opening[1]!) &&
    ctx.metrics.find(opening[1]!).length === 0 &&
    !(ctx.issuerNames ?? []).some((n) => n.toLowerCase().startsWith(opening[1]!.split(/\s+/)[0]!.toLowerCase()))
  )
    return opening[1];
  // "9M EBITDA": a word begins after a space, never inside "9M".
  const m = /(?<![\p{L}\p{N}])((?:[A-Z][A-Za-z0-9&/-]*\s+){1,3})$/u.exec(
    sentence.slice(Math.max(0, metric.start - 60), metric.start),
  );
  if (!m) return undefined;
  const issuer = new Set((ctx.issuerNames ?? []).flatMap((n) => [n.toLowerCase(), ...n.toLowerCase().split(/\s+/)]));
  const words = m[1]!.trim().split(/\s+/);
  // Keep the words nearest the metric that are neither qualifiers nor periods nor the issuer.
  const kept: string[] = [];
  for (const w of [...words].reverse()) {
    const l = w.toLowerCase().replace(/[’']s$/, '');
    if (NOT_OFFERINGS.has(l) || issuer.has(l) || /\d/.test(w) || /[’']s$/.test(w)) break;
    kept.unshift(w);
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** Words that may stand between a metric phrase and its amount ("revenues were", "expected to be"). */
const LINK_WORDS = new Set(
  (
    'was were is are be been being has have had will would totaled totalled total totaling totalling amounted amounting to of at ' +
    'reached came stood in for the a an its their our and also net consolidated record reported posted recorded ' +
    'expected expects expect estimated estimates budgeted budget forecast projected anticipated now currently increased ' +
    'decreased rose fell ' +
    'grew declined climbed dropped by up down more than excess least over under approximately about around roughly ' +
    'some nearly almost approx quarter year fiscal period month months first second third fourth half full nine six three ' +
    'twelve ended ending during this that same company group its quarterly annual consolidated-basis on basis ' +
    'between from which remain remained remains should could may might amount range within exceed exceeds reach reaching rise ' +
    'narrowed widened expanded improved shrank deteriorated unchanged ' +
    // "Net income attributable to owners of the parent was": the qualifier of the metric.
    'attributable owners shareholders stockholders equity holders parent common ' +
    // "raising its revenue guidance to a range of": the words of a forecast between metric and amount.
    'guidance outlook forecast target raising raises raised lowering lowers lowered reaffirming reaffirms ' +
    'reaffirmed maintaining maintains maintained revising revises revised upgraded upgrades upgrade downgraded ' +
    'downgrades downgrade ' +
    // "net debt reduced to £46.2m": a verb of change before the level.
    'reduced lifted cut rising falling growing declining increasing decreasing doubled tripled halved flat steady stable ' +
    // "of not less than £80m", "a minimum of": a bound's words.
    'not no less minimum maximum above below still end close plan ' +
    // "Earnings per share after dilution amounted to", "corresponding to an adjusted EBITA margin of".
    'after before dilution corresponding declared paid ' +
    // "Interim dividend on 2025 results of €0.30 per share".
    'results ' +
    // "Repurchased approximately 0.6 million shares of common stock for $71.4 million".
    'shares stock ordinary million ' +
    // "EBITDA adjusted for special items was": a qualifier of the metric.
    'adjusted excluding special items exceptional'
  ).split(' '),
);
const RESIDUE = /^[\d,.+\-–—|()%:;'’"“”/@®©•·_=~{}[\]<>*#$¥€?!]*$|^[A-Za-z]$/;

/** A heading or slide title over figures that are expectations ("Outlook", "FY2009 Targets"). */
export const OUTLOOK_TITLE = /\b(?:outlook|guidance|forecasts?|targets?|projections?|prospects)\b/i;

/** The dividend metrics: a dividend the board "will propose" is the year's. */
const DIVIDENDS: ReadonlySet<string> = new Set(['dividendPerShare', 'yearEndDividendPerShare', 'totalDividends']);

/** Expectation words: an amount in such a clause is guidance. */
const GUIDANCE =
  /\b(?:expect(?:s|ed|ing)?|forecasts?|outlook|targets?|targeted|guidance|guides|estimates|budget(?:ed)?|anticipat(?:e|es|ed)|projects?|projected|plans? to|plans|aims? to|will|should|(?:investment|capital|spending|capex|expenditures?|business|mid-term|medium-term)\s+plan|(?<!as\s)planned)\b/i;
// "compared with", "compared to a loss of", "versus a profit of": the words before a base figure.
/** "up 24.8% on the pcp (A$40.3 million)": a base figure in parentheses after the prior corresponding period. */
const ON_THE_PCP = String.raw`(?:on|over)\s+the\s+(?:pcp|prior\s+corresponding\s+period)\s*\(\s*`;
const COMPARE_TO = new RegExp(
  String.raw`(?:(?:compared\s+(?:with|to)|vs\.?|versus|against|from)\s*(?:\s(?:an?\s+)?(?:(?:net\s+|operating\s+)?(?:loss|profit|income|gain))\s+of\s*)?|${ON_THE_PCP})$`,
  'i',
);
/** "compared to a loss of $7.9 million": a base the sentence itself calls a loss. */
const BASE_LOSS = /\bloss\s+of\s*$/i;
/** "compared with a net loss of": a comparison whose base names its own metric. */
const COMPARE_TO_METRIC =
  /(?:compared\s+(?:with|to)|vs\.?|versus|against|from)\s+(?:an?\s+)?(?:(?:GAAP|non-GAAP|IFRS|adjusted|reported|consolidated)\s+)?$/i;
const DIRECTIONS: readonly [RegExp, 'increase' | 'decrease'][] = [
  [
    /^(?:increase|increased|rise|rose|risen|growth|grew|grown|gain|gained|up|higher|improvement|improved|raised|lifted)$/i,
    'increase',
  ],
  [
    /^(?:decrease|decreased|decline|declined|fall|fell|fallen|drop|dropped|down|lower|deterioration|reduced|cut)$/i,
    'decrease',
  ],
];
const PCT = String.raw`(?:(?:approximately|about|around|roughly|nearly|some|almost)\s+)?(\d+(?:\.\d+)?)\s?(?:%|percent|per\s+cent)`;
const UP = String.raw`increase|rise|growth|gain|decrease|decline|drop|fall|improvement`;
const UPV = String.raw`up|down|increased|decreased|rose|fell|grew|declined|higher|lower|climbed|dropped|improved|raised|lifted|reduced|cut`;
const CHANGES = [
  new RegExp(String.raw`\b(?:an?\s+)?(${UP})\s+of\s+${PCT}`, 'gi'),
  new RegExp(String.raw`\b(${UPV})\s+(?:by\s+)?${PCT}`, 'gi'),
  new RegExp(String.raw`\ban?\s+${PCT}\s+(${UP})`, 'gi'),
  // "3.5% higher than the previous quarter"
  new RegExp(String.raw`(?<![\w.])${PCT}\s+(higher|lower)(?=\s+than\b)`, 'gi'),
  /\b(unchanged|flat)\b/gi,
  // "+14% YoY", "-3.1% QoQ": the sign is the direction.
  /(?<![\w.])([+\-−])\s?(\d+(?:\.\d+)?)\s?%/g,
];
/** Words before an amount that make it a change ("up ¥5", "an increase of $1.2 million"). */
const ABSOLUTE_CHANGE_BEFORE = new RegExp(
  String.raw`(?:\b(?:up|down)|\b(?:an?\s+)?(?:${UP})\s+of|\b(?:${UPV})\s+by)\s+$`,
  'i',
);
const RELATIVE_BASES: readonly [RegExp, 'year' | 'quarter'][] = [
  [
    /^\s*,?\s*(?:YoY|Y\/Y|year[\s-]+over[\s-]+year|year[\s-]+on[\s-]+year|(?:in|for)\s+the\s+(?:first|second|third|fourth|same)\s+(?:quarter|half|period)\s+of\s+the\s+(?:previous|prior|last)\s+(?:fiscal\s+)?year|(?:in|on|for)\s+the\s+(?:prior|year)[\s-](?:year|ago)\s+(?:period|quarter|half)|last\s+year|(?:on|from|over|than|compared\s+(?:with|to))\s+the\s+(?:prior\s+corresponding\s+period|pcp)\b|(?:from\s+|on\s+|in\s+the\s+same\s+period\s+)?a\s+year\s+(?:earlier|ago|before)|(?:compared\s+(?:with|to)|from|over|versus|vs\.?|in)\s+(?:the\s+)?(?:same\s+(?:period|quarter)\s+(?:of|in)?\s*)?(?:the\s+)?(?:previous|prior|last|a)\s+(?:fiscal\s+)?year(?:\s+(?:earlier|ago|before))?)/i,
    'year',
  ],
  [
    /^\s*,?\s*(?:QoQ|Q\/Q|quarter[\s-]+over[\s-]+quarter|quarter[\s-]+on[\s-]+quarter|sequentially|(?:compared\s+(?:with|to)|from|over|versus|vs\.?|in|than)\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+quarter)/i,
    'quarter',
  ],
];

/** Verbs that report a figure of a period that has ended. */
const REPORTED =
  /\b(?:totall?ed|amounted\s+to|was|were|rose|fell|increased|decreased|grew|declined|came\s+in\s+at|reached|stood\s+at)\b/i;

/** The lexicon's metrics for net debt as a multiple of EBITDA (seed/FORMAT.md's conventions). */
const NET_DEBT_TO_EBITDA = 'netDebtToEbitda';
const NET_DEBT_TO_ADJUSTED_EBITDA = 'netDebtToAdjustedEbitda';
const MULTIPLE_OF_EBITDA =
  /^\s*(?:of\s+)?(?:the\s+)?(?:(?:trailing|last)[\s-]twelve[\s-]months?|TTM|LTM|rolling\s+12[\s-]months?)?\s*(adjusted|underlying)?\s*EBITDA\b/i;

/** The words before a base figure that prints no period: "from $188.9 million", "compared with $1.88", "versus 39.4%". */
const BARE_BASE = new RegExp(
  String.raw`(?:\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+|\b${ON_THE_PCP})(?:[A-Z]{3}\s?|[$¥€£₩₹]\s?)?$`,
  'i',
);

const ORDINALS = ['first', 'second', 'third', 'fourth'];
const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');
/** "capital expenditures of around KRW 650 billion for the year": the fiscal year the document is about,
 * when the sentence names no period of its own ("we enter FY26 … for the year" is FY26's). */
const FOR_THE_YEAR =
  /(?<=\bfor\s+)the\s+(?:full\s+|whole\s+|current\s+)?(?:fiscal\s+|financial\s+)?year\b(?![\s-]+(?:ago|earlier|before|ended|ending|to|as|on)\b|-)/gi;
const MONTH_NAME = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const YEARLESS_MONTH_END = new RegExp(
  String.raw`\b(?:at|as\s+(?:of|at))\s+the\s+end\s+of\s+${MONTH_NAME}\b(?!,?\s+(?:19|20)\d{2})`,
  'gi',
);
const YEARLESS_MONTHS = new RegExp(String.raw`\b${MONTH_NAME}\s?[-–]\s?${MONTH_NAME}\b(?!,?\s+(?:19|20)\d{2})`, 'gi');
/** Periods printed without a year, and the part of a year each is. */
const YEARLESS: readonly [RegExp, (m: RegExpMatchArray) => Omit<PeriodRef, 'fiscalYear'> | undefined][] = [
  [FOR_THE_YEAR, () => ({})],
  [
    // "EBIT for the nine-month period amounted to …"
    /\bthe\s+(six|nine)[\s-]month\s+period\b/gi,
    (m) => ({ months: m[1]!.toLowerCase() === 'six' ? 6 : 9 }),
  ],
  [
    /\b(first|second|third|fourth)[\s-]quarter\b(?!\s+(?:of\b|(?:19|20)\d{2}|FY|results))/gi,
    (m) => ({ quarter: ORDINALS.indexOf(m[1]!.toLowerCase()) + 1 }),
  ],
  [
    // "the first nine months of the year", "Order intake in the first nine months declined"
    /\bfirst\s+(?:(three|six|nine)\s+months|(half))(?:\s+of\s+the\s+(?:fiscal\s+|financial\s+)?year\b|(?!\s+(?:of|\(|ended|ending|to)\b))/gi,
    (m) => ({ months: m[2] ? 6 : ({ three: 3, six: 6, nine: 9 } as Record<string, number>)[m[1]!.toLowerCase()]! }),
  ],
  [
    // "Net debt at 30 September was …": a balance at a date of the year (its period: see yearlessDate)
    /\b(?:at|as\s+of|as\s+at)\s+(?:(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}))\b(?!,?\s+(?:19|20)\d{2})/gi,
    () => undefined,
  ],
  [
    // "Net debt at the end of June stood at …": a balance at that month's end
    YEARLESS_MONTH_END,
    () => undefined,
  ],
  [
    // "Revenue and order intake in July-September": months of the year (placed by the calendar, as a date is)
    YEARLESS_MONTHS,
    () => undefined,
  ],
  [
    // a calendar year's months ("January through September")
    /\bJanuary\s+(?:through|to|–|-)\s+(March|June|September)\b(?!,?\s+(?:19|20)\d{2})/gi,
    (m) => {
      const months = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
      return months === 3 ? { quarter: 1 } : { months };
    },
  ],
];

/** "Revenue and order intake in July-September": months without a year, of fiscal year `fiscalYear`. */
export function yearlessMonths(text: string, fiscalYear: number, calendar: FiscalCalendar): PeriodRef | undefined {
  const m = new RegExp(YEARLESS_MONTHS.source, 'i').exec(text);
  return m ? datedPeriod(YEARLESS_MONTHS, m, fiscalYear, calendar) : undefined;
}

/**
 * A date or a span of months printed without its year ("at 30 September", "at the end of June", "in
 * July-September"), read as printed with the calendar year it falls in within fiscal year `fiscalYear`.
 */
function datedPeriod(
  re: RegExp,
  m: RegExpMatchArray,
  fiscalYear: number,
  calendar: FiscalCalendar,
): PeriodRef | undefined {
  const yearOf = (month: string) => calendarYearOf(month, fiscalYear, calendar);
  let text: string | undefined;
  if (re === YEARLESS_MONTH_END) {
    const lastDay = new Date(Date.UTC(2001, MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1, 0)).getUTCDate();
    text = `as of ${m[1]} ${lastDay}, ${yearOf(m[1]!)}`;
  } else if (re === YEARLESS_MONTHS) text = `${m[0]} ${yearOf(m[2]!)}`;
  else if (/^(?:at|as)\b/i.test(m[0])) text = `${m[0]} ${yearOf(m[2] ?? m[3]!)}`;
  return text ? findPeriods(text, calendar)[0]?.period : undefined;
}

/** The calendar year a month of fiscal year `fiscalYear` falls in ("30 September" of fiscal 2026 ending March: 2025). */
function calendarYearOf(month: string, fiscalYear: number, calendar: FiscalCalendar): number {
  const end = calendar.fiscalYearEnd ? Number(calendar.fiscalYearEnd.slice(0, 2)) : 12;
  const m = MONTH_NAMES.indexOf(month.toLowerCase()) + 1;
  if (end === 12) return fiscalYear;
  const endYear = calendar.fiscalYearNamedBy === 'start-year' ? fiscalYear + 1 : fiscalYear;
  return m > end ? endYear - 1 : endYear;
}

function directionOf(word: string): 'increase' | 'decrease' | 'unchanged' {
  if (/^(?:unchanged|flat)$/i.test(word)) return 'unchanged';
  if (word === '+') return 'increase';
  if (word === '-' || word === '−') return 'decrease';
  return DIRECTIONS.find(([re]) => re.test(word))?.[1] ?? 'increase';
}

interface Group {
  /** The primary amount and the ones printed beside it in parentheses (another currency). */
  readonly amounts: AmountMention[];
  readonly start: number;
  readonly end: number;
}

/** Amounts printed side by side ("JPY10.6 billion ($89.0 million)") form one group. */
function groupAmounts(sentence: string, amounts: readonly AmountMention[]): Group[] {
  const groups: Group[] = [];
  for (const a of amounts) {
    const last = groups.at(-1);
    if (last) {
      const gap = sentence.slice(last.end, a.start);
      const beside = /^\s?\(\s?$/.test(gap) || (a.start < last.end && a.start >= last.start);
      if (
        beside &&
        !last.amounts.some((x) => x.unit === a.unit) &&
        isCurrency(a.unit) &&
        isCurrency(last.amounts[0]!.unit)
      ) {
        last.amounts.push(a);
        const closing = /^\s?\)/.exec(sentence.slice(a.end));
        groups[groups.length - 1] = {
          amounts: last.amounts,
          start: last.start,
          end: Math.max(last.end, a.end + (closing?.[0].length ?? 0)),
        };
        continue;
      }
    }
    const closing = a.start > 0 && sentence[a.start - 1] === '(' ? /^\s?\)/.exec(sentence.slice(a.end)) : null;
    groups.push({ amounts: [a], start: a.start, end: a.end + (closing?.[0].length ?? 0) });
  }
  return groups;
}

function stripSpans(text: string, offset: number, spans: readonly { start: number; end: number }[]): string {
  // A mask, not slicing: spans overlap (a period inside a change phrase).
  const keep = [...text].map(() => true);
  for (const s of spans)
    for (let i = Math.max(0, s.start - offset); i < Math.min(text.length, s.end - offset); i++) keep[i] = false;
  return [...text].map((ch, i) => (keep[i] ? ch : ' ')).join('');
}

/** Nothing but linking words, a period and OCR residue between a metric phrase and its amount. */
function isLinking(gap: string, offset: number, periods: readonly { start: number; end: number }[]): boolean {
  const words = stripSpans(gap, offset, periods).split(/\s+/).filter(Boolean);
  return (
    words.length <= 14 &&
    words.every((w) => RESIDUE.test(w) || LINK_WORDS.has(w.toLowerCase().replace(/[,.:;'’]+$/g, '')))
  );
}

/** Whether an amount is the forecast a revision replaces (see draftSentence). */
function isSuperseded(sentence: string, group: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, group.start - 60), group.start);
  const after = sentence.slice(group.end, group.end + 20);
  return (
    /\b(?:previously|(?:prior|previous|earlier|original|initial)\s+(?:guidance|outlook|forecasts?|range|expectations?|target)(?:\s+(?:range\s+)?(?:of|was|were))?)\s*(?:of\s+)?(?:approximately\s+|about\s+)?$/i.test(
      before,
    ) ||
    (/\bfrom\s*$/i.test(before) && /^\s*(?:previously|earlier|before)\b/i.test(after))
  );
}

/** A mention as a fact amount; `negate` for a figure a loss phrase names. */
export function toAmount(a: AmountMention, negate: boolean): Amount {
  const sign = (n: number) => (negate && n > 0 ? -n : n);
  if (a.value !== undefined) return { value: sign(a.value), scale: a.scale, unit: a.unit };
  if (negate && a.low !== undefined && a.high !== undefined)
    return { low: -a.high, high: -a.low, scale: a.scale, unit: a.unit, ...(a.bound ? { bound: a.bound } : {}) };
  return {
    ...(a.low !== undefined ? { low: sign(a.low) } : {}),
    ...(a.high !== undefined ? { high: sign(a.high) } : {}),
    ...(a.bound ? { bound: a.bound } : {}),
    scale: a.scale,
    unit: a.unit,
  };
}

/** The quote of a fact: the sentence, trimmed to at most 2,000 characters around the amount. */
function quoteOf(sentence: string, from: number, to: number): string {
  if (sentence.length <= 2000) return sentence;
  const start = Math.max(0, from - 800);
  return sentence.slice(start, Math.min(sentence.length, Math.max(to, start) + 800)).trim();
}

export interface SentenceDraft {
  readonly facts: DraftFact[];
  readonly decisions: Decision[];
}

/** The facts one sentence states (see the module comment), and what it leaves to decide. */
export function draftSentence(sentence: string, ctx: SentenceContext): SentenceDraft {
  const facts: DraftFact[] = [];
  const decisions: Decision[] = [];
  const printedAmounts = findAmounts(sentence, ctx.reading);
  const named = ctx.metrics.find(sentence);
  // "FTTH subscribers reached 412 thousand": a bare number beside a quantity metric is its count.
  const amounts = [...printedAmounts, ...findCounts(sentence, named, ctx.metrics, printedAmounts)].sort(
    (x, y) => x.start - y.start,
  );
  if (amounts.length === 0) return { facts, decisions };
  const periods = findPeriods(sentence, ctx.calendar);
  // "Operating profit (EBIT)": a metric named again in parentheses is the one before it, and stands between it
  // and its amount like a linking word.
  const isAlias = (m: MetricMention, i: number) =>
    i > 0 && /^\s*\(\s*$/.test(sentence.slice(named[i - 1]!.end, m.start)) && /^\s*\)/.test(sentence.slice(m.end));
  const metrics = named.filter((m, i) => !isAlias(m, i));
  const aliases = named.filter(isAlias).map((m) => ({ start: m.start - 1, end: m.end + 1 }));
  const groups = groupAmounts(sentence, amounts);
  // A bare year right after an amount ("versus $49.9 million in 2005") names a fiscal year.
  for (const g of groups) {
    // "…, or 18.5% of revenue, in 2024", "…, or $2.61 per diluted share, in 2024": past the figure's own words
    const y =
      /^\s*(?:of\s+(?:total\s+|net\s+)?(?:revenues?|sales)|per\s+(?:(?:basic|diluted|bearer|registered|ordinary)\s+)?share)?\s*,?\s*(?:in|for|during)\s+(?:fiscal\s+)?((?:19|20)\d{2})(?![\d,]|\s+(?:to|and)\b)/i.exec(
        sentence.slice(g.end),
      );
    if (!y) continue;
    const start = g.end + y[0].length - y[1]!.length;
    if (periods.some((p) => start < p.end && start + 4 > p.start)) continue;
    periods.push({
      start,
      end: start + 4,
      text: y[1]!,
      period: { fiscalYear: Number(y[1]) },
      confidence: 0.8,
      note: 'a bare year, read as that fiscal year',
    });
  }
  // "bringing the year-to-date total to …" in a third-quarter report: its nine months; so are "the nine months
  // under review" and "net sales for the nine months" that name no date.
  if (ctx.documentPeriod)
    for (const m of sentence.matchAll(
      /\b(?:year[-\s]to[-\s]date|YTD)\b|\b(?:the|first)\s+(six|nine)[\s-]months?\b(?!\s+(?:ended|ending|to|of|from)\b|\s*\()/gi,
    )) {
      const doc = ctx.documentPeriod;
      const months = doc.quarter !== undefined ? doc.quarter * 3 : doc.months;
      if (!months || months === 12 || periods.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
      if (m[1] && (m[1].toLowerCase() === 'six' ? 6 : 9) !== months) continue;
      periods.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        period: months === 3 ? { fiscalYear: doc.fiscalYear, quarter: 1 } : { fiscalYear: doc.fiscalYear, months },
        confidence: 0.8,
        note: 'year to date: the months of the fiscal year the document reports so far',
      });
    }
  // "For 2026, the Company plans capital expenditure of …": a bare year opening the sentence is its year.
  const opening = /^\s*(?:For|In|During)\s+(?:fiscal\s+|full[\s-]year\s+)?((?:19|20)\d{2})\s*,/.exec(sentence);
  if (opening) {
    const at = opening.index + opening[0].indexOf(opening[1]!);
    if (!periods.some((p) => at < p.end && at + 4 > p.start))
      periods.push({
        start: at,
        end: at + 4,
        text: opening[1]!,
        period: { fiscalYear: Number(opening[1]) },
        confidence: 0.8,
        note: 'a bare year opening the sentence, read as that fiscal year',
      });
  }
  // "its 2025 capital expenditure plan", "the 2024 outlook": a bare year before what it qualifies.
  const qualifiers = new Set<PeriodMention>();
  for (const y of sentence.matchAll(/\b(?:its|the|our|their)\s+((?:19|20)\d{2})\s+(?=[a-z])/g)) {
    const start = y.index + y[0].length - y[1]!.length - 1;
    if (periods.some((p) => start < p.end && start + 4 > p.start)) continue;
    // Only before a metric it qualifies: "its 2025 capital expenditure plan".
    if (!named.some((m) => m.start > start + 4 && /^\s+(?:[a-z]+\s+){0,2}$/.test(sentence.slice(start + 4, m.start))))
      continue;
    const mention: PeriodMention = {
      start,
      end: start + 4,
      text: y[1]!,
      period: { fiscalYear: Number(y[1]) },
      confidence: 0.8,
      note: 'a bare year before the metric it qualifies, read as that fiscal year',
    };
    qualifiers.add(mention);
    periods.push(mention);
  }
  // "… for the period": the period the paragraph last named.
  if (ctx.previousPeriod)
    for (const m of sentence.matchAll(
      /\b(?:for|in|during)\s+the\s+(?:same\s+)?(period|quarter|half)\b(?!\s+(?:of|a\s+year|last|ended|ending))/gi,
    )) {
      // "for the quarter" is the paragraph's last period only when that was a quarter ("for the half", a half).
      const kind = m[1]!.toLowerCase();
      const last = ctx.previousPeriod;
      if (kind === 'quarter' && last.quarter === undefined) continue;
      if (kind === 'half' && last.months !== 6) continue;
      const start = m.index + m[0].indexOf('the');
      if (periods.some((p) => start < p.end && m.index + m[0].length > p.start)) continue;
      // ("Profit for the period was £52.3m": the metric's own words.)
      if (named.some((n) => n.start <= m.index && n.end >= m.index + m[0].length)) continue;
      periods.push({
        start,
        end: m.index + m[0].length,
        text: m[0].slice(m[0].indexOf('the')),
        period: ctx.previousPeriod,
        confidence: 0.7,
        note: 'the period the paragraph last named',
      });
    }
  // "up from SEK 2,870 million at year-end" in a quarterly report: the last fiscal year's end.
  const reported = ctx.headingPeriod?.period ?? ctx.documentPeriod;
  if (reported)
    for (const m of sentence.matchAll(
      /\b(?:at|as\s+of)\s+(?:the\s+)?(?:(?:previous|prior|last)\s+)?(?:fiscal\s+)?year[\s-]end\b|\bat\s+the\s+end\s+of\s+(?:the\s+)?(?:previous|prior|last)\s+(?:fiscal\s+|financial\s+)?year\b/gi,
    )) {
      if (periods.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
      const wholeYear =
        reported.quarter === undefined && reported.months === undefined && !/previous|prior|last/i.test(m[0]);
      periods.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        period: { fiscalYear: wholeYear ? reported.fiscalYear : reported.fiscalYear - 1 },
        confidence: 0.7,
        note: 'the fiscal year end before the period the document reports on',
      });
    }
  // "KRW 171.0 billion in the second quarter", "For the first nine months of the year", "for January through
  // September": a period printed without its year is of the year the heading or document is about.
  const knownYear = (ctx.headingPeriod?.period ?? ctx.documentPeriod)?.fiscalYear;
  if (knownYear !== undefined)
    for (const [re, read] of YEARLESS) {
      if (re === FOR_THE_YEAR && periods.length > 0) continue;
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (periods.some((p) => start < p.end && end > p.start)) continue;
        // A date without its year: read as printed with the year, so the calendar places the balance.
        const dated = datedPeriod(re, m, knownYear, ctx.calendar);
        const part = read(m);
        const period = dated ?? (part ? { fiscalYear: knownYear, ...part } : undefined);
        if (!period) continue;
        periods.push({
          start,
          end,
          text: m[0],
          period,
          confidence: 0.7,
          note: `no year printed: fiscal ${knownYear}, the year the document is about`,
        });
      }
    }
  periods.sort((x, y) => x.start - y.start);

  // Comparisons with their position, and the periods they consume as bases.
  const comparisons: {
    at: number;
    end: number;
    /** Through the base it names ("rose 9.6% year-on-year"): what stands between a metric and its amount. */
    spanEnd: number;
    baseGroup?: Group;
    rel?: 'year' | 'quarter';
    implicit?: boolean;
    base?: PeriodMention;
    change?: number;
    dir: DraftComparison['direction'];
  }[] = [];
  const basePeriods = new Set<PeriodMention>();
  /** Every change phrase ("up 12%"), whatever it compares with: what may stand between a figure and its base. */
  const changeSpans: { start: number; end: number }[] = [];
  /** Changes with no base of their own; `fact` when the change is known to be that fact's. */
  const unbased: { at: number; change: number; dir: DraftComparison['direction']; fact?: DraftFact }[] = [];
  for (const re of CHANGES) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      changeSpans.push({ start: m.index, end: m.index + m[0].length });
      const word = m.slice(1).find((g) => g !== undefined && !/^\d/.test(g))!;
      const pct = m.slice(1).find((g) => g !== undefined && /^\d/.test(g));
      const after = sentence.slice(m.index + m[0].length);
      const rel = RELATIVE_BASES.find(([r]) => r.test(after));
      let base: PeriodMention | undefined;
      if (!rel) {
        const to =
          /^\s*,?\s*(?:from|over|on|compared\s+(?:with|to)|versus|vs\.?|against|in)\s+(?:the\s+(?:level\s+of\s+)?)?/i.exec(
            after,
          );
        const at = m.index + m[0].length + (to?.[0].length ?? -1);
        base = to ? periods.find((p) => p.start === at) : undefined;
        if (base) basePeriods.add(base);
      }
      // "up 5.0% from $249.9 million in the same period a year earlier": the base is that figure's period.
      let baseGroup: Group | undefined;
      if (!rel && !base) {
        const to = /^\s*,?\s*(?:from|over|compared\s+(?:with|to)|versus|vs\.?|against)\s+/i.exec(after);
        const at = m.index + m[0].length + (to?.[0].length ?? -1);
        baseGroup = to ? groups.find((g) => g.start === at) : undefined;
      }
      // "revenue grew 7.4% to $826.0 million": a change of the figure that follows, its base unstated; so is
      // "Ordinary profit was ¥4,410 million, up 9.8%" of the figure it follows.
      const trailing =
        pct !== undefined &&
        groups.some((g) => /^\s*\)?\s*[,(]\s*$/.test(sentence.slice(g.end, m.index))) &&
        !/^\s*(?:to|from|over|on|against|versus|vs\.?|compared)\b/i.test(after);
      const implicit = !rel && !base && !baseGroup && (/^\s*to\s+/i.test(after) || trailing);
      if (!rel && !base && !baseGroup && !implicit) {
        // "€48.9 million (H1 2011: €46.5 million), an increase of 5.2%": the change of a base given before.
        if (pct !== undefined) unbased.push({ at: m.index, change: Number(pct), dir: directionOf(word) });
        continue;
      }
      const relText = rel ? (rel[0].exec(after)?.[0] ?? '') : '';
      comparisons.push({
        ...(baseGroup ? { baseGroup } : {}),
        at: m.index,
        end: m.index + m[0].length,
        spanEnd: base ? base.end : m.index + m[0].length + relText.length,
        ...(rel ? { rel: rel[1] } : {}),
        ...(implicit ? { implicit } : {}),
        ...(base ? { base } : {}),
        ...(pct !== undefined ? { change: Number(pct) } : {}),
        dir: directionOf(word),
      });
    }
  }
  // "rose 18.0% QoQ and 65.6% YoY to KRW 96.4 billion": a second change joined to the first shares its verb.
  for (const c of [...comparisons]) {
    if (!c.rel || c.change === undefined) continue;
    const joined = new RegExp(String.raw`^\s*,?\s*and\s+(?:by\s+)?${PCT}`, 'i').exec(sentence.slice(c.spanEnd));
    if (!joined) continue;
    const end = c.spanEnd + joined[0].length;
    const rel = RELATIVE_BASES.find(([r]) => r.test(sentence.slice(end)));
    if (!rel) continue;
    const relText = rel[0].exec(sentence.slice(end))?.[0] ?? '';
    changeSpans.push({ start: c.spanEnd, end });
    comparisons.push({
      at: c.spanEnd,
      end,
      spanEnd: end + relText.length,
      rel: rel[1],
      change: Number(joined[1]),
      dir: c.dir,
    });
  }

  const usedPeriods = new Set<PeriodMention>(basePeriods);
  // Between a metric and its amount, periods and change phrases may stand ("rose 9.6% year-on-year to").
  // "net sales in the Bearings business were", "Revenue from the gold operations rose": the business line named
  // between a metric and its figure.
  const businessLines = [
    ...sentence.matchAll(
      /\b(?:in|of|at|for)\s+the\s+(?:(?:[A-Z][\w&-]*|&)\s+){1,4}(?:[Bb]usiness|[Dd]ivision|[Ss]egment|[Uu]nit)\b|\bfrom\s+the\s+(?!(?:continuing|discontinued)\b)(?:[A-Za-z][\w&-]*\s+){1,3}(?:business|division|segment|operations)\b/g,
    ),
  ].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // "Net debt (excluding lease liabilities) of £61.3m": a qualifier in parentheses.
  const qualifierNotes = [...sentence.matchAll(/\([^()\d]{3,50}\)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  // "Net income attributable to Amagumo Networks was": the issuer the figure is attributable to.
  const attributableTo = [
    ...sentence.matchAll(
      /\battributable\s+to\s+((?:the\s+)?(?:[A-Z][\w&.-]*\s*){1,5})(?=\s+(?:was|were|is|of|amounted|totall?ed|came|rose|fell|increased|decreased|grew)\b)/g,
    ),
  ]
    .filter((m) => (ctx.issuerNames ?? []).some((n) => m[1]!.startsWith(n.split(/\s+/)[0]!)))
    .map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }));
  const skippable = [
    ...periods,
    ...aliases,
    ...businessLines,
    ...qualifierNotes,
    ...attributableTo,
    ...comparisons.map((c) => ({ start: c.at, end: c.spanEnd })),
  ];
  /** The reading of a phrase that fits the amount's unit ("gross margin" of a percent is the ratio). */
  const readingFor = (m: MetricMention, unit: string): string | undefined => {
    const kind = unit === 'percent' ? 'percent' : isCurrency(unit) ? 'money' : 'quantity';
    return m.readings.find((r) => r.kind === kind)?.key;
  };
  const percentMetricOf = (m: MetricMention, gapAfter: string): string | undefined => {
    const ratio = readingFor(m, 'percent');
    if (ratio) return ratio;
    // "expects total revenues to grow by approximately 10%": the growth metric of that metric.
    if (
      /^\s*(?:to\s+)?(?:grow|increase|rise)\s+(?:by\s+)?(?:approximately\s+|about\s+|around\s+|roughly\s+)?$/i.test(
        gapAfter,
      )
    ) {
      const growth = `${m.key}Growth`;
      return ctx.metrics.kindOf(growth) === 'percent' ? growth : undefined;
    }
    return undefined;
  };

  // Periods printed right after an amount ("JPY151 million of operating profit in 3Q01") belong to it.
  const ATTACHED = /^\s*\)?\s*,?\s*(?:(?:of\s+)?[a-z][a-z ]{2,40}?,?\s+)?(?:in|for|during|at|as\s+of)\s+(?:the\s+)?$/i;
  const attachedTo = new Map<PeriodMention, Group>();
  for (const g of groups) {
    const p = periods.find(
      (x) =>
        x.start >= g.end &&
        (ATTACHED.test(sentence.slice(g.end, x.start)) ||
          // "$112.7 million as of September 30, 2014": the period names its own preposition.
          (/^(?:as\s+of|as\s+at|at)\b/i.test(x.text) && /^\s*\)?\s*,?\s*$/.test(sentence.slice(g.end, x.start)))),
    );
    if (p && !attachedTo.has(p)) attachedTo.set(p, g);
  }
  // "EUR 412 million (376) in Q1–Q3/2025": the period past a bare base in parentheses is the figure's before it.
  for (const [p, g] of attachedTo) {
    const i = groups.indexOf(g);
    const main = groups[i - 1];
    if (
      main &&
      /^\s*\(\s*$/.test(sentence.slice(main.end, g.start)) &&
      /^[^()]*\)[^()]*$/.test(sentence.slice(g.start, p.start)) &&
      ![...attachedTo.values()].includes(main)
    )
      attachedTo.set(p, main);
  }
  // "net sales of 172 billion yen and operating income of 13 billion yen for fiscal 2011": a period closing a
  // list of figures holds for each figure of the list.
  const COORDINATED =
    /^\s*\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+)?[A-Za-z][A-Za-z -]{2,40}?\s+(?:of|was|were|at)\s+(?:approximately\s+|about\s+)?$/;
  const sharedPeriod = new Map<Group, PeriodMention>();
  for (let i = groups.length - 2; i >= 0; i--) {
    const g = groups[i]!;
    if ([...attachedTo.values()].includes(g)) continue;
    const next = groups[i + 1]!;
    const p = [...attachedTo].find(([, x]) => x === next)?.[0] ?? sharedPeriod.get(next);
    const gap = sentence.slice(g.end, next.start);
    // "…, compared with a net loss of JPY 88 million in 2Q04": a base figure, not a list.
    const listed = COORDINATED.test(gap) && !/\b(?:compared|versus|vs|against|from|over|than|or)\b/i.test(gap);
    // "a net loss of $(5.4) million, or $(0.22) per share, in the third quarter of 2013": the same period.
    const restated = /^\s*\)?\s*,?\s*or\s+$/i.test(gap);
    if (p && (listed || restated)) sharedPeriod.set(g, p);
  }
  const free = (p: PeriodMention) => !usedPeriods.has(p) && !attachedTo.has(p);
  /** A metric's amount is of its kind (money in a currency, a percent), and a per-share one never in millions. */
  const fitsScale = (key: string, a: AmountMention) => {
    const kind = ctx.metrics.kindOf(key);
    if (kind && (kind === 'money') !== isCurrency(a.unit)) return false;
    if (kind && (kind === 'percent') !== (a.unit === 'percent')) return false;
    // A multiple is of a metric counted in multiples only.
    if ((ctx.metrics.unitOf(key) === 'x') !== (a.unit === 'x')) return false;
    return !(ctx.metrics.isPerShare(key) && a.scale !== 'one');
  };
  let previous: { fact: DraftFact; group: Group } | undefined;
  let previousWasBase = false;
  /** The last figure drafted, a base figure or not: what ", or $0.22 per share" qualifies. */
  let last: { fact: DraftFact; group: Group; base: boolean } | undefined;
  const factByGroup = new Map<Group, DraftFact>();
  const metricOfGroup = new Map<Group, string>();
  /** Facts whose sign came from a loss phrase ("loss from operations was $6.3 million"), not from the number. */
  const lossWorded = new Set<DraftFact>();
  /** The figures drafted so far that are no base figures, in order. */
  const mains: { fact: DraftFact; group: Group }[] = [];
  let lastBasePeriod: PeriodRef | undefined;
  const baseFactByGroup = new Map<Group, DraftFact>();
  const factSpans = new Map<DraftFact, { start: number; end: number }>();
  for (const group of groups) {
    const a = group.amounts[0]!;
    const isPercent = a.unit === 'percent';
    // Inside a comparison ("an increase of 6.3%"): not a level.
    if (isPercent && comparisons.some((c) => a.start >= c.at && a.end <= c.end)) continue;
    // "¥35 per share, up ¥5 from the previous year": an amount of change, not a level of any metric.
    if (!isPercent && ABSOLUTE_CHANGE_BEFORE.test(sentence.slice(Math.max(0, group.start - 30), group.start))) {
      decisions.push({
        quote: quoteOf(sentence, group.start, group.end),
        question: `'${a.text}' is a change, not a level: the comparison's absolute change? (not drafted)`,
      });
      continue;
    }
    // "(previously A$195m – A$205m)", "from $340 million to $370 million previously", "compared to prior guidance
    // of $650 million to $750 million": the forecast a revision replaces, cited in a note, not drafted.
    if (isSuperseded(sentence, group)) {
      decisions.push({
        quote: quoteOf(sentence, group.start, group.end),
        question: `'${group.amounts.map((x) => x.text).join(' / ')}' is the previous forecast the new one replaces: not drafted (cite it in the new fact's note)`,
      });
      continue;
    }
    const reasons: string[] = [];
    let confidence = 0.95;
    let metric: MetricMention | undefined;
    let metricKey: string | undefined;
    let isBaseFigure = false;

    // 1. A metric phrase right after the amount: "JPY151 million of operating profit".
    const after = sentence.slice(group.end);
    /** The sentence's clause up to the amount (from the last ';'). */
    const clauseBefore = sentence.slice(sentence.lastIndexOf(';', group.start) + 1, group.start);
    // "214,600 fibre subscribers": a count's metric may follow a word or two naming the service.
    const isCount = !isPercent && !isCurrency(a.unit);
    const own = metrics.find(
      (m) =>
        m.start >= group.end &&
        (isCount
          ? /^\s*(?:of\s+)?(?:[a-z][a-z-]*\s+){0,2}$/
          : // "$84.6 million in cash and cash equivalents": a sum "in" what it is.
            isCurrency(a.unit)
            ? /^\s*(?:of\s+|in\s+)?$/i
            : /^\s*(?:of\s+)?$/i
        ).test(sentence.slice(group.end, m.start)),
    );
    let ownKey = own ? readingFor(own, a.unit) : undefined;
    // "leverage of 1.3 times adjusted EBITDA", "2.7 times trailing twelve-month EBITDA": net debt as a multiple of
    // the EBITDA named after it.
    const ofEbitda = a.unit === 'x' ? MULTIPLE_OF_EBITDA.exec(after) : null;
    const multipleKey = ofEbitda ? (ofEbitda[1] ? NET_DEBT_TO_ADJUSTED_EBITDA : NET_DEBT_TO_EBITDA) : undefined;
    let qualified: MetricMention | undefined;
    // "a year-end dividend of JPY 1,500 per share": a bare "per share" qualifies the per-share metric before it,
    // across a change ("increased by 9% to 4.8p per share") and figures of that metric ("the annual dividend of
    // ¥56 per share, including the interim dividend of ¥26 per share …, compared with ¥50 per share").
    if (own && ownKey && /^per\s/i.test(own.text)) {
      // ("a dividend of EUR 0.55 per share (EUR 0.50 per share for FY 2024)": a base figure in parentheses looks past
      // the first figure's own "per share".)
      const before = metrics.filter((m) => m.end <= group.start);
      const inParentheses = before.length > 0 && /\(\s*$/.test(sentence.slice(before.at(-1)!.end, group.start));
      const named = inParentheses ? before.filter((m) => !/^per\s/i.test(m.text)).at(-1) : before.at(-1);
      const key = named ? readingFor(named, a.unit) : undefined;
      const between = (g: Group) => g !== group && g.start >= named!.end && g.end <= group.start;
      const sameMetric = (g: Group) =>
        comparisons.some((c) => g.start >= c.at && g.end <= c.end) || metricOfGroup.get(g) === key;
      const gaps = named ? stripSpans(sentence.slice(named.end, group.start), named.end, groups.filter(between)) : '';
      // "The dividend is 12.0% higher than the $0.25 per share paid …": a change of that metric, then its base.
      const comparedBase =
        named !== undefined &&
        groups.filter(between).every((g) => /%/.test(sentence.slice(g.start, g.end))) &&
        gaps
          .split(/\s+/)
          .filter(Boolean)
          .every((w) => COMPARED_WORDS.has(w.toLowerCase()));
      if (
        named &&
        key &&
        key !== ownKey &&
        // "($0.41 per share basic; $0.40 per share diluted)": a bare per-share phrase qualifies nothing after it
        !/^per\s/i.test(named.text) &&
        ctx.metrics.isPerShare(key) &&
        (groups.filter(between).every(sameMetric) || comparedBase) &&
        (groups.some(between) || isLinking(gaps, named.end, skippable))
      ) {
        qualified = named;
        ownKey = key;
      }
      // "Core FFO guidance to a range of $5.72 to $5.84 per diluted share": the per-share figure of the metric
      // named before it, where the lexicon has one.
      const perShareKey = named && key && !ctx.metrics.isPerShare(key) ? ctx.metrics.perShareOf(key) : undefined;
      if (
        !qualified &&
        perShareKey &&
        perShareKey !== ownKey &&
        !/^per\s/i.test(named!.text) &&
        !groups.some(between) &&
        isLinking(gaps, named!.end, skippable)
      ) {
        qualified = named;
        ownKey = perShareKey;
      }
    }
    let inherit: DraftFact | undefined;
    if (multipleKey && ctx.metrics.kindOf(multipleKey)) {
      metricKey = multipleKey;
      reasons.push(`a multiple of the EBITDA named after it: ${multipleKey}`);
    } else if (own && ownKey && fitsScale(ownKey, a)) {
      metric = qualified ?? own;
      metricKey = ownKey;
      reasons.push(
        qualified
          ? `metric '${qualified.text}' before the amount, '${own.text}' after it`
          : `metric '${own.text}' follows the amount`,
      );
      // "Net loss was $1.9 million, or $0.08 per share": the same period, the same sign.
      if (last && /^\s*,?\s*or\s+$/i.test(sentence.slice(last.group.end, group.start))) {
        inherit = last.fact;
        // "Non-GAAP net income was $9.2 million, or $0.15 per diluted share": that metric's own per-share figure.
        const perShare = /^per\s/i.test(own.text) ? ctx.metrics.perShareOf(last.fact.metric) : undefined;
        if (perShare) {
          metricKey = perShare;
          reasons.push(`per-share figure of '${last.fact.metric}': ${perShare}`);
        }
        // "compared to a net loss of $(5.4) million, or $(0.22) per share": a base figure too.
        if (last.base) {
          isBaseFigure = true;
          reasons.push(`base figure, as the figure it follows`);
        }
      }
    }
    // 1b. "Non-GAAP operating income was $287.5 million, or 23.2% of total revenue": the margin of that figure.
    if (
      !metricKey &&
      isPercent &&
      last &&
      /^\s*\)?\s*,?\s*(?:or|representing|equal\s+to|equivalent\s+to|i\.e\.)\s+$/i.test(
        sentence.slice(last.group.end, group.start),
      ) &&
      /^\s*of\s+(?:(?:total|net|group|consolidated)\s+)*(?:revenues?|sales|turnover)\b/i.test(after)
    ) {
      // "EUR 21.7 million (EUR 17.3 million), or 7.6% of revenue": the figure's margin, not its base's.
      const inParentheses =
        last.base &&
        (/\(\s*$/.test(sentence.slice(0, last.group.start)) || /^\s*\)/.test(sentence.slice(last.group.end)));
      const subject = inParentheses && previous ? { fact: previous.fact, base: false } : last;
      const margin = ctx.metrics.marginOf(subject.fact.metric);
      if (margin) {
        metricKey = margin;
        inherit = subject.fact;
        isBaseFigure = subject.base;
        reasons.push(`the margin of '${subject.fact.metric}' ('… of revenue')`);
      }
    }
    // 1c. "an annual dividend of ¥44 per share (interim ¥20, year-end ¥24)": the parts of that dividend; "Proposed
    // final dividend of 8.2p per share (2023: 7.7p), making a total for the year of 12.1p": its total.
    let dividendPart: string | undefined;
    let dividendTotal = false;
    if (
      !metricKey &&
      previous &&
      /dividend/i.test(previous.fact.printedMetric ?? '') &&
      /\bmaking\s+(?:a\s+)?total(?:\s+dividend)?(?:\s+for\s+the\s+(?:year|period))?\s+of\s*$/i.test(
        sentence.slice(previous.group.end, group.start),
      )
    ) {
      metricKey = previous.fact.metric;
      dividendTotal = true;
      reasons.push('the total of the dividend before it');
    }
    if (!metricKey && previous && /dividend/i.test(previous.fact.printedMetric ?? '')) {
      const part =
        /(?:\(|,)\s*(interim|year-end|final|first[\s-]half|second[\s-]half)\s*(?:dividend\s*)?(?:of\s+)?$/i.exec(
          sentence.slice(previous.group.end, group.start),
        );
      if (part) {
        dividendPart = `${part[1]!.toLowerCase()} dividend`;
        metricKey = previous.fact.metric;
        reasons.push(`the ${dividendPart} part of the dividend before it`);
      }
    }
    // 2. A base-period figure in passing: "compared with JPY 512 million in 4Q04", "vs. …, and …",
    // "38.5% (Q2 2009: 36.0%)".
    const before = sentence.slice(previous?.group.end ?? 0, group.start);
    const parenPeriod = previous
      ? periods.find(
          (p) =>
            p.start >= previous!.group.end &&
            // "4.8p per share (H1 2024: 4.4p)", "£1.62bn at 30 June 2025 (31 December 2024: £1.48bn)",
            // "£528.0m, up 12% (2017: £471.3m)"
            /^[\s,]*(?:(?:per\s+(?:(?:basic|diluted|common|bearer|registered|ordinary)\s+)?share|at|as|of|in|for|during|the|proposed|declared|paid|recommended)[\s,]+)*\(\s*$/i.test(
              stripSpans(sentence.slice(previous!.group.end, p.start), previous!.group.end, [
                ...periods,
                ...changeSpans,
                ...comparisons.map((c) => ({ start: c.at, end: c.spanEnd })),
              ]),
            ) &&
            // "(30 June 2023: net cash of £12.4m)": a net debt's base may be net cash; "(Q2 2024 - $0.105)"
            /^\s*(?::|\s[-–])\s*(?:net\s+cash\s+(?:of\s+)?)?$/i.test(sentence.slice(p.end, group.start)),
        )
      : undefined;
    let netCash = false;
    if (!metricKey && previous && parenPeriod) {
      metricKey = previous.fact.metric;
      isBaseFigure = true;
      usedPeriods.add(parenPeriod);
      reasons.push(`base figure of '${previous.fact.metric}' given in parentheses`);
      netCash = /net\s+cash/i.test(sentence.slice(parenPeriod.end, group.start)) && metricKey === 'netDebt';
      if (netCash) reasons.push('net cash: a negative net debt');
    }
    // "EUR 21.7 million (EUR 17.3 million)": the same unit alone in parentheses is the year before's figure.
    const bareParenthesis =
      // "final dividend of 8.6p (7.9p) per share": the "per share" after the base qualifies the metric before
      (!metricKey || (qualified !== undefined && metricKey === previous?.fact.metric)) &&
      previous !== undefined &&
      // "(pcp: A$44.1 million)", "(prior year: …)" say the same
      // "or 7.6% of revenue (6.6%)": after a margin's "of revenue" too
      // "(interim dividend for the previous fiscal year: ¥22)" says the same; "SEK 1,842m on 30 September 2025 (2,015)"
      // past the figure's date
      (/^\s*(?:of\s+(?:(?:total|net|group|consolidated)\s+)*(?:revenues?|sales|turnover)\s*|,?\s*at\s+the\s+end\s+of\s+the\s+(?:period|quarter|half|year)\s*|\s*(?:on|at|as\s+(?:of|at))\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d{2}\s*|per\s+(?:(?:basic|diluted|bearer|registered|ordinary)\s+)?share\s*)?\(\s*(?:(?:pcp|PY|(?:prior|previous)[\s-]year(?:\s+(?:quarter|period|half))?|last\s+year|prior\s+corresponding\s+period|[^():]{0,60}?\b(?:previous|prior|last)\s+(?:fiscal\s+|financial\s+)?year)\s*:\s*)?$/i.test(
        stripSpans(before, previous.group.end, periods).replace(/^\s*(?:in|for|during)\s+the\s+(?=\s*\()/i, ''),
      ) ||
        // "214,600 fibre subscribers at 30 September 2024 (197,300)": past a count's metric and date
        (isCount &&
          /^\s*(?:[a-z][a-z-]*\s+){0,2}\(\s*$/.test(
            stripSpans(before, previous.group.end, [...periods, ...metrics]),
          ))) &&
      // "(EUR 17.3 million)", "(814 at 31 December 2018)"
      (/^\s*(?:(?:at|as\s+of|on|in|for)\s+[^()]{3,60})?\)/.test(sentence.slice(group.end)) ||
        /\)\s*$/.test(sentence.slice(group.start, group.end))) &&
      previous.fact.amounts.some((x) => x.unit === a.unit);
    if (bareParenthesis) {
      metricKey = previous!.fact.metric;
      isBaseFigure = true;
      reasons.push(`base figure of '${previous!.fact.metric}' in parentheses: the same period a year before`);
    }
    if (!metricKey && previous && (COMPARE_TO.test(before) || /^[^.;]{0,60}?,?\s+and\s+(?:an?\s+)?$/i.test(before))) {
      // "Net earnings of $12.6 million, or $0.31 per diluted share, compared with $9.8 million": the base of the
      // last figure its amount can be (not the per-share one).
      const based = fitsScale(previous.fact.metric, a)
        ? previous.fact
        : mains.filter((m) => fitsScale(m.fact.metric, a)).at(-1)?.fact;
      if (based && (COMPARE_TO.test(before) || previousWasBase)) {
        metricKey = based.metric;
        isBaseFigure = true;
        reasons.push(`base figure of '${based.metric}' given in passing`);
      }
    }
    if (
      own &&
      previous &&
      (COMPARE_TO.test(before) ||
        // "… (2023: £2.4m), mainly … and £3.1m of acquisition-related costs": a list's next base repeats its metric
        (/^[^.;]{0,60}?,?\s+and\s+(?:an?\s+)?$/i.test(before) && previousWasBase && metricKey === previous.fact.metric))
    ) {
      isBaseFigure = true;
      reasons.push(`base figure in passing, compared with '${previous.fact.metric}'`);
      // "…, or $0.15 per diluted share, compared to $0.07 per diluted share": the base of that per-share metric.
      if (
        metricKey &&
        /^per\s/i.test(own.text) &&
        previous.fact.metric !== metricKey &&
        ctx.metrics.isPerShare(previous.fact.metric)
      )
        metricKey = previous.fact.metric;
    }
    // 2b. "Operating cash flow was $24.8 million and free cash flow was $21.3 million, compared to $15.2 million and
    // $12.6 million, respectively, in the third quarter of fiscal 2024": the n-th base is the n-th figure's.
    let respectivePeriod: PeriodMention | undefined;
    const respectively = /^(?:[^.;]|\.(?=\d))*?\brespectively\b,?/i.exec(sentence.slice(group.end));
    if (isBaseFigure && respectively) {
      const compareAt = [
        ...sentence.slice(0, group.start).matchAll(/\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\b/gi),
      ].at(-1);
      const listEnd = group.end + respectively[0].length;
      const list = compareAt ? groups.filter((g) => g.start > compareAt.index && g.end <= listEnd) : [];
      const targets = mains.slice(-list.length);
      const at = list.indexOf(group);
      if (list.length > 1 && targets.length === list.length && at >= 0) {
        metricKey = targets[at]!.fact.metric;
        reasons.splice(
          0,
          reasons.length,
          `base figure of '${metricKey}' (figure ${at + 1} of a list given 'respectively')`,
        );
        respectivePeriod = periods.find((p) => p.start >= listEnd && p.start <= listEnd + 12);
      }
    }
    // 3. A metric phrase before it, tied by linking words only; or "which will total".
    if (!metricKey) {
      const candidates = metrics.filter((m) => m.end <= group.start).reverse();
      const tied = candidates.find((m) => {
        const gap = sentence.slice(m.end, group.start);
        const inChange = (g: Group) => comparisons.some((c) => g.start >= c.at && g.end <= c.spanEnd);
        if (groups.some((g) => g !== group && g.start >= m.end && g.end <= group.start && !inChange(g))) return false;
        if (metrics.some((o) => o !== m && o.start >= m.end && o.end <= group.start)) return false;
        if (isPercent) {
          const key = percentMetricOf(m, gap);
          // A ratio needs linking words; a growth ("revenues to grow by") its own phrase.
          return key !== undefined && (key !== readingFor(m, 'percent') || isLinking(gap, m.end, skippable));
        }
        return readingFor(m, a.unit) !== undefined && isLinking(gap, m.end, skippable);
      });
      if (tied) {
        metric = tied;
        metricKey = isPercent ? percentMetricOf(tied, sentence.slice(tied.end, group.start)) : readingFor(tied, a.unit);
        reasons.push(`metric '${tied.text}' before the amount`);
        if (previous && COMPARE_TO_METRIC.test(sentence.slice(previous.group.end, tied.start))) {
          isBaseFigure = true;
          reasons.push(`base figure in passing, compared with '${previous.fact.metric}'`);
        }
      } else if (
        /which\s+will\s+(?:total|amount\s+to|be)\s*(?:more\s+than|in\s+excess\s+of|at\s+least|approximately|about)?\s*$/i.test(
          sentence.slice(0, group.start),
        )
      ) {
        const subject = metrics.find((m) => m.kind !== 'percent');
        if (subject && !isPercent) {
          metric = subject;
          metricKey = subject.key;
          confidence = 0.7;
          reasons.push(`'which will total' refers to '${subject.text}'`);
        }
      }
    }
    // "$61.2 million for the first nine months, and $29.7 million in the quarter", "W118.5 billion, bringing the
    // year-to-date total to W301.7 billion": the figure before it, for another period.
    if (!metricKey && previous && !isPercent && previous.fact.amounts[0]?.unit === a.unit) {
      const gap = sentence.slice(previous.group.end, group.start);
      const following = sentence.slice(group.end, group.end + 40);
      const another =
        (/^\s*(?:(?:in|for|during)\s+[^,;]{0,40})?,?\s*(?:and|while|with)\s*$/i.test(gap) &&
          /^\s*(?:in|for|during)\s+(?:the\s+)?(?:quarter|period|year|half|first|second|third|fourth|full|fiscal|nine|six|Q[1-4]|[1-4]Q|H[12])/i.test(
            following,
          )) ||
        /,\s*bringing\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:total|figure|amount)\s+(?:for\s+(?:the\s+)?[\w\s-]{0,30})?to\s*$/i.test(
          gap,
        );
      if (another) {
        metricKey = previous.fact.metric;
        confidence = 0.7;
        reasons.push(`the metric of the figure before it ('${previous.fact.metric}'), for another period`);
      }
    }
    if (!metricKey) {
      if (!isPercent)
        decisions.push({
          quote: quoteOf(sentence, group.start, group.end),
          question: `'${group.amounts.map((x) => x.text).join(' / ')}': no metric of the lexicon is tied to it; a fact? which metric?`,
        });
      continue;
    }
    // "leverage (net debt to adjusted EBITDA) of 0.9x": the adjusted multiple the words between name.
    if (
      metricKey === NET_DEBT_TO_EBITDA &&
      metric &&
      /\b(?:adjusted|underlying)\s+EBITDA\b/i.test(sentence.slice(metric.start, group.start))
    )
      metricKey = NET_DEBT_TO_ADJUSTED_EBITDA;
    const kind = ctx.metrics.kindOf(metricKey);
    if (!fitsScale(metricKey, a)) {
      decisions.push({
        quote: quoteOf(sentence, group.start, group.end),
        question: `'${a.text}' is tied to '${metric?.text ?? metricKey}' (${metricKey}), a per-share metric, but is in ${a.scale}s: which metric?`,
      });
      continue;
    }
    if ((kind === 'money') !== isCurrency(a.unit) || (kind === 'percent') !== isPercent) {
      decisions.push({
        quote: quoteOf(sentence, group.start, group.end),
        question: `'${a.text}' is tied to '${metric?.text ?? metricKey}' (${metricKey}, a ${kind ?? 'unknown'} metric) but is in ${a.unit}: which metric?`,
      });
      continue;
    }

    // The period: attached to the amount ("… in 3Q01"), inside the metric–amount gap, in the sentence, the heading, the document.
    let period: PeriodRef | undefined;
    const attachedPeriod = [...attachedTo].find(([, g]) => g === group)?.[0] ?? sharedPeriod.get(group);
    // "net debt reduced to £96.2m (£118.4m) at the year end": a period past the parenthesis is its figure's.
    const closing = sentence.indexOf(')', group.start);
    const attached =
      bareParenthesis && attachedPeriod && closing >= 0 && attachedPeriod.start > closing ? undefined : attachedPeriod;
    const inGap = metric ? periods.find((p) => p.start >= metric.end && p.end <= group.start && free(p)) : undefined;
    const earlier = periods.filter((p) => p.end <= group.start && free(p)).at(-1);
    const forAnywhere = periods.find(
      (p) => free(p) && /\bfor\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, p.start - 12), p.start)),
    );
    const chosen = inherit
      ? undefined
      : (respectivePeriod ?? parenPeriod ?? attached ?? inGap ?? (isBaseFigure ? undefined : (earlier ?? forAnywhere)));
    if (inherit) {
      period = inherit.period;
      reasons.push(`period of the figure it follows ('or …')`);
    } else if (chosen) {
      period = chosen.period;
      // "$358.6 million (2023 - $321.0 million)" after a half-year figure: that half of 2023, not the year.
      // ("(2024: 12.5%)" after the half to August 2025 of fiscal 2026, a year ending in February: the year the
      // half a year back closes in, fiscal 2025; "(2025: 272.0 cents)" after fiscal 2026's interim: fiscal 2025's.)
      const main = previous?.fact.period;
      const part = main?.quarter !== undefined ? main.quarter * 3 : main?.months;
      if (chosen === parenPeriod && /^(?:19|20)\d{2}$/.test(chosen.text) && main && part !== undefined) {
        const endMonth = ((Number(ctx.calendar.fiscalYearEnd?.slice(0, 2) ?? 12) + part - 1) % 12) + 1;
        const closing = calendarYearOf(MONTH_NAMES[endMonth - 1]!, main.fiscalYear, ctx.calendar);
        period = {
          ...main,
          fiscalYear: Number(chosen.text) === closing - 1 ? main.fiscalYear - 1 : chosen.period.fiscalYear,
        };
      }
      if (chosen === attached || qualifiers.has(chosen)) usedPeriods.add(chosen);
      confidence = Math.min(confidence, chosen.confidence);
      reasons.push(`period '${chosen.text}'${chosen.note ? ` (${chosen.note})` : ''}`);
    } else if (isBaseFigure && previous) {
      // "compared to $13.0 million, or $0.21 per diluted share, a year ago": past the per-share figure.
      const tail = after
        .replace(/^\s*,\s*or\s+[^,;]{1,40}?\bper\s+(?:(?:basic|diluted)\s+(?:and\s+diluted\s+)?)?share\b/i, '')
        // "compared to $0.16 per diluted share a year ago": past its own per-share words
        .replace(/^\s*per\s+(?:(?:basic|diluted)\s+(?:and\s+diluted\s+)?)?(?:common\s+)?share\b/i, '')
        // "compared with $64.5 million, or 11.8% of revenue, in the prior-year quarter": past its margin
        .replace(/^\s*,\s*or\s+\d+(?:\.\d+)?\s?%\s+of\s+(?:total\s+|net\s+)?(?:revenues?|sales)\b/i, '');
      const rel = RELATIVE_BASES.find(([r]) => r.test(tail));
      // "…, or 18.5% of revenue, in 2024": a period named past what the tail skipped.
      const skipped = group.end + after.length - tail.length;
      const named = periods.find(
        (p) =>
          p.start >= skipped && /^\s*,?\s*(?:in|for|during)\s+(?:the\s+)?$/i.test(sentence.slice(skipped, p.start)),
      );
      const prior = bareParenthesis
        ? priorPeriod(previous.fact.period, 'year')
        : rel
          ? priorPeriod(previous.fact.period, rel[1])
          : undefined;
      if (!prior && named && skipped > group.end) {
        period = named.period;
        usedPeriods.add(named);
        reasons.push(`period '${named.text}', past the figure's own per-share or margin words`);
      } else if (prior) {
        period = prior;
        reasons.push(
          `period: ${bareParenthesis || rel![1] === 'year' ? 'a year' : 'a quarter'} before ${JSON.stringify(previous.fact.period)}`,
        );
      } else if (lastBasePeriod) {
        // "…, compared with KRW 48.0 billion in the second quarter of 2024, and the margin improved to 7.3% from
        // 6.2%": a base the sentence gives no period of its own is of the sentence's base period.
        period = lastBasePeriod;
        confidence = Math.min(confidence, 0.7);
        reasons.push(`period: the base period the sentence compares with (${JSON.stringify(lastBasePeriod)})`);
      } else if (
        previous.fact.basis === 'actual' &&
        a.value !== undefined &&
        BARE_BASE.test(sentence.slice(Math.max(0, group.start - 20), group.start)) &&
        /^\s*(?:[.;,)]|and\b|$)/i.test(after)
      ) {
        // "Operating income increased to $214.7 million from $188.9 million": a base printed with no period is the
        // same period a year before, as results releases compare; a guess the curator confirms.
        period = priorPeriod(previous.fact.period, 'year');
        confidence = Math.min(confidence, 0.5);
        reasons.push(
          `period: a year before ${JSON.stringify(previous.fact.period)}, assumed (the base names no period)`,
        );
      }
    } else if (/\bfull[\s-]year\b/i.test(sentence.slice(0, group.start)) && (ctx.headingPeriod ?? ctx.documentPeriod)) {
      // "expects full-year net sales of …" under a half-year or quarter: that fiscal year.
      const year = (ctx.headingPeriod?.period ?? ctx.documentPeriod)!.fiscalYear;
      period = { fiscalYear: year };
      confidence = Math.min(confidence, 0.7);
      reasons.push(`period: the full fiscal year ${year}, the year the document is about`);
    } else if (ctx.guidancePeriod && !isBaseFigure && GUIDANCE.test(clauseBefore)) {
      period = ctx.guidancePeriod;
      confidence = Math.min(confidence, 0.7);
      reasons.push(`period: the forecast's before it in the paragraph (${JSON.stringify(ctx.guidancePeriod)})`);
    } else if (
      ctx.headingPeriod &&
      // ("Capital expenditures totalled $96.3 million in the quarter, consisting of $52.1 million …" under "… and 2025
      // Guidance": figures reported, expecting nothing, under an outlook's heading are the document's.)
      !(OUTLOOK_TITLE.test(ctx.headingPeriod.text) && REPORTED.test(clauseBefore) && !GUIDANCE.test(sentence))
    ) {
      // ("Guidance raised: EBITDA 2025 of EUR 1,000m to 1,080m" under "Interim Report Q1-3/2025": the year's.)
      const heading = ctx.headingPeriod.period;
      const forecast =
        !isBaseFigure &&
        (heading.quarter !== undefined || heading.months !== undefined) &&
        /\b(?:forecasts?|outlook|guidance)\b/i.test(sentence.slice(0, group.start));
      period = forecast ? { fiscalYear: heading.fiscalYear } : heading;
      confidence = Math.min(confidence, forecast ? 0.6 : 0.85);
      reasons.push(
        forecast
          ? `period: the fiscal year ${heading.fiscalYear} (a forecast under the heading '${ctx.headingPeriod.text}')`
          : `period from the heading '${ctx.headingPeriod.text}'`,
      );
    } else if (ctx.documentPeriod) {
      // "The consolidated forecast … is unchanged: net sales of 98,000 million yen" in a half-year report: a forecast
      // that names no period is of the whole fiscal year.
      const forecast =
        !isBaseFigure &&
        (ctx.documentPeriod.quarter !== undefined || ctx.documentPeriod.months !== undefined) &&
        /\b(?:forecasts?|outlook|guidance)\b/i.test(sentence.slice(0, group.start));
      // "Capital expenditures totaled Ps. 1,184 million (9M24: Ps. 1,362 million)" in a quarter's release: the span
      // its base in parentheses names, a year on.
      const base = forecast
        ? undefined
        : periods.find(
            (p) =>
              p.start >= group.end &&
              /^\s*\(\s*$/.test(sentence.slice(group.end, p.start)) &&
              /^\s*:/.test(sentence.slice(p.end)) &&
              (p.period.quarter ?? p.period.months) !== undefined &&
              p.period.fiscalYear === ctx.documentPeriod!.fiscalYear - 1,
          );
      const baseSpan = base && { ...base.period, fiscalYear: ctx.documentPeriod.fiscalYear };
      period = forecast
        ? { fiscalYear: ctx.documentPeriod.fiscalYear }
        : baseSpan && !samePeriod(baseSpan, ctx.documentPeriod)
          ? baseSpan
          : ctx.documentPeriod;
      confidence = Math.min(confidence, 0.6);
      reasons.push(
        forecast
          ? `period: the fiscal year ${ctx.documentPeriod.fiscalYear} (a forecast that names no period)`
          : period === baseSpan
            ? `period: the span its base '${base!.text}' names, a year on`
            : 'period: the one the document reports on (not stated here)',
      );
    }
    if (!period) {
      decisions.push({
        quote: quoteOf(sentence, group.start, group.end),
        question: `'${a.text}' (${metricKey}): which period?`,
      });
      continue;
    }
    // "the interim dividend of ¥26 per share" for fiscal 2025: the dividend of its first half.
    const dividendName = dividendPart ?? metric?.text;
    if (
      dividendName &&
      /\b(?:interim|first[\s-]half)\b/i.test(dividendName) &&
      period.quarter === undefined &&
      period.months === undefined
    ) {
      period = { fiscalYear: period.fiscalYear, months: 6 };
      reasons.push(`'${dividendName}': the first half of fiscal ${period.fiscalYear}`);
    }
    // "The forecast for the annual dividend remains 62 yen" under a half-year: the year's, unless the sentence says;
    // so is a year-end (final) dividend.
    if (
      metric &&
      /\b(?:annual|year-end|final)\b/i.test(dividendName ?? '') &&
      !inherit &&
      !chosen &&
      (period.quarter !== undefined || period.months !== undefined)
    ) {
      period = { fiscalYear: period.fiscalYear };
      reasons.push(`'${metric.text}': the whole of fiscal ${period.fiscalYear}`);
    }
    // "Kurobe Automotive Systems Co., Ltd. reported revenues of …": another company is the subject.
    const subjectEnd = metric ? Math.min(metric.start, group.start) : group.start;
    const clauseFrom = Math.max(0, sentence.lastIndexOf(';', subjectEnd) + 1);
    const subject = (ctx.otherCompanies ?? []).find(
      (c) =>
        c.start >= clauseFrom &&
        // The subject opens its clause ("Kurenai Automotive Systems Co., Ltd. reported", "Its subsidiary X Co. posted").
        /^\s*(?:(?:the|its|our|a)\s+(?:[A-Za-z-]+\s+){0,2})?$/i.test(sentence.slice(clauseFrom, c.start)) &&
        c.end <= subjectEnd &&
        !(ctx.issuerNames ?? []).some((n) => n.length > 1 && sentence.slice(c.end, subjectEnd).includes(n)),
    );
    if (subject) {
      decisions.push({
        quote: quoteOf(sentence, group.start, group.end),
        question: `'${a.text}' (${metricKey}): not drafted — the sentence is about ${subject.name}, not the issuer. A fact of ${subject.name} (company: its id), or the issuer's?`,
      });
      continue;
    }

    // Guidance: expectation words in the clause up to the amount (or an outlook section).
    // The clause: after a ';' or an "and declared" that starts a new one ("maintained its plan … and declared a
    // quarterly dividend of KRW 500").
    const newClause = [
      ...sentence
        .slice(0, group.start)
        .matchAll(
          /\b(?:and|while|but)\s+(?:also\s+)?(?:declared|approved|paid|announced|signed|completed|agreed|recorded|reported|posted|generated)\b/g,
        ),
    ].at(-1);
    const clauseStart = Math.max(0, sentence.lastIndexOf(';', group.start) + 1, newClause?.index ?? 0);
    const clause = sentence.slice(clauseStart, group.start);
    // "Capital expenditures totalled $96.3 million in the quarter" under "Capital Expenditures and 2025 Guidance":
    // a figure reported in the past tense, with no expectation word, is an actual even in an outlook section.
    const reported = REPORTED.test(clause) && !GUIDANCE.test(sentence);
    // "The Board will propose … a dividend of CHF 6.50": the dividend for the year reported, not an expectation.
    const expecting = DIVIDENDS.has(metricKey ?? '')
      ? clause.replace(/\bwill\s+(?:propose|recommend)\b/gi, '')
      : clause;
    const guidance = !isBaseFigure && ((ctx.outlook === true && !reported) || GUIDANCE.test(expecting));
    if (guidance) reasons.push('guidance: expectation words');
    // "Annual dividend JPY3,000 per share (interim JPY1,500)" in a half-year report: the interim one is decided.
    const interimDecided =
      guidance &&
      dividendPart === 'interim dividend' &&
      ctx.documentPeriod?.fiscalYear === period.fiscalYear &&
      (ctx.documentPeriod.quarter === undefined
        ? (ctx.documentPeriod.months ?? 12) >= 6
        : ctx.documentPeriod.quarter >= 2);
    if (interimDecided) reasons.push('actual: the interim dividend of a half the document reports on');
    // "loss from operations was $6.3 million, compared to $9.8 million": the base is a loss too.
    const baseOfLoss =
      isBaseFigure &&
      !own &&
      !metric &&
      !a.signed &&
      (BASE_LOSS.test(before) ||
        (previous !== undefined &&
          lossWorded.has(previous.fact) &&
          !/\b(?:profit|income|gain)\s+of\s*$/i.test(before)));
    const negate =
      (Boolean(metric?.loss) ||
        baseOfLoss ||
        netCash ||
        (inherit !== undefined && inherit.amounts.some((x) => (x.value ?? 0) < 0))) &&
      !a.signed;
    if (negate)
      reasons.push(
        baseOfLoss
          ? `the base of a loss ('${previous!.fact.metric}'), stored negative`
          : `'${metric?.text ?? inherit?.metric}': a loss, stored negative`,
      );

    if (group.amounts.some((x) => x.ocrRepaired)) {
      confidence = Math.min(confidence, 0.7);
      reasons.push(`OCR letters in '${group.amounts.map((x) => x.text).join(' / ')}' read as digits`);
    }
    // A base figure is of the business line its fact is of.
    // "Flow Control revenue increased to £240.9m (…), with adjusted operating profit of £34.9m": a metric joined to
    // the sentence's figure of a business line, naming none of its own, is that line's too.
    const joinedLine =
      previous?.fact.offering &&
      metric &&
      /^\s*\)?\s*(?:,\s*)?(?:and|with|while)\s+(?:an?\s+|its\s+)?$/i.test(
        sentence.slice(previous.group.end, metric.start).replace(/\([^()]*\)/g, ''),
      )
        ? previous.fact.offering
        : undefined;
    const offering = isBaseFigure
      ? previous?.fact.offering
      : metric
        ? (offeringBefore(sentence, metric, ctx) ?? joinedLine)
        : undefined;
    if (offering) {
      confidence = Math.min(confidence, 0.7);
      reasons.push(
        isBaseFigure
          ? `of the business line '${offering}', as the figure it is the base of`
          : `of the business line '${offering}' (named with '${metric!.text}')`,
      );
    }
    const fact: DraftFact = {
      metric: metricKey,
      ...(offering ? { offering } : {}),
      period,
      basis: guidance && !interimDecided ? 'guidance' : 'actual',
      amounts: group.amounts.map((x) => toAmount(x, negate)),
      approximate: group.amounts.some((x) => x.approximate),
      comparisons: [],
      quote: quoteOf(sentence, group.start, group.end),
      confidence,
      reasons,
      // A base figure is of the metric as its fact printed it ("Final dividend of 7.6p … (FY24: 7.0p)").
      ...(dividendTotal
        ? { printedMetric: 'total dividend' }
        : dividendPart
          ? { printedMetric: dividendPart }
          : metric
            ? { printedMetric: metric.text }
            : isBaseFigure && previous?.fact.printedMetric
              ? { printedMetric: previous.fact.printedMetric }
              : {}),
    };
    facts.push(fact);
    metricOfGroup.set(group, fact.metric);
    if (negate && (metric?.loss || baseOfLoss)) lossWorded.add(fact);
    // A dividend's part ("interim ¥20") is no figure a later base compares with, nor what "…, or" refers back to.
    if (!isBaseFigure && !dividendPart) {
      factByGroup.set(group, fact);
      mains.push({ fact, group });
    }
    if (!isBaseFigure && metric && metric.end <= group.start)
      factSpans.set(fact, { start: metric.start, end: group.start });
    else baseFactByGroup.set(group, fact);

    // A base figure compares the fact it is the base of (the last of its metric): direction from the two values.
    // Of several ("the annual dividend …, including the interim dividend …, compared with ¥50 per share for fiscal
    // 2024"), the one of the base's kind of period.
    const ofMetric = isBaseFigure
      ? [...factByGroup].filter(([, f]) => f.metric === fact.metric && !samePeriod(f.period, period))
      : [];
    const main =
      ofMetric.filter(([, f]) => f.period.quarter === period.quarter && f.period.months === period.months).at(-1) ??
      ofMetric.at(-1);
    if (main) {
      const [mainGroup, mainFact] = main;
      const p = mainFact.amounts.find((x) => x.unit === fact.amounts[0]!.unit);
      const q = fact.amounts[0]!;
      if (p?.value !== undefined && q.value !== undefined && p.scale === q.scale) {
        const existing = mainFact.comparisons.find((c) => samePeriod(c.basePeriod, period));
        if (!existing) {
          mainFact.comparisons.push({
            kind: comparisonKind(mainFact.period, period),
            basePeriod: period,
            direction: p.value > q.value ? 'increase' : p.value < q.value ? 'decrease' : 'unchanged',
            quote: quoteOf(sentence, mainGroup.start, group.end),
          });
        }
      }
    }
    if (isBaseFigure) lastBasePeriod = fact.period;
    if (!isBaseFigure && !dividendPart) previous = { fact, group };
    else if (previous) previous = { fact: previous.fact, group };
    previousWasBase = isBaseFigure;
    last = { fact, group, base: isBaseFigure };
  }

  // Attach each comparison to the fact whose amount it follows most closely.
  for (const c of comparisons) {
    // A change phrase between a metric and its amount ("Net sales rose 9.6% year-on-year to ¥38.2 billion") is that
    // fact's; otherwise it is the fact of the amount it follows.
    const within = [...factSpans].find(([, span]) => c.at >= span.start && c.spanEnd <= span.end)?.[0];
    const groupBefore = groups.filter((g) => factByGroup.has(g) && g.end <= c.at).at(-1);
    const fact = within ?? (groupBefore ? factByGroup.get(groupBefore) : undefined);
    if (!fact) continue;
    // An unstated base is the year before, for a fiscal year or a half or nine months (for a quarter it could be
    // the quarter before); the change still states the change of a comparison a base figure gives ("Revenue up
    // 8.9% to £412.6m (H1 2024: £378.9m)").
    if (c.implicit && fact.period.quarter !== undefined) {
      if (c.change !== undefined) unbased.push({ at: c.at, change: c.change, dir: c.dir, fact });
      continue;
    }
    const baseFact = c.baseGroup ? baseFactByGroup.get(c.baseGroup) : undefined;
    if (c.baseGroup && !baseFact) continue;
    const basePeriod = baseFact
      ? baseFact.period
      : c.base
        ? c.base.period
        : priorPeriod(fact.period, c.implicit ? 'year' : c.rel!);
    if (!basePeriod) continue;
    const existing = fact.comparisons.findIndex((x) => samePeriod(x.basePeriod, basePeriod));
    const comparison: DraftComparison = {
      kind: comparisonKind(fact.period, basePeriod),
      basePeriod,
      ...(c.change !== undefined && c.dir !== 'unchanged'
        ? { change: { value: c.change, unit: 'percent' as const } }
        : {}),
      direction: c.dir,
      quote: sentence,
    };
    if (existing >= 0) fact.comparisons[existing] = comparison;
    else fact.comparisons.push(comparison);
  }
  // A change with no base of its own states the change of the one comparison a base figure gave its fact.
  for (const u of unbased.sort((x, y) => x.at - y.at)) {
    const groupBefore = groups.filter((g) => factByGroup.has(g) && g.end <= u.at).at(-1);
    const fact = u.fact ?? (groupBefore ? factByGroup.get(groupBefore) : undefined);
    if (!fact || fact.comparisons.length !== 1 || fact.comparisons[0]!.change) continue;
    const only = fact.comparisons[0]!;
    if (only.direction !== u.dir && u.dir !== 'unchanged') continue;
    fact.comparisons[0] = { ...only, change: { value: u.change, unit: 'percent' }, quote: sentence };
  }
  return { facts, decisions };
}
