/**
 * What every table reader shares: the unit header ("(Millions of yen, except per share data)",
 * "(JPY Millions)", "(in thousands)"), cells (a number — △, ▲, a minus or parentheses make it
 * negative —, a percent, or an empty dash), rows (a label, then cells only), and a header line's
 * pieces by column position. The readers are ./periodColumnTables.ts (columns are periods) and
 * ./metricColumnTables.ts (columns are metrics); ./chartLabels.ts uses the unit header. Pure.
 */
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import {
  CURRENCY_LABELS,
  CURRENCY_SIGNS,
  currencyCode,
  ISO_CODES,
  namedDollar,
  SCALED_CODE,
  repairOcrDigits,
} from './amountMentions.js';
import type { Decision, DraftComparison, DraftFact } from './draftFacts.js';
import { comparisonKind, priorPeriod, type FiscalCalendar } from './fiscalPeriods.js';
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
  /** The unit the document states for its figures ("Figures are in US$ million unless otherwise stated"). */
  readonly documentUnit?: { readonly header: UnitHeader; readonly quote: string } | undefined;
}

export type Scale = Amount['scale'];

/**
 * "Figures are in US$ million unless otherwise stated", "All amounts in EUR million unless otherwise indicated":
 * the unit of a table that prints none, with the sentence that says so.
 */
export function statedUnit(collapsedText: string): { header: UnitHeader; quote: string } | undefined {
  // ("(in EUR million, unless otherwise stated)" over a table: the same, said in its header.)
  const m =
    /\b(?:(?:all\s+)?(?:figures|amounts|numbers))\s+(?:are\s+)?(?:(?:stated|expressed|presented|shown|given|reported)\s+)?in\s+([^.;()]{2,40}?)\s*,?\s+unless\s+otherwise\s+(?:stated|indicated|noted|specified)/i.exec(
      collapsedText,
    ) ??
    /\(\s*(?:in\s+)?([^.;()]{2,40}?)\s*,\s*unless\s+otherwise\s+(?:stated|indicated|noted|specified)\s*\)/i.exec(
      collapsedText,
    );
  const header = m ? unitHeader(`(${m[1]!.trim()})`) : undefined;
  if (header?.unit !== undefined && header.scale !== 'one') return { header, quote: m![0] };
  // "All figures are in (Thousands) Saudi Riyal": the scale in parentheses, the currency after it in words.
  const scaleFirst = new RegExp(
    String.raw`\ball\s+(?:figures|amounts)\s+(?:are\s+)?in\s+\((thousands|millions|billions)\)\s+(${CURRENCY_WORDS})(?![A-Za-z])`,
    'i',
  ).exec(collapsedText);
  const stated = scaleFirst ? unitHeader(`(${scaleFirst[1]} of ${scaleFirst[2]})`) : undefined;
  if (stated?.unit !== undefined) return { header: stated, quote: scaleFirst![0] };
  return undefined;
}

export interface UnitHeader {
  /** Absent when the header names no currency ("(in thousands)"). */
  readonly unit?: string;
  readonly scale: Scale;
  /** "except per share data": per-share rows are in the currency itself. */
  readonly perShareInUnits: boolean;
  /** "except average prices in thousands": the scale of the rows that are prices. */
  readonly pricesIn?: Scale;
  /** Cells are in crores (10) or lakhs (100) of the scale, hundreds of millions (0.1 of billions) or trillions (1000). */
  readonly factor?: number;
}

/** A cell's value in the header's scale: "(₹ crore)  1,482.6" is 14,826 million. */
export function scaled(value: number, header: UnitHeader | undefined): number {
  const factor = header?.factor ?? 1;
  return factor === 1 ? value : Math.round(value * factor * 1e6) / 1e6;
}

const SCALES: Record<string, Scale> = {
  thousand: 'thousand',
  thousands: 'thousand',
  million: 'million',
  millions: 'million',
  billion: 'billion',
  billions: 'billion',
};

/** The scale a word names ("millions", "m", "bn"), if any. */
export function scaleWord(word: string): Scale | undefined {
  const w = word.toLowerCase();
  return (
    SCALES[w] ??
    (w === 'm' || w === 'mn' || w === 'mm'
      ? 'million'
      : w === 'bn' || w === 'b.'
        ? 'billion'
        : w === 'k'
          ? 'thousand'
          : undefined)
  );
}

