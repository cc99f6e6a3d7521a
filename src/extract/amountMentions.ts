/**
 * Amounts printed in a text: currency (JPY, ¥, yen, USD, $, US$, EUR, €), scale (thousand, million,
 * billion, M, bn…, OCR-damaged "bhillion"), sign (a minus, ▲, parentheses), thousands separators,
 * percent and bandwidth units; ranges ("between A and B", "A to B") and bounds ("more than", "in
 * excess of", "at least"), "approximately". Pure; positions index the text given.
 *
 * Hand-written: Microsoft Recognizers Text (tried, see README.md here) misses "JPY10.6 billion" and
 * "US$ 103.2 million" and reads "JPY 12,407 million" as 124,070,000.
 */

export type Scale = 'one' | 'thousand' | 'million' | 'billion';
export type Bound = 'more-than' | 'less-than' | 'at-least' | 'at-most';

export interface AmountMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly bound?: Bound;
  readonly scale: Scale;
  readonly unit: string;
  readonly approximate: boolean;
  /** The sign came from the number itself (minus, ▲, parentheses). */
  readonly signed: boolean;
  /** OCR letters in the number were read as the digits they stand for ("8,42l" → 8,421). */
  readonly ocrRepaired?: boolean;
}

/**
 * Every currency amounts are read in, declared once: its ISO codes, the signs printed before its figures
 * (regular-expression sources; `exactSigns` only in the case printed: "Rp", not the "RP" of "RPK"), and
 * spellings only a label or header gives it ("(RM)", `exactLabels` in their case). `currencyCode`,
 * `ISO_CODES` and `CURRENCY_SIGNS` are read from it.
 */