/** "(Millions of yen)", "(In millions of U.S. dollars, except per share amounts)", "(JPY Millions)", "(Unit: million yen)". */
export function unitHeader(line: string): UnitHeader | undefined {
  const own = unitHeaderOf(line);
  if (own) return withPriceScale(own, line);
  // "Segment information (nine months)   (JPY Millions)": the unit may be a later parenthesis.
  for (const m of [...line.matchAll(/\(([^()]{2,160})\)/g)].slice(1)) {
    const later = unitHeaderOf(`(${m[1]})`);
    if (later) return withPriceScale(later, line);
  }
  return undefined;
}

/** "(Dollars in millions, except average prices in thousands)": the price rows' own scale. */
function withPriceScale(header: UnitHeader, line: string): UnitHeader {
  const m = /\bexcept\b[^()]*?\bprices?\s+(?:are\s+)?in\s+(thousands|millions)\b/i.exec(line);
  return m ? { ...header, pricesIn: SCALES[m[1]!.toLowerCase()]! } : header;
}

function unitHeaderOf(line: string): UnitHeader | undefined {
  const captioned = CAPTIONED_UNIT.exec(line);
  if (captioned) return unitHeaderOf(' '.repeat(captioned[1]!.length) + line.slice(captioned[1]!.length));
  // "-------- Rupees in thousand --------": a unit ruled off across the columns, as Pakistani statements print it.
  const ruled = /^\s*[-–—]{2,}\s*([^()]{2,60}?)\s*[-–—]{2,}\s*$/.exec(line);
  if (ruled) return unitHeaderOf(`(${ruled[1]})`);
  // "Figures in million - SA rand      Six months ended 30 June": the scale, then the currency, as JSE results print them.
  const scaleFirst = SCALE_THEN_CURRENCY.exec(line);
  if (scaleFirst)
    return unitHeaderOf(
      `${scaleFirst[2]} ${scaleFirst[1]}`.padEnd(scaleFirst[0].length) + line.slice(scaleFirst[0].length),
    );
  const stated = STATED_UNIT_LINE.exec(line);
  if (stated) return header(stated[1] ?? stated[4]!, stated[2] ?? stated[3]!, true);
  const inside = /\(([^()]{2,160})\)/.exec(line)?.[1];
  // "NOK million      Q3 2026    Q3 2025": a header line that opens with its unit, unbracketed.
  const opening = LEADING_UNIT.exec(line);
  if (!inside || opening)
    return opening
      ? header(
          opening[1] ?? opening[4] ?? opening[5] ?? opening[7]!,
          opening[2] ?? opening[3] ?? (opening[6] ? scaleOfCode(opening[6]) : 'thousands'),
          true,
        )
      : undefined;
  const perShareInUnits = /except\s+(?:for\s+)?per[\s-]share/i.test(inside);
  // "(unaudited, in thousands, …)", "(consolidated, VND billion)", "(IFRS in MAD millions)", "(Unaudited data, EUR
  // million)": an audit, scope or standards note may open the header.
  const lead = String.raw`^\s*(?:(?:un-?audited|audited|consolidated|group|IFRS|U\.?S\.?\s?GAAP)(?:\s+(?:data|figures))?\s*[,;]?\s*){0,2}(?:unit\s*:\s*|in\s+|amounts\s+in\s+)?`;
  // "(MSEK, unless otherwise stated)": what follows a comma qualifies the unit.
  const code = new RegExp(String.raw`${lead}\b${SCALED_CODE}\b\s*(?:,[^()]*)?$`, 'i').exec(inside);
  if (code) return header(code[2]!, scaleOfCode(code[1]!), perShareInUnits);
  const ofForm = new RegExp(String.raw`${lead}(${SCALE_WORDS})\s+of\s+(${CURRENCY_WORDS})`, 'i').exec(inside);
  if (ofForm) return header(ofForm[2]!, ofForm[1]!, perShareInUnits);
  // ("R'm": rand millions.) "(S$'000)", "(RM'000)", "(USD 1 000)": thousands of the currency, as Singapore, Malaysian, Hong Kong and Nordic
  // releases print them.
  const millions = new RegExp(String.raw`${lead}(${CURRENCY_WORDS})${MILLIONS_MARK}`, 'i').exec(inside);
  if (millions) return header(millions[1]!, 'millions', perShareInUnits);
  const thousands = new RegExp(String.raw`${lead}(${CURRENCY_WORDS})\s?${THOUSANDS_MARK}`, 'i').exec(inside);
  if (thousands) return header(thousands[1]!, 'thousands', perShareInUnits);
  // "(Unit: KRW 100 million)": Korean tables count in hundreds of millions (억); a cell is a tenth of a billion.
  const hundredMillions = new RegExp(String.raw`${lead}(${CURRENCY_WORDS})\s*100\s+millions?\b`, 'i').exec(inside);
  if (hundredMillions) {
    const billions = header(hundredMillions[1]!, 'billion', perShareInUnits);
    return billions && { ...billions, factor: 0.1 };
  }
  const prefixed = new RegExp(
    // ("(Dollars and shares in thousands, except per share amounts)": the shares counted in the same scale.)
    String.raw`${lead}(${CURRENCY_WORDS})(?:\s+and\s+shares)?\s*(?:in\s+|['’])?(${SCALE_WORDS})(?![A-Za-z])`,
    'i',
  ).exec(inside);
  if (prefixed) return header(prefixed[1]!, prefixed[2]!, perShareInUnits);
  // ("(M€)", "(k€)": French and Spanish releases put the scale before the sign, unspaced.)
  const suffixed = new RegExp(
    String.raw`${lead}(?:(${SCALE_WORDS})\s+(?:of\s+)?(${CURRENCY_WORDS})|(m|mn|bn|k)\s?(€))`,
    'i',
  ).exec(inside);
  if (suffixed) return header(suffixed[2] ?? suffixed[4]!, suffixed[1] ?? suffixed[3]!, perShareInUnits);
  // "(in thousands, except per share data)": the currency is the document's (TableContext.defaultCurrency).
  const bare = /^\s*(?:un-?audited\s*[,;]?\s*)?in\s+(thousands|millions|billions)\b/i.exec(inside);
  if (bare) return { scale: SCALES[bare[1]!.toLowerCase()]!, perShareInUnits };
  return undefined;
}

/** "'000" or "1 000" after a currency ("S$'000", "(USD 1 000)", "(EUR 1,000)"): its thousands. */
const THOUSANDS_MARK = String.raw`(?:['’]000|\s?1[\s,.]000)(?![\d,.]|\s?000|\s+(?:million|billion))`;
/** "(NOK 1 000 000)", "(EUR 1.000.000)": its millions. */
const MILLIONS_MARK = String.raw`\s?1(?:\s000\s000|,000,000|\.000\.000)(?![\d,.])`;
// ("SEK b.": a Swedish report's billions, "Mdr" in its Swedish original.)
const SCALE_WORDS = String.raw`thousands?|millions?|billions?|trillions?|crores?|lakhs?|mm|m|mn|bn|b\.|k`;
const CURRENCY_WORDS = String.raw`(?:Canadian|Australian|New\s+Zealand|Hong\s+Kong|Singapore|U\.?S\.?\s*)?\s?dollars?|yen|euros?|pounds?|won|kronor|rand|reais|(?:Mexican\s+|Philippine\s+)?pesos|(?:Swiss\s+)?francs|baht|rupiah|ringgit|rupees|${ISO_CODES}|${CURRENCY_SIGNS}|${CURRENCY_LABELS}|R(?=['’]?\s*(?:m|mn|million|bn|billion)\b|['’]000)`;
/** The scale a scaled code's letter names: M millions, T or K thousands. */
const scaleOfCode = (letter: string) => (letter.toUpperCase() === 'M' ? 'millions' : 'thousands');
/** A unit opening a header line, followed by at least two spaces and more headers. */
const LEADING_UNIT = new RegExp(
  String.raw`^\s*(?:in\s+|unit\s*:\s*)?(?:(${CURRENCY_WORDS})\s*['’]?(${SCALE_WORDS})|(${SCALE_WORDS})\s+(?:of\s+)?(${CURRENCY_WORDS})|(${CURRENCY_WORDS})\s?${THOUSANDS_MARK}|\b${SCALED_CODE}\b)(?:\s+\(?unless\s+(?:otherwise\s+)?(?:stated|indicated|noted)\)?)?(?=\s{2,}\S)`,
  'i',
);

/** "Income statement in EUR million    1-9/2025": a caption, then the unit opening the header (the caption kept). */
const CAPTIONED_UNIT = new RegExp(
  String.raw`^(\s*[A-Z][A-Za-z &,'-]{2,40}?\s+)(?=in\s+(?:${CURRENCY_WORDS})\s*['’]?(?:${SCALE_WORDS})(?=\s{2,}\S))`,
  'i',
);