const CURRENCY_TABLE: readonly {
  readonly code: string;
  readonly iso?: readonly string[];
  readonly signs?: readonly string[];
  readonly exactSigns?: readonly string[];
  readonly labels?: readonly string[];
  readonly exactLabels?: readonly string[];
}[] = [
  { code: 'USD', iso: ['USD'], signs: [String.raw`US\$`, String.raw`U\.S\.\s?\$`, String.raw`\$`] },
  { code: 'JPY', iso: ['JPY'], signs: ['¥', '￥'], labels: ['Yen'] },
  { code: 'EUR', iso: ['EUR'], signs: ['€'] },
  { code: 'GBP', iso: ['GBP'], signs: ['£'] },
  { code: 'AUD', iso: ['AUD'], signs: [String.raw`A\$`] },
  { code: 'CAD', iso: ['CAD'], signs: [String.raw`C\$`] },
  { code: 'NZD', iso: ['NZD'], signs: [String.raw`NZ\$`] },
  // ("HK18.5 cents": Hong Kong releases print a dividend's cents so.)
  { code: 'HKD', iso: ['HKD'], signs: [String.raw`HK\$`], exactLabels: ['HK'] },
  { code: 'SGD', iso: ['SGD'], signs: [String.raw`S\$`] },
  { code: 'CHF', iso: ['CHF'] },
  // "W118.5 billion": won as Korean releases in English print it.
  { code: 'KRW', iso: ['KRW'], signs: ['₩'], exactLabels: ['W'] },
  { code: 'SEK', iso: ['SEK'] },
  { code: 'NOK', iso: ['NOK'] },
  { code: 'DKK', iso: ['DKK'] },
  { code: 'INR', iso: ['INR'], signs: ['₹', String.raw`Rs\.?`] },
  { code: 'CNY', iso: ['CNY', 'RMB'] },
  { code: 'TWD', iso: ['TWD'], signs: [String.raw`NT\$`] },
  { code: 'ZAR', iso: ['ZAR'] },
  { code: 'BRL', iso: ['BRL'], signs: [String.raw`R\$`] },
  { code: 'MXN', iso: ['MXN'], signs: [String.raw`MX\$`], exactSigns: [String.raw`Ps\.`], exactLabels: ['Ps'] },
  { code: 'PLN', iso: ['PLN'] },
  { code: 'ILS', iso: ['ILS', 'NIS'], signs: ['₪'] },
  // "Baht 7,842 million": Thai releases print the currency's name before the figure.
  { code: 'THB', iso: ['THB'], signs: ['Baht'] },
  // ("Rp" and "Ps." as printed only: "RPK" in an airline's table is no rupiah.)
  { code: 'IDR', iso: ['IDR'], exactSigns: [String.raw`Rp\.?`] },
  { code: 'MYR', iso: ['MYR'], labels: ['RM'] },
  { code: 'TRY', iso: ['TRY'], signs: ['₺'], labels: ['TL'] },
  { code: 'PHP', iso: ['PHP'], signs: ['₱'] },
  { code: 'CLP', iso: ['CLP'], signs: [String.raw`Ch\$`] },
  { code: 'COP', iso: ['COP'], signs: [String.raw`Col\$`] },
  { code: 'PEN', iso: ['PEN'], labels: ['S/'] },
  { code: 'VND', iso: ['VND'], signs: ['₫'] },
  // ("All figures are in (Thousands) Saudi Riyal": the Saudi Exchange's announcements name it in words.)
  { code: 'SAR', iso: ['SAR'], labels: ['Saudi Riyals', 'Saudi Riyal'] },
  { code: 'AED', iso: ['AED'] },
  { code: 'PKR', iso: ['PKR'] },
  { code: 'NGN', iso: ['NGN'], signs: ['₦'] },
  // ("KShs 9.42 billion", "Kshs 1.50": Kenyan shillings as Nairobi releases print them.)
  { code: 'KES', iso: ['KES'], exactSigns: [String.raw`K[Ss]hs?\.?`] },
  // ("QR 2,684 million": Qatari riyals.)
  { code: 'QAR', iso: ['QAR'], exactSigns: ['QR'] },
  { code: 'EGP', iso: ['EGP'] },
  // ("MAD 16,482 million", "(IFRS in MAD millions)": Moroccan dirhams.)
  { code: 'MAD', iso: ['MAD'] },
  { code: 'ARS', iso: ['ARS'] },
  { code: 'CZK', iso: ['CZK'] },
  { code: 'HUF', iso: ['HUF'] },
  // "R12.4 billion", "(R million)": South African rand, only before a figure or a scale.
  { code: 'ZAR', exactLabels: ['R'] },
];
const escapeLabel = (label: string) => label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const CURRENCY_PREFIX: readonly [RegExp, string][] = CURRENCY_TABLE.flatMap((c) => {
  const any = [...(c.iso ?? []), ...(c.signs ?? []), ...(c.labels ?? []).map(escapeLabel)];
  const exact = [...(c.exactSigns ?? []), ...(c.exactLabels ?? []).map(escapeLabel)];
  return [
    ...(any.length ? [[new RegExp(String.raw`^(?:${any.join('|')})$`, 'i'), c.code] as [RegExp, string]] : []),
    ...(exact.length ? [[new RegExp(String.raw`^(?:${exact.join('|')})$`), c.code] as [RegExp, string]] : []),
  ];
});
/** The ISO codes amounts are printed with ("MXN 18,426 million", "(BRL million)"), for the grammars that list them. */
export const ISO_CODES = CURRENCY_TABLE.flatMap((c) => c.iso ?? []).join('|');
/** The signs amounts are printed with before their figures ("US$", "R$", "Rp", "₱"), longest first, for the grammars that list them. */
export const CURRENCY_SIGNS = CURRENCY_TABLE.flatMap((c) => [...(c.signs ?? []), ...(c.exactSigns ?? [])])
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Currency names printed as letters before a figure ("RM 1,204 million", "TL 8.2 billion"), for the grammars that list them. */
export const CURRENCY_LABELS = CURRENCY_TABLE.flatMap((c) => (c.labels ?? []).map(escapeLabel)).join('|');
/** Scaled codes, as Nordic, German and Swiss releases print them: "MSEK 1,356" is SEK 1,356 million, "TSEK" or "KSEK" thousands. */
export const SCALED_CODE = String.raw`([MTK])(SEK|NOK|DKK|EUR|USD|CHF)`;
const SCALED_PREFIX = new RegExp(String.raw`^${SCALED_CODE}$`);
/** The currency a word names, as a prefix ("US$", "¥") or a suffix ("yen", "U.S. dollars"), if any. */
export function currencyCode(word: string): string | undefined {
  const w = word.trim();
  return CURRENCY_PREFIX.find(([re]) => re.test(w))?.[1] ?? CURRENCY_SUFFIX.find(([re]) => re.test(w))?.[1];
}

/** The currencies amounts are read in (ISO codes; GBX for pence). */
export const CURRENCIES: ReadonlySet<string> = new Set([...CURRENCY_PREFIX.map(([, code]) => code), 'GBX']);

// ("362 SA cents": the rand's hundredth, as South African releases print a per-share figure.)
const CENTS =
  /^(?:(Singapore|Australian|Canadian|New\s+Zealand|Hong\s+Kong|U\.?S\.?|euro|SA|South\s+African)\s?)?(?:cents?|¢|cps|c)$/i;
/**
 * The unit of a per-share amount printed in a minor unit, as seed/FORMAT.md has it: pence are GBX
 * (the market convention), cents the currency's code and "cents" ("AUD cents"): the value stays as
 * printed. `dollar` is the currency whose cents a bare "cents" are.
 */