/** "Figures in COP billion (miles de millones)", "Amounts in millions of euros", "Unit: VND billion": a line that only states the unit. */
const STATED_UNIT_LINE = new RegExp(
  String.raw`^\s*(?:(?:all\s+)?(?:figures|amounts|numbers)\s+(?:are\s+)?)?(?:in|unit\s*:)\s+(?:(${CURRENCY_WORDS})\s*['’]?(${SCALE_WORDS})|(${SCALE_WORDS})\s+of\s+(${CURRENCY_WORDS}))\b\s*(?:\([^()]*\))?\s*$`,
  'i',
);

const SCALE_THEN_CURRENCY = new RegExp(
  String.raw`^\s*figures\s+in\s+(${SCALE_WORDS})\s*[-–]\s*(?:SA\s+|South\s+African\s+)?(${CURRENCY_WORDS})(?=\s{2,}\S|\s*$)`,
  'i',
);

/** The line with its unit header blanked out (same length: positions still index columns). */
export function withoutUnit(line: string): string {
  const blank = (t: string) => ' '.repeat(t.length);
  const captioned = CAPTIONED_UNIT.exec(line);
  if (captioned) return captioned[1]! + withoutUnit(line.slice(captioned[1]!.length));
  const lead = LEADING_UNIT.exec(line) ?? SCALE_THEN_CURRENCY.exec(line);
  if (lead) return blank(lead[0]) + line.slice(lead[0].length);
  // ("Segment information (nine months)   (JPY Millions)": the parenthesis that is the unit, not the caption's.)
  const unit = [...line.matchAll(/\([^()]{2,160}\)/g)].find((m) => unitHeaderOf(m[0]));
  const at = unit ?? /\([^()]{2,160}\)/.exec(line);
  return at ? line.slice(0, at.index) + blank(at[0]) + line.slice(at.index! + at[0].length) : line;
}

function header(currency: string, scale: string, perShareInUnits: boolean): UnitHeader | undefined {
  const s = scale.toLowerCase();
  // "(₹ crore)": fact files have no crore or lakh scale; a crore is ten million, a lakh a hundred thousand.
  const indian = /^crores?$/.test(s) ? 10 : /^lakhs?$/.test(s) ? 100 : undefined;
  const known = indian === 10 ? 'million' : indian === 100 ? 'thousand' : scaleWord(s);
  // "(Rp trillion)": fact files have no trillion scale either; a cell is a thousand billions.
  if (/^trillions?$/.test(s)) {
    const unit = namedDollar(currency) ?? currencyCode(currency);
    return unit ? { unit, scale: 'billion', perShareInUnits, factor: 1000 } : undefined;
  }
  if (!known) return undefined;
  if (indian) {
    const unit = currencyCode(currency) ?? 'INR';
    return { unit, scale: known, perShareInUnits, factor: indian };
  }
  // "(in millions of dollars)": the document's dollars (TableContext.defaultCurrency), not always US ones.
  if (/^(?:\$|dollars?)$/i.test(currency.trim())) return { scale: known, perShareInUnits };
  const unit = namedDollar(currency) ?? currencyCode(currency);
  return unit ? { unit, scale: known, perShareInUnits } : undefined;
}

/** What one table cell states, as a fact: not approximate unless the cell says so, no comparison yet. */
export function cellFact(cell: {
  readonly metric: string;
  readonly offering?: string | undefined;
  readonly period: PeriodRef;
  readonly basis: 'actual' | 'guidance';
  readonly amount: Amount;
  readonly quote: string;
  readonly reasons: string[];
  readonly approximate?: boolean;
  /** 0.8 for a cell under its row and column header; lower where the reading is less direct. */
  readonly confidence?: number;
  readonly printedForecast?: boolean;
}): DraftFact {
  return {
    metric: cell.metric,
    ...(cell.offering ? { offering: cell.offering } : {}),
    period: cell.period,
    basis: cell.basis,
    amounts: [cell.amount],
    approximate: cell.approximate ?? false,
    comparisons: [],
    quote: cell.quote,
    confidence: cell.confidence ?? 0.8,
    reasons: cell.reasons,
    ...(cell.printedForecast ? { printedForecast: true } : {}),
  };
}

export const periodOrder = (p: PeriodRef) => p.fiscalYear * 100 + (p.quarter ? p.quarter * 3 : (p.months ?? 12));

/** One cell: a number (△, ▲, a minus or parentheses make it negative), a percent, or an empty one (a dash, "n.m.", a Korean "T/B" turned to profit, "Loss cut"). */
// A change in points first ("+80bps", "+0.9ppt"): a number alone would stop before its unit.
/** A unit of percentage points or basis points after a change ("+80bps", "+0.9ppt", "(120 bps)"). */
const POINTS_UNIT = String.raw`(?:bps|bp|ppts?|pp|pts?|p\.p\.)`;
export const CELL = String.raw`(?:[+\-−]\s?)?\d+(?:\.\d+)?\s?${POINTS_UNIT}(?![A-Za-z])|\(\d+(?:\.\d+)?(?:\)\s?${POINTS_UNIT}(?![A-Za-z])|\s?${POINTS_UNIT}\))|(?:[$¥€£]\s*)?(?:[△▲+\-−]\s?)?\(?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:%\)|\)?%?)|(?:[$¥€£]\s*)?(?:[△▲+\-−]\s?)?\(?\d+(?:\.\d+)?(?:%\)|\)?%?)|[—–-]|n\/?a|n\.m\.?|nmf?|T\/[BR]|loss\s+cut`;
export const ROW = new RegExp(
  // "(Reference) Results for FY2026 171,340 8,862 …": a label may open with a parenthesis and end with a label year.
  // ("Net property income ("NPI")": a defined short name in quotes.)
  // ("  - Thai patients   5,452": a dash or bullet may mark a breakdown row.)
  // ("  % of sales   6.9   8.5": a margin row under its metric.)
  String.raw`^\s*(?:[-–•·]\s+)?((?:[A-Za-z(]|%(?=\s+of\s))[A-Za-z0-9$£€¥₹ ,'’"“”()&/%.–—-]*?(?:[A-Za-z)%]|\b[A-Z]{1,3}\d{2,4}(?:\/\d{1,2})?))((?:\s+(?:${CELL}))+)\s*$`,
  'i',
);

export interface Cell {
  readonly text: string;
  readonly value?: number;
  readonly percent: boolean;
  /** A change in percentage points ("+80bps" is 0.8, "+0.9ppt" 0.9): a margin's change, absolute. */
  readonly points?: boolean;
}

export function cellsOf(text: string): Cell[] {
  return [...text.matchAll(new RegExp(CELL, 'gi'))]
    .map((m) => m[0].replace(/\s+/g, '').replace(/^[$¥€£]/, ''))
    .map((t) => {
      // "(30)bps": a fall, in parentheses ("(120 bps)": its unit inside them).
      const points = new RegExp(
        String.raw`^(?:([+\-−])?(\d+(?:\.\d+)?)|\((\d+(?:\.\d+)?)\))(${POINTS_UNIT})$|^\((\d+(?:\.\d+)?)(${POINTS_UNIT})\)$`,
        'i',
      ).exec(t);
      if (points) {
        const fall = points[3] ?? points[5];
        const n = Number(points[2] ?? fall) / (/^bps?$/i.test(points[4] ?? points[6]!) ? 100 : 1);
        const negative = fall !== undefined || (points[1] !== undefined && points[1] !== '+');
        return { text: t, value: negative ? -n : n, percent: false, points: true };
      }
      // "(4.9%)": a negative change, its percent sign inside the parentheses.
      const m = /^([△▲+\-−])?\(?([\d,]+(?:\.\d+)?)(?:(%)\)|\)?(%)?)$/.exec(t);
      if (!m) return { text: t, percent: false };
      const negative = (m[1] !== undefined && m[1] !== '+') || /^\(.*\)%?$/.test(t);
      const n = Number(m[2]!.replace(/,/g, ''));
      return { text: t, value: negative ? -n : n, percent: (m[3] ?? m[4]) !== undefined };
    });
}

export interface Column {
  readonly period?: PeriodRef | undefined;
  readonly basis: 'actual' | 'guidance';
  /** A column of changes (%, "Change", "YoY", "Difference"). */
  readonly change?: 'percent' | 'absolute';
  /** A figure column's own unit where the table's columns differ ("(US$ mn)" beside "(Rp bn)"). */
  readonly unit?: UnitHeader | undefined;
  /** The period a change column compares against, where its header names it ("vs. 2Q25"). */
  readonly base?: PeriodRef | undefined;
  /** The period whose change it is, where its header names it too ("4Q25 vs 4Q24"); else the row's latest. */
  readonly of?: PeriodRef | undefined;
  /** A change column of growth beside the reported change: like-for-like (organic) or at constant currency. */
  readonly growth?: 'organic' | 'constantCurrency';
  /** Where the column's header starts on its line (for words printed under it). */
  readonly at?: number;
  /** Where the header ends on the line its cells align under, when its text is composed from lines above. */
  readonly end?: number;
  /** A forecast the revision replaces: kept out of the draft. */
  readonly superseded?: boolean;
  readonly text: string;
}