export function minorUnit(word: string, dollar: string | undefined): string | undefined {
  const w = word.trim();
  if (/^(?:p|pence)$/i.test(w)) return 'GBX';
  // "6.0 sen per share": the ringgit's hundredth, as Malaysian releases print a dividend or EPS.
  if (/^sen$/i.test(w)) return 'MYR sen';
  // "(RMB cents)", "(HK cents)": a currency's code or sign before its cents.
  const coded = /^(\S+)\s+cents?$/i.exec(w);
  const code = coded && !CENTS.test(w) ? currencyCode(coded[1]!) : undefined;
  if (code) return `${code} cents`;
  const cents = CENTS.exec(w);
  if (!cents) return undefined;
  // ("9.13 euro cent": a euro's hundredth.)
  const named = cents[1]
    ? /^euro$/i.test(cents[1])
      ? 'EUR'
      : /^(?:SA|South\s+African)$/i.test(cents[1])
        ? 'ZAR'
        : DOLLARS.find(([re]) => re.test(cents[1]!))?.[1]
    : undefined;
  return `${named ?? dollar ?? 'USD'} cents`;
}
const CURRENCY_SUFFIX: readonly [RegExp, string][] = [
  [/^(?:yen|JPY)$/i, 'JPY'],
  [/^(?:U\.?S\.?\s*)?dollars?$/i, 'USD'],
  [/^(?:euros?|EUR|€)$/i, 'EUR'],
  [/^pounds?$/i, 'GBP'],
  [/^(?:won|KRW)$/i, 'KRW'],
  [/^(?:SEK|kronor)$/i, 'SEK'],
  [/^(?:INR|rupees)$/i, 'INR'],
  [/^rand$/i, 'ZAR'],
  [/^reais$/i, 'BRL'],
  [/^Philippine\s+pesos?$/i, 'PHP'],
  [/^(?:Mexican\s+)?pesos$/i, 'MXN'],
  [/^(?:Swiss\s+)?francs?$/i, 'CHF'],
  [/^(?:new\s+)?shekels?$/i, 'ILS'],
  [/^baht$/i, 'THB'],
  [/^rupiah$/i, 'IDR'],
  [/^ringgit$/i, 'MYR'],
];