// "% Var", "Reported  LfL*", "Organic", "cc": change columns too.
export const CHANGE_HEADER =
  /\b(?:var|chg)\.|\b(?:change|chg|YoY|Y\/Y|QoQ|Q\/Q|increase|inc\.\/dec\.|difference|reported|var\.?|LfL|like[-\s]for[-\s]like|organic|cc|CER|constant\s+currency|(?<!change\s+)at\s+constant(?:\s+(?:currency|currencies|exchange\s+rates?))?|growth)\b\*?|%|(?<![A-Za-z])[Δ∆](?:\s?,?\s?%)?(?![A-Za-z])|(?<!\S)\+\/\(?-\)?(?!\S)/i;

/**
 * A quarter label in a table its caption calls cumulative ("(1) Consolidated Operating Results (cumulative)",
 * "Segment information (nine months)"): "3Q FY2025" there is the year's first nine months, as a kessan
 * tanshin prints them.
 */
export function cumulativePeriod(period: PeriodRef, caption: string): PeriodRef {
  if (period.quarter === undefined || period.quarter === 1) return period;
  const months = period.quarter * 3;
  const says =
    /\bcumulative\b/i.test(caption) ||
    // (In parentheses: "Six months ended June 30" over its columns is no caption of the quarter's.)
    (months === 9 && /\(\s*nine\s+months\s*\)/i.test(caption)) ||
    (months === 6 && /\(\s*(?:six\s+months|first\s+half)\s*\)/i.test(caption));
  // (The fourth quarter's twelve months are the year itself.)
  if (!says) return period;
  return months === 12 ? { fiscalYear: period.fiscalYear } : { fiscalYear: period.fiscalYear, months };
}

/**
 * A row that is the company's own figure, no business line ("Total", "Group", "Consolidated"). "Group eliminations"
 * or "Group costs" is a reconciling line, drafted with its label as the line, as curators record it.
 */
export const COMPANY_ROW =
  /^(?:group|total|consolidated)\b(?!-|\s+(?:functions|costs|central|items|eliminations|adjustments)\b)/i;

/** The growth a change column's header names beside the reported change: like-for-like or constant-currency. */
export function growthOf(text: string): 'organic' | 'constantCurrency' | undefined {
  return /\b(?:LfL|like[-\s]for[-\s]like|organic)\b/i.test(text)
    ? 'organic'
    : /\b(?:cc|CER|constant\s+(?:currency|currencies|exchange\s+rates?)|at\s+constant)\b/i.test(text)
      ? 'constantCurrency'
      : undefined;
}

/** The lexicon's metric for revenue's growth of each kind (a growth column's cells are amounts of it). */
const REVENUE_GROWTH = {
  organic: 'organicRevenueGrowth',
  constantCurrency: 'constantCurrencyRevenueGrowth',
} as const;

/**
 * A growth column's cell: the amount of revenue's growth of that kind for the latest figure beside it (`later`,
 * a fact of the same row), in percent.
 */
export function growthFact(cell: {
  readonly growth: keyof typeof REVENUE_GROWTH;
  readonly later: DraftFact;
  readonly value: number;
  readonly offering: string | undefined;
  readonly quote: string;
  readonly reason: string;
}): DraftFact {
  return cellFact({
    metric: REVENUE_GROWTH[cell.growth],
    offering: cell.offering,
    period: cell.later.period,
    basis: cell.later.basis,
    amount: { value: cell.value, scale: 'one', unit: 'percent' },
    quote: cell.quote,
    reasons: [cell.reason],
  });
}

/** A change column's header read: its kind, and whether it is a growth (like-for-like, constant currency). */
export function changeColumn(text: string): Column {
  const growth = growthOf(text);
  return {
    basis: 'actual',
    change: /difference/i.test(text) ? 'absolute' : 'percent',
    ...(growth ? { growth } : {}),
    text,
  };
}
export const FORECAST = /\b(?:forecasts?|plan|targets?|outlook|estimates?|guidance|projections?)\b/i;
export const ACTUAL = /\b(?:actual|results?)\b/i;

/**
 * "EBITDA (CVM Resolution 156)   1,241.3 …": a number that closes the label's parenthesis is the label's, not a
 * cell.
 */
function withClosedLabel(row: RegExpExecArray | null): [string, string, string] | null {
  if (!row) return null;
  const [whole, label, cells] = [row[0], row[1]!, row[2]!];
  const closing = /^(\s*\d+\))(?=\s)/.exec(cells)?.[1];
  if (!closing) return [whole, label, cells];
  // ("Adjusted EBITA 1)   1.94   1.52": a Nordic report's footnote mark, no cell: a value never prints as "1)".)
  if ((label.match(/\(/g) ?? []).length <= (label.match(/\)/g) ?? []).length)
    return /^\s*\d\)$/.test(closing) && /\d/.test(cells.slice(closing.length))
      ? [whole, label, cells.slice(closing.length)]
      : [whole, label, cells];
  return [whole, label + closing, cells.slice(closing.length)];
}

/** A row: a metric label, then cells only. "Profit attributable to" + "owners of parent  7,890" is one row. */
export function rowOf(
  line: string,
  next: string | undefined,
): { label: string; cells: string; lines: 1 | 2 } | undefined {
  const own = withClosedLabel(ROW.exec(line));
  // "Profit attributable to owners  1,903  2,288" over "of parent": the label wraps below its cells.
  if (own && next !== undefined && /^\s*(?:of|to|and|in|for|the|per)\b[a-z ]*$/.test(next))
    return { label: `${own[1]!} ${next.trim()}`, cells: own[2]!, lines: 2 };
  if (own) return { label: own[1]!, cells: own[2]!, lines: 1 };
  // ("Attributable to owners of the" over "Company  1,001 …": a label cut after "of" or "of the".)
  if (
    next &&
    /^\s*[A-Za-z][A-Za-z ,'’()&/-]*$/.test(line) &&
    (/^\s*(?:[a-z]|&\s)/.test(next) || /\sof(?:\s+the)?\s*$/i.test(line))
  ) {
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

/** A row of a table whose columns are metrics: a period or basis label, then cells after two spaces. */
export const LABELLED_ROW = new RegExp(String.raw`^(\s*\S.*?\S)((?:\s{2,}(?:${CELL}))+)\s*$`, 'i');

export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The pieces of a header line, cut at runs of two or more spaces, with their columns. */
/** A column's unit in words, as a kessan tanshin prints it over each figure column ("Millions of yen"). */
export const UNIT_IN_WORDS = String.raw`(?:Millions|Thousands|Billions)\s+of\s+(?:yen|dollars|euros)`;

export function chunksOf(line: string): Chunk[] {
  const UNIT_TOKEN = new RegExp(String.raw`${UNIT_IN_WORDS}|%|\bYen\b`, 'gi');
  return [...line.matchAll(/\S+(?: \S+)*/g)].flatMap((m) => {
    // "Millions of yen % Millions of yen %": the unit words of a sub-header are columns of their own.
    const units = [...m[0].matchAll(UNIT_TOKEN)];
    const rest = m[0].replace(UNIT_TOKEN, '').trim();
    if (units.length < 2 || rest !== '') return [{ start: m.index, end: m.index + m[0].length, text: m[0] }];
    return units.map((u) => ({ start: m.index + u.index, end: m.index + u.index + u[0].length, text: u[0] }));
  });
}

/** "Net sales Millions of yen", "NZ$m": the unit a column header names, in parentheses or not. */
export function columnUnit(header: string): UnitHeader | undefined {
  // "Millions of yen", and a sub-header's "Million yen"
  const bare = /\b(thousands?|millions?|billions?)\s+(?:of\s+)?(yen|dollars|euros|won)\b/i.exec(header);
  return (
    unitHeader(header) ??
    (bare ? unitHeader(`(${bare[0]})`) : undefined) ??
    // ("NZ$m", "SEK m" alone under a metric's head: the unit as if bracketed.)
    (/^\(.*\)$/.test(header.trim()) ? undefined : unitHeader(`(${header.trim()})`))
  );
}

/**
 * A table line as its readers see it: OCR letters in numbers as digits, footnote marks ("Adjusted operating
 * profit¹ (£m)") as spaces. The length is kept, so positions still index the printed line's columns.
 */
export function tableLine(line: string): string {
  return (
    repairOcrDigits(line)
      .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]/g, ' ')
      // "Adjusted EPS (1)     2.68": a footnote mark after the label, no cell (a cell stands apart from its label).
      .replace(/(?<=[A-Za-z%)])( \(\d\)|\*{1,2})(?= {2,}\S)/g, (m) => ' '.repeat(m.length))
      // "Adjusted profit before tax2 (£m)", "Home completions (including JVs)1   2,184": a footnote's digit set on
      // the label's last word (a lower-case word or a parenthesis: not "CET1", "Q3").
      .replace(/^(\s*\S.*?)(?<=[a-z)])[1-9](?=(?: \([^()]*\))?(?: {2,}|$))/, (_, label: string) => `${label} `)
      // "1.20 %      1.08 %": a percent sign set apart from its figure.
      .replace(/(?<=\d) %(?=\s|$)/g, '% ')
      // "–5.2": a Swiss or French table's en dash before a figure is its minus sign.
      .replace(/(?<=\s)–(?=\d)/g, '-')
  );
}