// "RM612.4 million", "TL 8.2 billion", "RM4,286": a currency's letters before a figure with its decimals, its
// thousands or its scale; not a product's name ("SAP S/4HANA", "Line TL1").
const PREFIX_LABELS = CURRENCY_TABLE.flatMap((c) => (c.labels ?? []).filter((l) => l !== 'Yen').map(escapeLabel)).join(
  '|',
);
const LABELLED_FIGURE = String.raw`\s?\d{1,3}(?:[.,]\d+)+(?![\dA-Za-z])|\s?\d+\s?(?:million|billion|thousand|mil|mn|bn|m)\b`;
const PREFIX = String.raw`(?<cur>[MTK](?:SEK|NOK|DKK|EUR|USD)|${ISO_CODES}|${CURRENCY_SIGNS}|Yen|(?<![A-Za-z])(?:${PREFIX_LABELS})(?=${LABELLED_FIGURE})|(?<![A-Za-z])R(?=\s?\d)|(?<![A-Za-z])W(?=\d)|(?<![A-Za-z])HK(?=\d[\d.]*\s?cents?\b))`;
// Indian grouping too: "1,23,456".
const NUMBER = String.raw`(?<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
// OCR misreads the l's of a scale word ("mi1lion", "bil1ion", "bhillion").
// (Title case in headlines: "Record Free Cash Flow of $132.4 Million".)
const SCALE = String.raw`(?<scale>THOUSAND|MILLION|BILLION|TRILLION|Thousand|Million|Billion|Trillion|thousand|b?h?illion|million|m[i1l][l1i][l1i]ion|b[i1lh]{3,4}ion|trillion|crores?|lakhs?|bn|mn|mln|MM|M|m|B|K|k)`;
const SUFFIX = String.raw`(?<suf>(?:U\.S\.\s|US\s)?dollars?|€(?!\s?\d)|yen|euro\scents?|euros?|won|kronor|rupees|rand|reais|(?:Philippine\s|Mexican\s)?pesos|(?:Swiss\s)?francs|shekels|baht|rupiah|ringgit|JPY|USD|KRW|SEK|INR|%|percent|per\scent|Gbps|Mbps|Kbps|Tbps|pence|p(?![A-Za-z]|\.[a-z])|(?:(?:Singapore|Australian|Canadian|US|U\.S\.|euro|SA|South\sAfrican)\s)?cents?|¢|cps|c(?=\s(?:per|a)\sshare)|sen|x(?![A-Za-z0-9])|times(?![A-Za-z]))`;

/**
 * One printed amount: [sign] [currency] [sign] number [scale] [currency or unit], or the same in
 * parentheses for a negative figure. The currency may be the prefix or the suffix; a bare number
 * with neither is not an amount (chart axes are full of them).
 */
const AMOUNT = new RegExp(
  // A hyphen with a space after it is a dash ("(Q2 2024 - $0.105)"), not a minus sign.
  String.raw`(?<neg>[-−](?!\s)|[▲△]\s?)?` +
    String.raw`(?:${PREFIX}\s?(?<neg2>[-−▲△]\s?)?)?` +
    String.raw`(?<open>\(\s?)?${NUMBER}(?<close>\s?\))?` +
    String.raw`(?:\s?${SCALE}(?![A-Za-z]))?` +
    String.raw`(?:\s?${SUFFIX}(?![A-Za-z]))?`,
  'g',
);

/**
 * Thousands grouped by a space, as South African, French and Nordic releases print them ("48 612",
 * "R1 205 million", "1 642.3 cents"). A digit group is one to three digits after no digit, then
 * groups of exactly three; years side by side ("2026 2025") are not groups.
 */
const SPACE_GROUPED = /(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d,])/g;

/**
 * The text as the grammar reads it: space-grouped thousands written with commas. Same length and the
 * same positions as the text, so a slice of either is the other's slice (extractDraft gives quotes back as printed).
 */
export function withCommaGroups(text: string): string {
  return text.replace(SPACE_GROUPED, (m) => m.replace(/ /g, ','));
}

/** Thousands grouped by apostrophes, as Swiss releases print them ("CHF 2'486.3 million", "7’840 people"). */
const APOSTROPHE_GROUPED = /(?<![\d.,'’])\d{1,3}(?:['’]\d{3})+(?![\d'’])/g;

/**
 * The text as the grammar reads it: thousands grouped by apostrophes, and by spaces in a document that
 * groups so, written with commas. Same length and positions as the text (see withCommaGroups).
 */
export function readingCopy(text: string): string {
  const swiss = text.replace(APOSTROPHE_GROUPED, (m) => m.replace(/['’]/g, ','));
  return groupsBySpaces(text) ? withCommaGroups(swiss) : swiss;
}

/** Whether a document groups thousands by spaces (more often than by commas): elsewhere "120 118" may be two cells. */
export function groupsBySpaces(text: string): boolean {
  const spaced = text.match(SPACE_GROUPED)?.length ?? 0;
  const commas = text.match(/\d,\d{3}(?!\d)/g)?.length ?? 0;
  return spaced >= 2 && spaced > commas;
}

/** The scale a printed scale word names, and the factor its digits are multiplied by (a crore is ten million). */
export function scaleOf(word: string | undefined): { scale: Scale; factor: number } {
  if (!word) return { scale: 'one', factor: 1 };
  if (/^trillion$/i.test(word)) return { scale: 'billion', factor: 1000 };
  // Indian scales: a crore is ten million, a lakh a hundred thousand.
  if (/^crores?$/i.test(word)) return { scale: 'million', factor: 10 };
  if (/^lakhs?$/i.test(word)) return { scale: 'thousand', factor: 100 };
  // ("Ch$ 1,246,380 MM": Latin American releases write millions MM.)
  if (/^(?:m[i1l][l1i][l1i]ion|mn|mln|M|m|MM)$/i.test(word)) return { scale: 'million', factor: 1 };
  if (/^(?:b?h?illion|b[i1lh]{3,4}ion|bn|B|BILLION|Billion)$/.test(word)) return { scale: 'billion', factor: 1 };
  return { scale: 'thousand', factor: 1 };
}

/** How a document's amounts are read beyond their own printing. */
export interface AmountReading {
  /** The currency a bare `$` (or "dollars") is in: the document's statement (see statedDollar), else USD. */
  readonly dollar?: string | undefined;
  /** The currency bare "cents" are of: the stated dollar, else the document's currency if it has cents, else USD. */
  readonly cents?: string | undefined;
}

/** Currencies whose hundredth is printed as "cents" (pence are GBX; yen and won have none printed). */
export const HAS_CENTS: ReadonlySet<string> = new Set(['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD', 'ZAR', 'EUR']);

function unitOf(prefix: string | undefined, suffix: string | undefined, reading: AmountReading): string | undefined {
  if (prefix === '$' || (!prefix && suffix && /^dollars?$/i.test(suffix))) return reading.dollar ?? 'USD';
  if (prefix && SCALED_PREFIX.test(prefix)) return SCALED_PREFIX.exec(prefix)![2];
  if (prefix) {
    const code = CURRENCY_PREFIX.find(([re]) => re.test(prefix))?.[1];
    // "RMB83.41 cents", "HK18.5 cents": the currency's cents, the value as printed.
    return code && suffix && CENTS.test(suffix) && !/^c$/i.test(suffix) ? `${code} cents` : code;
  }
  if (!suffix) return undefined;
  if (/^(?:%|percent|per\scent)$/i.test(suffix)) return 'percent';
  if (/^[GMKT]bps$/.test(suffix)) return suffix;
  // A multiple ("1.4x", "1.3 times adjusted EBITDA"): the unit x.
  if (/^(?:x|times)$/i.test(suffix)) return 'x';
  const minor = minorUnit(suffix, reading.cents ?? reading.dollar);
  if (minor) return minor;
  return CURRENCY_SUFFIX.find(([re]) => re.test(suffix))?.[1];
}

const DOLLARS: readonly [RegExp, string][] = [
  [/^(?:Canadian|Cdn\.?|CAD|C\$)/i, 'CAD'],
  [/^(?:Australian|AUD|A\$)/i, 'AUD'],
  [/^(?:New\s+Zealand|NZD|NZ\$)/i, 'NZD'],
  [/^(?:Hong\s+Kong|HKD|HK\$)/i, 'HKD'],
  [/^(?:Singapore|SGD|S\$)/i, 'SGD'],
  [/^(?:U\.?S\.?|United\s+States|American|USD|US\$)/i, 'USD'],
];
const DOLLAR_NAME = String.raw`(?:Canadian|Cdn\.?|Australian|New\s+Zealand|Hong\s+Kong|Singapore|U\.?S\.?|United\s+States|American)\s+dollars?|CAD|AUD|NZD|HKD|SGD|USD|C\$|A\$|NZ\$|HK\$|S\$|US\$`;
/** "All amounts are in Canadian dollars unless otherwise noted", "(all figures in A$)", "expressed in CAD". */
const DOLLAR_STATEMENT = new RegExp(
  String.raw`\b(?:amounts?|figures?|numbers|results|information|values|dollars?)\b[^.;\n]{0,60}?\b(?:in|expressed\s+in|reported\s+in|stated\s+in|presented\s+in|denominated\s+in)\s+(?:(?:thousands|millions)\s+of\s+)?(${DOLLAR_NAME})(?![A-Za-z])`,
  'i',
);
// An Australian or New Zealand listing prints its own dollars as a bare `$`.
const DOLLAR_LISTING: readonly [RegExp, string][] = [
  [
    /\((?:ASX|ASX\s*:\s*[A-Z0-9]{2,5})\b|\bASX\s*:\s*[A-Z0-9]{2,5}\b|\bASX\s+(?:Code|Announcement|Release|CODE|ANNOUNCEMENT|RELEASE)\b/,
    'AUD',
  ],
  [/\bNZX\s*:\s*[A-Z0-9]{2,5}\b/, 'NZD'],
  // ("(TSX: BYH)": a Toronto listing; a Canadian issuer reporting in US dollars says so, and that statement wins.)
  [/\bTSX(?:-?V)?\s*:\s*[A-Z0-9.]{1,6}\b/, 'CAD'],
];

/** "Canadian dollars", "A$": the dollar currency a word names; undefined for bare dollars or a non-dollar word. */
export function namedDollar(word: string): string | undefined {
  const w = word.trim();
  if (/^(?:\$|dollars?)$/i.test(w)) return undefined;
  return DOLLARS.find(([re]) => re.test(w))?.[1];
}

/**
 * What a bare `$` is in a document, with the words that say so: its own statement ("All amounts are in
 * Canadian dollars unless otherwise noted"), else an ASX or NZX listing; undefined when it is US dollars.
 */
export function statedDollar(text: string): { currency: string; quote: string } | undefined {
  const statement = DOLLAR_STATEMENT.exec(text);
  if (statement) {
    const currency = DOLLARS.find(([re]) => re.test(statement[1]!))?.[1];
    return currency && currency !== 'USD' ? { currency, quote: statement[0] } : undefined;
  }
  for (const [re, currency] of DOLLAR_LISTING) {
    const listing = re.exec(text);
    if (listing) return { currency, quote: listing[0] };
  }
  return undefined;
}

/**
 * A currency word or sign more than one country prints ("Rs.", "rupees"; "pesos", "Ps."), read as one of them
 * (`read`) unless the document's listing or own sign says whose it is: a Pakistani, Sri Lankan or Nepali listing
 * prints its own rupees as "Rs.", a Philippine one its pesos as "Million Pesos". `unless` is what keeps the reading.
 */
const LISTED_CURRENCIES: readonly {
  readonly read: string;
  readonly printed: string;
  readonly unless: RegExp;
  readonly listings: readonly (readonly [RegExp, string])[];
}[] = [
  {
    read: 'INR',
    printed: "'Rs.' and 'rupees'",
    unless: /₹|\bINR\b/,
    listings: [
      [/\bPakistan\s+Stock\s+Exchange\b|\bPSX\s*:\s*[A-Z]{2,6}\b/, 'PKR'],
      // (Not "CSE: ABC" alone: the Canadian Securities Exchange prints its tickers so.)
      [/\bColombo\s+Stock\s+Exchange\b/, 'LKR'],
      [/\bNepal\s+Stock\s+Exchange\b|\bNEPSE\b/, 'NPR'],
    ],
  },
  {
    read: 'MXN',
    printed: "'pesos' and 'Ps.'",
    unless: /\bMXN\b|\bMexic(?:an|o)\b|\bBMV\b|MX\$/,
    listings: [[/\bPSE\s*:\s*[A-Z]{2,6}\b|\bPhilippine\s+Stock\s+Exchange\b|₱/, 'PHP']],
  },
];

/**
 * What a currency more than one country prints ("Rs.", "pesos") is in a document that says whose it is (its listing
 * or its own sign): the currency it was read as, the one it is, and the words that say so.
 */
export function statedLocalCurrency(
  text: string,
): { read: string; currency: string; quote: string; printed: string } | undefined {
  for (const { read, printed, unless, listings } of LISTED_CURRENCIES) {
    if (unless.test(text)) continue;
    for (const [listing, currency] of listings) {
      const m = listing.exec(text);
      if (m) return { read, currency, quote: m[0], printed };
    }
  }
  return undefined;
}

interface Single {
  start: number;
  end: number;
  value: number;
  scale: Scale;
  unit: string;
  signed: boolean;
}

function singles(text: string, reading: AmountReading): Single[] {
  const out: Single[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const g = m.groups!;
    const unit = unitOf(g.cur, g.suf, reading);
    if (!unit) continue;
    // A letter or digit glued before the match ("FY2002", "3Q02") is not an amount.
    const before = text[m.index - 1];
    if (before && /[A-Za-z0-9.]/.test(before) && !g.cur) continue;
    // "3Q02 10%": a percent needs no scale; a currency with the scale "B"/"M" needs the currency ("2,894 M€").
    if (g.scale && /^[BMmKk]$/.test(g.scale) && !g.cur && g.suf !== '€') continue;
    const parens = Boolean(g.open && g.close);
    let matched = m[0];
    let start = m.index;
    // An unbalanced parenthesis belongs to the surrounding text ("($89.0 million)").
    if (g.open && !g.close) {
      matched = matched.replace(/\(\s?/, '');
      start = m.index + (m[0].length - matched.length);
    }
    if (g.close && !g.open) matched = matched.replace(/\s?\)(?=[^)]*$)/, '');
    matched = matched.replace(/\s+$/, '');
    const scaledPrefix = g.cur ? SCALED_PREFIX.exec(g.cur) : null;
    const { scale, factor } = scaledPrefix
      ? { scale: scaledPrefix[1] === 'M' ? ('million' as const) : ('thousand' as const), factor: 1 }
      : scaleOf(g.scale);
    // "4.07 trillion" is 4,070 billion, not 4,070.0000000000005.
    const number = Math.round(Number(g.num!.replace(/,/g, '')) * factor * 1e6) / 1e6;
    const negative = Boolean(g.neg || g.neg2 || parens);
    out.push({
      start,
      end: start + matched.length,
      value: negative ? -number : number,
      scale,
      unit,
      signed: negative,
    });
  }
  return out;
}

const BOUNDS: readonly [RegExp, Bound][] = [
  // First: "not less than" is a bound of its own, not "less than".
  [/(?:at least|no less than|not less than|a minimum of)\s*$/i, 'at-least'],
  [/(?:at most|up to|no more than|not more than|a maximum of)\s*$/i, 'at-most'],
  [/(?:more than|in excess of|over|exceed(?:ing|s)?|above|greater than|surpass(?:ing)?)\s*$/i, 'more-than'],
  [/(?:less than|below|under)\s*$/i, 'less-than'],
];
const APPROX = /(?:approximately|about|around|roughly|some|nearly|almost|approx\.|an estimated)\s*$/i;

const OCR_DIGITS: Record<string, string> = { l: '1', I: '1', O: '0', o: '0', S: '5' };

/**
 * The text with the letters OCR prints for digits inside a number put back ("JPY8,42l" → "JPY8,421",
 * "6O2" → "602", "1,S42" → "1,542"), character for character, so positions still index the text. A
 * token is a number when it starts with a digit, holds at least two, and no letter is glued to it
 * (but a currency code before it: "JPY6l2").
 */
export function repairOcrDigits(text: string): string {
  return text.replace(/(?:(?<=[$¥€£])[lIOS](?=[\d.,])|[lIO](?=[.,]\d)|[0-9])[0-9lIOoS,.]*/g, (token, at: number) => {
    if (!/[lIOoS]/.test(token)) return token;
    const core = token.replace(/[.,]+$/, '');
    // Two digits, or one with a decimal point ("l.4", "3.l"): a number's shape.
    if ((core.match(/\d/g) ?? []).length < (/\d[.,][\dlIOoS]|[lIOoS][.,]\d/.test(core) ? 1 : 2)) return token;
    const before = text.slice(Math.max(0, at - 3), at);
    if (/[A-Za-z]$/.test(before) && !/(?:JPY|USD|EUR|GBP|AUD|CAD|CHF)$/.test(before)) return token;
    const after = text.slice(at + token.length);
    if (/^[A-Za-z]/.test(after) && !/^(?:m|mn|bn|k|M|B|K)(?![A-Za-z])/.test(after)) return token;
    return core.replace(/[lIOoS]/g, (ch) => OCR_DIGITS[ch]!) + token.slice(core.length);
  });
}

/** The amounts of a text, ranges and bounds folded in, in text order. */
export function findAmounts(printedText: string, reading: AmountReading = {}): AmountMention[] {
  // Amounts are read from the repaired text; their `text` and positions are the printed text's.
  const text = repairOcrDigits(printedText);
  return withBareBases(text, readAmounts(text, reading)).map((a) =>
    text === printedText
      ? a
      : {
          ...a,
          text: printedText.slice(a.start, a.end),
          ...(a.text !== printedText.slice(a.start, a.end) ? { ocrRepaired: true } : {}),
        },
  );
}

const decimalsOf = (printed: string) => /\d(?:[\d,]*\d)?(?:\.(\d+))?/.exec(printed)?.[1]?.length ?? 0;

/**
 * "SEK 1,356 million (1,298)", "12.6 percent (11.5)": a bare number in parentheses right after an amount is
 * the same measure a year before, in its unit and scale. Only a number printed like it (the same decimals)
 * and of its size (within a factor of four), so a footnote mark ("$5.0 million (1)") is not read.
 */
export function withBareBases(text: string, amounts: AmountMention[]): AmountMention[] {
  const out: AmountMention[] = [];
  for (const [i, a] of amounts.entries()) {
    out.push(a);
    if (a.value === undefined || a.value === 0) continue;
    // "(1,298)", and "(814 at 31 December 2018)" with the base's own date; "SEK 1,842m on 30 September 2025 (2,015)"
    // after the figure's date.
    const m =
      /^(?:,?\s+at\s+the\s+end\s+of\s+the\s+(?:period|quarter|half|year)|\s+(?:on|at|as\s+(?:of|at))\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d{2}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2}))?\s?\(\s?([-−])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?\)|\s+(?:at|as\s+of|on|in)\s+[^()]{3,40}\))/.exec(
        text.slice(a.end),
      );
    if (!m) continue;
    const start = a.end + m[0].indexOf(m[2]!) - (m[1] ? 1 : 0);
    if (amounts[i + 1] && amounts[i + 1]!.start < a.end + m[0].length) continue;
    const magnitude = Number(m[2]!.replace(/,/g, ''));
    const ratio = magnitude / Math.abs(a.value);
    if (decimalsOf(m[2]!) !== decimalsOf(a.text) || !(ratio >= 0.25 && ratio <= 4)) continue;
    const value = m[1] ? -magnitude : magnitude;
    const end = a.end + m[0].indexOf(m[2]!) + m[2]!.length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      scale: a.scale,
      unit: a.unit,
      approximate: false,
      signed: Boolean(m[1]),
    });
  }
  return out;
}

/** The range from a low end printed without a unit, at `start`, to the amount `high` that carries it. */
function rangeFrom(text: string, start: number, low: number, high: Single): AmountMention {
  return {
    start,
    end: high.end,
    text: text.slice(start, high.end),
    low,
    high: high.value,
    scale: high.scale,
    unit: high.unit,
    approximate: APPROX.test(text.slice(Math.max(0, start - 40), start)),
    signed: false,
  };
}

function readAmounts(text: string, reading: AmountReading): AmountMention[] {
  const found = singles(text, reading);
  const out: AmountMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const before = text.slice(Math.max(0, a.start - 40), a.start);
    // A range "between A and B" / "from A to B" / "A to B" / "A-B" of one unit and scale (B's
    // scale may be A's when A prints none: "JPY 12.5 to 13.0 billion").
    // "between JPY12.5 billion ($105.3 million) and JPY13.0 billion ($109.5 million)": two
    // ranges, one per currency, printed side by side.
    const [a2, b1, b2] = [found[i + 1], found[i + 2], found[i + 3]];
    if (
      a2 &&
      b1 &&
      b2 &&
      /between\s*$/i.test(before) &&
      a2.unit !== a.unit &&
      b1.unit === a.unit &&
      b2.unit === a2.unit
    ) {
      const gaps = [text.slice(a.end, a2.start), text.slice(a2.end, b1.start), text.slice(b1.end, b2.start)];
      if (/^\s*\(\s*$/.test(gaps[0]!) && /^\s*\)\s*and\s*$/i.test(gaps[1]!) && /^\s*\(\s*$/.test(gaps[2]!)) {
        for (const [lo, hi] of [
          [a, b1],
          [a2, b2],
        ] as const) {
          out.push({
            start: lo.start,
            end: hi.end,
            text: text.slice(lo.start, hi.end),
            low: lo.value,
            high: hi.value,
            scale: lo.scale,
            unit: lo.unit,
            approximate: APPROX.test(before),
            signed: false,
          });
        }
        i += 3;
        continue;
      }
    }
    // "between 5,700 and 5,900 M€", "5.7-5.9 billion euros": a bare low end before the amount that carries the unit.
    const bare = /(?<![\d.,$€£¥\w])(between\s+)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?(and|to|-|–)\s?$/i.exec(
      before,
    );
    // (Not "from 10 to 12 cents", a change, nor "dividends of 10 and 12 cents", two: "and" only after "between", "to"
    // and a dash only after words that open an amount.)
    const lowAt = bare ? a.start - (before.length - bare.index) : 0;
    const opener =
      bare &&
      (bare[1]
        ? bare[3]!.toLowerCase() === 'and'
        : bare[3]!.toLowerCase() !== 'and' &&
          /(?:\b(?:of|at|be|is|was|range|approximately|about|around|roughly|targets?|guidance|outlook|forecast)|[(:])\s*$/i.test(
            text.slice(Math.max(0, lowAt - 30), lowAt),
          ));
    if (bare && opener && a.value !== undefined && a.value > 0) {
      const low = Number(bare[2]!.replace(/,/g, ''));
      const start = lowAt + (bare[1]?.length ?? 0);
      if (low > 0 && low < a.value && a.value <= 5 * low && start >= (out.at(-1)?.end ?? 0)) {
        out.push(rangeFrom(text, start, low, a));
        continue;
      }
    }
    const b0 = found[i + 1];
    // "$48M - $50M": the dash is the range's, not a minus sign of the second end.
    // "3.5%-4.5%": so is a dash right after the first end, before a larger second.
    const dashed =
      b0 &&
      b0.signed &&
      b0.value < 0 &&
      ((/^\s+$/.test(text.slice(a.end, b0.start)) && /^[-–]\s/.test(text.slice(b0.start))) ||
        (a.end === b0.start && /^[-–]\d/.test(text.slice(b0.start)) && a.value !== undefined && a.value <= -b0.value))
        ? { ...b0, value: -b0.value, signed: false }
        : undefined;
    const b = dashed ?? b0;
    if (b && b.unit === a.unit) {
      const gap = text.slice(a.end, b.start);
      const joined = dashed !== undefined || /^\s*(?:\([^()]{0,40}\)\s*)?(?:and|to|-|–|~)\s*$/i.test(gap);
      const isBetween = dashed !== undefined || /between\s*$/i.test(before) || /^\s*(?:to|-|–|~)\s*$/.test(gap);
      if (joined && isBetween && a.value <= b.value) {
        out.push({
          start: a.start,
          end: b.end,
          text: text.slice(a.start, b.end),
          low: a.value,
          high: b.value,
          scale: a.scale === 'one' && b.scale !== 'one' ? b.scale : a.scale,
          unit: a.unit,
          approximate: APPROX.test(before),
          signed: a.signed || b.signed,
        });
        i++;
        continue;
      }
    }
    // "JPY 12.5 to 13.0 billion": the second end prints no currency and carries the scale.
    const tail =
      /^\s?(?:to|-|–|~)\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|m|b))?(?![\w%])/i.exec(
        text.slice(a.end),
      );
    const tailWord = tail?.[2]?.toLowerCase();
    const tailScale = scaleOf(tailWord === 'm' ? 'million' : tailWord === 'b' ? 'billion' : tailWord);
    // ("EUR 1,000m to 1,080m": the second end repeats the first's scale, not its currency.)
    // (Not "rose from EUR 5m to 7m": a change's two levels.)
    const scaledTail =
      a.scale !== 'one' && tailWord !== undefined && tailScale.scale === a.scale && !/\bfrom\s*$/i.test(before);
    if (tail && (a.scale === 'one' || scaledTail) && isCurrency(a.unit)) {
      // ("Rp11-12 trillion": both ends in trillions, drafted as billions.)
      // ("PLN 600-640m", "$1.2-1.3B": a scale's letter.)
      const { scale, factor } = tailScale;
      const at = (v: number) => Math.round(v * factor * 1e6) / 1e6;
      const high = at(Number(tail[1]!.replace(/,/g, '')));
      const low = scaledTail ? a.value : at(a.value);
      if (low <= high) {
        const end = a.end + tail[0].length;
        out.push({
          start: a.start,
          end,
          text: text.slice(a.start, end),
          low,
          high,
          scale,
          unit: a.unit,
          approximate: APPROX.test(before),
          signed: false,
        });
        continue;
      }
    }
    // "revenue growth of 12 to 15 percent": the low end prints no unit.
    const lowEnd = a.unit === 'percent' ? /(?<![\w.,%$€£¥-])(\d+(?:\.\d+)?)\s?(?:to|–|-)\s?$/.exec(before) : null;
    if (lowEnd && Number(lowEnd[1]) <= a.value && (out.at(-1)?.end ?? 0) <= a.start - lowEnd[0].length) {
      out.push(rangeFrom(text, a.start - lowEnd[0].length, Number(lowEnd[1]), a));
      continue;
    }
    const bound = BOUNDS.find(([re]) => re.test(before))?.[1];
    const common = {
      start: a.start,
      end: a.end,
      text: text.slice(a.start, a.end),
      scale: a.scale,
      unit: a.unit,
      approximate: APPROX.test(before),
      signed: a.signed,
    };
    if (bound) {
      out.push(
        bound === 'more-than' || bound === 'at-least'
          ? { ...common, low: a.value, bound }
          : { ...common, high: a.value, bound },
      );
    } else {
      out.push({ ...common, value: a.value });
    }
  }
  return out;
}

/** True for a currency unit (the ones this module recognises). */
export function isCurrency(unit: string): boolean {
  return CURRENCIES.has(unit) || / (?:cents|sen)$/.test(unit);
}