/**
 * A unit header wrapped over two lines ("(millions of dollars, except       Three months ended June 30" over
 * "per share amounts and volumes)      2025      2024"): closed on its first line, its continuation blanked,
 * so the header reads as a unit and the line below as the years it also holds. Lengths are kept.
 */
export function unwrapUnitHeaders(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const open = /^(\s*\([^()]*?)(\s{2,}\S.*)?$/.exec(out[i]!);
    const rest = /^(\s*[^()]*\))/.exec(out[i + 1]!);
    if (!open || !rest || !/[A-Za-z]{3,}/.test(open[1]!) || out[i]!.includes(')')) continue;
    const tail = open[2] ?? '';
    if (tail !== '' && !/^\s{2}/.test(tail)) continue;
    out[i] = `${open[1]!})${tail.slice(1)}`;
    out[i + 1] = ' '.repeat(rest[1]!.length) + out[i + 1]!.slice(rest[1]!.length);
  }
  return out;
}

/** A line that is a table row (a label and at least two cells): the table readers' to read, not the sentence grammar's. */
export function isTableRow(line: string): boolean {
  const repaired = tableLine(line);
  const row = ROW.exec(repaired) ?? LABELLED_ROW.exec(repaired);
  return row !== null && cellsOf(row[2]!).filter((c) => c.value !== undefined).length >= 2;
}

/** A change column's cell ("+9.4%", "△8.3") as the comparison of a figure with its base (a year back when not given). */
export function printedChange(
  period: PeriodRef,
  change: number,
  quote: string,
  base?: PeriodRef,
  unit: 'percent' | 'absolute' = 'percent',
): DraftComparison {
  const basePeriod = base ?? priorPeriod(period, 'year')!;
  return {
    kind: comparisonKind(period, basePeriod),
    basePeriod,
    ...(change !== 0 ? { change: { value: Math.abs(change), unit } } : {}),
    direction: change > 0 ? 'increase' : change < 0 ? 'decrease' : 'unchanged',
    quote,
  };
}

/** The lexicon's metric for the year-end (final) part of a fiscal year's dividend (seed/FORMAT.md's conventions). */
export const YEAR_END_DIVIDEND = 'yearEndDividendPerShare';

const QUARTER_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };
/**
 * The part of a year's dividend a dividend table's column is ("2Q-end", "End of second quarter",
 * "Year-end", "Total"), for a cell of the fiscal year `fiscalYear`: an interim dividend is the
 * dividend per share of the half or quarter it is paid for, a year-end one the year's
 * yearEndDividendPerShare; undefined for the annual total.
 */
export function dividendColumn(text: string, fiscalYear: number): { metric: string; period: PeriodRef } | undefined {
  if (/\byear[\s-]end\b|\bfinal\b/i.test(text)) return { metric: YEAR_END_DIVIDEND, period: { fiscalYear } };
  const q = /\b(?:([1-3])Q[\s-]*end|Q([1-3])[\s-]*end|end\s+of\s+(first|second|third)\s+quarter)\b/i.exec(text);
  const quarter = q
    ? Number(q[1] ?? q[2] ?? 0) || QUARTER_ORDINALS[q[3]!.toLowerCase()]!
    : /\binterim\b/i.test(text)
      ? 2
      : 0;
  if (!quarter) return undefined;
  return { metric: 'dividendPerShare', period: quarter === 2 ? { fiscalYear, months: 6 } : { fiscalYear, quarter } };
}
