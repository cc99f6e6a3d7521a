/**
 * `kg extract`'s engine: a document's text in, a draft fact file out (seed/FORMAT.md), with the list
 * of what a person must decide. Sections, then for each sentence the facts the finance grammar
 * (./draftFacts.ts) finds; facts stated twice are merged; companies are the issuer, the known
 * companies the text mentions and candidates. Every quote is a slice of the document's text with
 * whitespace collapsed, so quote validation holds by construction. Pure but for the clock-free
 * progress callback.
 */
import * as chrono from 'chrono-node';
import { AMOUNT_SCALES, amountsAgree } from '../model/figures.js';
import type { MetricEntry } from '../model/metricLexicon.js';
import { FACT_FILE_FORMAT, type Amount, type PeriodRef } from '../seed/factFileSchema.js';
import { periodKey, resolvePeriod } from '../seed/periods.js';
import { collapseWhitespace } from '../seed/text.js';
import {
  CompanyMatcher,
  candidateCompanies,
  companyIdOf,
  issuerFromText,
  type KnownCompany,
} from './companyMentions.js';
import { sentences, splitSections, type DocumentSection } from './documentSections.js';
import {
  findAmounts,
  HAS_CENTS,
  isCurrency,
  readingCopy,
  statedDollar,
  statedLocalCurrency,
} from './amountMentions.js';
import {
  OUTLOOK_TITLE,
  draftSentence,
  businessLineName,
  KIND_OF_LINE,
  segmentLabel,
  yearlessMonths,
  type DraftComparison,
  type DraftFact,
} from './draftFacts.js';
import { findPeriods, learnFiscalCalendar, samePeriod, type FiscalCalendar } from './fiscalPeriods.js';
import { MetricMatcher } from './metricMentions.js';
import { draftAmountCellTables, isAmountCellRow } from './amountCellTables.js';
import { draftGroupedColumnTables } from './groupedColumnTables.js';
import { draftMetricColumnTables } from './metricColumnTables.js';
import { draftPeriodColumnTables } from './periodColumnTables.js';
import { periodLineCaption } from './periodColumnHeaders.js';
import { isTableRow, statedUnit, YEAR_END_DIVIDEND } from './tableCells.js';
import { draftChartLabels } from './chartLabels.js';

export class ExtractError extends Error {}

export interface ExtractOptions {
  /** The document's path as the draft's `document.file` should name it (relative to the draft). */
  readonly documentFile: string;
  readonly documentId: string;
  /** A known company id: the issuer. Without it the issuer is read from the text. */
  readonly company?: string | undefined;
  readonly known: readonly KnownCompany[];
  readonly lexicon: readonly MetricEntry[];
  readonly onProgress?: ((message: string) => void) | undefined;
}

export interface DraftDecision {
  readonly section: string;
  readonly quote: string;
  readonly question: string;
}

export interface ExtractResult {
  /** The draft, shaped as a fact file (validate it with the seed's reader). */
  readonly draft: Record<string, unknown>;
  readonly decisions: readonly DraftDecision[];
  readonly sections: number;
}

interface SourceRef {
  section: string;
  quote: string;
  note?: string;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const QUOTE_MAX = 2000;

/** A quote of at most 2,000 characters around [from, to) of a unit, cut at word boundaries. */
function window(unit: string, from: number, to: number, context = 120): string {
  let start = Math.max(0, from - context);
  let end = Math.min(unit.length, to + context);
  if (start > 0) start = unit.indexOf(' ', start) + 1 || start;
  if (end < unit.length) end = unit.lastIndexOf(' ', end) > to ? unit.lastIndexOf(' ', end) : end;
  return unit.slice(start, Math.min(end, start + QUOTE_MAX)).trim();
}

function stripPeriods(text: string, periods: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const p of [...periods].reverse()) out = out.slice(0, p.start) + out.slice(p.end);
  return out;
}

/** The period the document reports on: the quarter it names most (else the year). */
function documentPeriod(collapsed: string, calendar: FiscalCalendar): PeriodRef | undefined {
  // "Annual Report 2024" near the top, no quarter in its title: a year's document, whatever quarter it also reports.
  const annual = ANNUAL_TITLE.exec(collapsed.slice(0, 400));
  if (annual) return { fiscalYear: Number(annual[1]) };
  const counts = new Map<string, { period: PeriodRef; n: number; first: number; text: string }>();
  for (const p of findPeriods(collapsed, calendar)) {
    // A base ("(H1 2011: …)", "up 5.1% on H1 2011") or a balance date says nothing of what is reported.
    const before = collapsed.slice(Math.max(0, p.start - 25), p.start);
    // "compared to $76.7 million in the third quarter of 2018": a base figure's period.
    if (
      /(?:compared\s+(?:with|to)|vs\.?|versus|from|against)\s+[^,;]{0,40}?\s(?:in|for|during)\s+(?:the\s+)?$/i.test(
        collapsed.slice(Math.max(0, p.start - 70), p.start),
      )
    )
      continue;
    const baseInParentheses = /\(\s*$/.test(before) && /^\s*:/.test(collapsed.slice(p.end));
    if (
      baseInParentheses ||
      /\b(?:on|from|vs\.?|versus|compared\s+(?:with|to)|over|against|than)\s+(?:the\s+)?$/i.test(before)
    )
      continue;
    if (p.note?.startsWith('a balance')) continue;
    // "For the first quarter of 2023, Corbrand expects:": a forecast's period is not what the document reports on.
    if (/^[^.;:]{0,40}\b(?:expects?|forecasts?|anticipates?|guides?)\b/i.test(collapsed.slice(p.end, p.end + 60)))
      continue;
    const key = periodKey(p.period);
    const c = counts.get(key) ?? { period: p.period, n: 0, first: p.start, text: collapsed.slice(p.start, p.end) };
    // Quarters outweigh years (a results document reports a quarter and guides a year), and the
    // title and first paragraph, which say what the document reports, outweigh the rest.
    c.n += (p.period.quarter !== undefined ? 3 : p.period.months !== undefined ? 2 : 1) * (p.start < 800 ? 3 : 1);
    counts.set(key, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const best = ranked[0]?.period;
  // "Interim report January–September 2025" over "Third quarter 2025" highlights: the report is the
  // quarter's, its year to date the second set of figures ("9M 2025" in a title is the nine months').
  if (best?.months === 9 && /^(?:Jan|Q1)/i.test(ranked[0]!.text)) {
    const quarter = ranked.find(
      (c) => c.first < 800 && c.period.fiscalYear === best.fiscalYear && c.period.quarter === 3,
    );
    if (quarter) return quarter.period;
  }
  return best;
}

const ANNUAL_TITLE =
  /\b(?:annual\s+(?:report|results)|full[-\s]year\s+(?:report|results))\s+(?:FY\s?)?((?:19|20)\d{2})\b(?![^.]{0,40}\bquarter\b)/i;

/** The period a sentence opens with ("In the third quarter, …", "For fiscal 2015, …"), if it does. */
function topicOf(
  sentence: string,
  calendar: FiscalCalendar,
  year: number | undefined,
): { period: PeriodRef; text: string } | undefined {
  // "Revenue for the six months ended June 30, 2024 was …": a metric and its period open the sentence too.
  const subjectFor = /^[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+for\s+the\s+(?=(?:three|six|nine|twelve)\s+months\b)/.exec(
    sentence,
  );
  if (subjectFor) {
    const named = findPeriods(sentence, calendar)[0];
    if (named && named.start <= subjectFor[0].length + 2) return { period: named.period, text: sentence };
  }
  const opener = /^(?:In|For|During)\s+(?:the\s+)?/.exec(sentence);
  if (!opener) return undefined;
  const named = findPeriods(sentence, calendar)[0];
  if (named && named.start <= opener[0].length + 4) return { period: named.period, text: sentence };
  const quarter = /^(?:In|For|During)\s+the\s+(first|second|third|fourth)\s+quarter\b/i.exec(sentence);
  if (quarter && year !== undefined)
    return {
      period: {
        fiscalYear: year,
        quarter: ['first', 'second', 'third', 'fourth'].indexOf(quarter[1]!.toLowerCase()) + 1,
      },
      text: sentence,
    };
  return undefined;
}

/** A dateline or release date near the top ("TOKYO, November 10, 2005 —"), read by chrono-node. */
function publicationDate(collapsed: string): { date: string; quote: string } | undefined {
  const head = collapsed.slice(0, 600);
  const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
  const m =
    new RegExp(
      String.raw`\b[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?,\s+((?:(?:${MONTHS})\s+\d{1,2},|\d{1,2}\s+(?:${MONTHS}))\s+\d{4})\s*(?:[-—–/]|\()`,
    ).exec(head) ??
    /\b(?:Date|Released|Issued)\s*:\s*([^.]{6,40}?\d{4})/i.exec(head) ??
    // A date on its own near the top ("ASX ANNOUNCEMENT 22 April 2024 Wallabeen …"), not a period's end.
    new RegExp(
      String.raw`(?<!\b(?:ended|ending|to|through|of|at|on|from)\s)\b((?:(?:${MONTHS})\s+\d{1,2},|\d{1,2}\s+(?:${MONTHS}))\s+\d{4})\b(?!\s*\))`,
    ).exec(head.slice(0, 300));
  if (!m) return undefined;
  const parsed = chrono.parse(m[1]!)[0];
  if (!parsed || !parsed.start.isCertain('year')) return undefined;
  const y = String(parsed.start.get('year'));
  const mo = parsed.start.isCertain('month') ? String(parsed.start.get('month')).padStart(2, '0') : undefined;
  const d = mo && parsed.start.isCertain('day') ? String(parsed.start.get('day')).padStart(2, '0') : undefined;
  return { date: [y, mo, d].filter(Boolean).join('-'), quote: m[0].replace(/\s*(?:[-—–/]|\()$/, '').trim() };
}

/** Every amount of one has an agreeing amount in the same unit of the other (figures.ts: printed precision). */
function agreeing(a: readonly Amount[], b: readonly Amount[]): boolean {
  return a.length > 0 && a.every((x) => b.some((y) => x.unit === y.unit && (amountsAgree(x, y) || roundedTo(x, y))));
}

/**
 * "KRW 2.41 trillion" is drafted as 2410 billion, its printed precision lost to the scale: a whole value's
 * trailing zeros may be no digits of it (2410 agrees with the table's 2,413.6).
 */
function roundedTo(x: Amount, y: Amount): boolean {
  if (x.value === undefined || y.value === undefined || x.scale !== y.scale || !Number.isInteger(x.value)) return false;
  const zeros = /0+$/.exec(String(Math.abs(x.value)))?.[0].length ?? 0;
  return zeros > 0 && x.value !== 0 && Math.abs(x.value - y.value) <= 10 ** zeros / 2;
}

/** A is printed more exactly than B (a smaller scale, or more decimals, in their first common unit). */
function moreExact(a: readonly Amount[], b: readonly Amount[]): boolean {
  const x = a[0];
  const y = x ? b.find((z) => z.unit === x.unit) : undefined;
  if (!x || !y || x.value === undefined || y.value === undefined) return false;
  const width = (v: Amount) => {
    const digits = String(v.value).split('.')[1]?.length ?? 0;
    return AMOUNT_SCALES[v.scale] * 10 ** -digits;
  };
  // At one width, "21,480" drafted from "Rp21.48 trillion" is less exact than the table's "21,483" (see roundedTo).
  const zeros = (v: Amount) =>
    Number.isInteger(v.value) ? (/0*$/.exec(String(Math.abs(v.value!)))?.[0].length ?? 0) : 0;
  return width(x) < width(y) || (width(x) === width(y) && zeros(x) < zeros(y));
}

function sameAmounts(a: readonly Amount[], b: readonly Amount[]): boolean {
  const key = (x: Amount) => `${x.unit}|${x.scale}|${x.value}|${x.low}|${x.high}|${x.bound}`;
  return a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join();
}

export function extractDraft(rawText: string, options: ExtractOptions): ExtractResult {
  const reading = readingCopy(rawText);
  const result = draftText(reading, options);
  if (reading === rawText) return result;
  // The grammar read "48,612" where the document prints "48 612": every quote is given back as printed,
  // the same slice of the document (the two texts have the same positions).
  const printed = collapseWhitespace(rawText);
  const read = collapseWhitespace(reading);
  const asPrinted = (quote: string) => {
    const at = read.indexOf(quote);
    return at < 0 ? quote : printed.slice(at, at + quote.length);
  };
  const restore = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(restore);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'quote' && typeof v === 'string' ? asPrinted(v) : restore(v)]),
    );
  };
  return {
    draft: restore(result.draft) as Record<string, unknown>,
    decisions: result.decisions.map((d) => ({ ...d, quote: asPrinted(d.quote) })),
    sections: result.sections,
  };
}

function draftText(rawText: string, options: ExtractOptions): ExtractResult {
  const collapsed = collapseWhitespace(rawText);
  if (collapsed.length === 0) throw new ExtractError('the document is empty (no text after whitespace)');
  const progress = options.onProgress ?? (() => {});

  // The issuer and its calendar.
  let issuer: KnownCompany;
  let issuerQuote: string | undefined;
  let issuerGuessed = false;
  if (options.company !== undefined) {
    const found = options.known.find((c) => c.id === options.company);
    if (!found)
      throw new ExtractError(
        `no company with id "${options.company}" in the known companies (seed/ fact files)${options.known.length ? `; known: ${options.known.map((c) => c.id).join(', ')}` : ''}`,
      );
    issuer = found;
  } else {
    const fromText = issuerFromText(collapsed);
    const known = fromText
      ? options.known.find(
          (c) =>
            c.name === fromText.company.name ||
            (fromText.company.shortName && c.shortName === fromText.company.shortName),
        )
      : undefined;
    if (known) issuer = known;
    else if (fromText) {
      issuer = fromText.company;
      issuerQuote = fromText.quote;
    } else
      throw new ExtractError(
        'cannot tell which company issued the document (no company with a corporate suffix near the top): give it with --company <id> (a company of seed/, or of the graph with --graph)',
      );
    issuerGuessed = fromText?.guessed === true && !known;
  }
  const learned = learnFiscalCalendar(collapsed);
  let calendar: FiscalCalendar = {
    fiscalYearEnd: issuer.fiscalYearEnd ?? learned.fiscalYearEnd,
    fiscalYearNamedBy: issuer.fiscalYearNamedBy ?? learned.fiscalYearNamedBy,
  };
  const metrics = new MetricMatcher(options.lexicon);
  const companies = new CompanyMatcher(
    options.known.some((c) => c.id === issuer.id) ? options.known : [...options.known, issuer],
  );
  const docPeriod = documentPeriod(collapsed, calendar);
  // Balances dated at a period's end are of the kind of period the document reports on.
  calendar = { ...calendar, reportsOn: docPeriod };
  const issuerNames = [issuer.name, ...(issuer.shortName ? [issuer.shortName] : []), ...issuer.aliases];
  const sections = splitSections(rawText, issuerNames);
  const decisions: DraftDecision[] = [];
  /** The section that prints a quote (the first, failing that). */
  const sectionQuoting = (quote: string) =>
    sections.find((s) => s.lines.some((l) => collapseWhitespace(l).includes(quote)))?.id ?? sections[0]!.id;
  // "All amounts are in Canadian dollars unless otherwise noted": every bare `$` is in those dollars.
  const dollar = statedDollar(collapsed);
  if (dollar)
    decisions.push({
      section: sectionQuoting(dollar.quote),
      quote: dollar.quote,
      question: `every bare '$' is drafted as ${dollar.currency} from these words: confirm (or change the units)`,
    });
  // The currency most of the text's amounts are in: a table header that names none ("(in thousands)") is in
  // it, and bare "cents" are its cents where it has them ("819.0 cents" in a release in rand).
  const currencyCounts = new Map<string, number>();
  for (const a of findAmounts(collapsed, { dollar: dollar?.currency }))
    if (isCurrency(a.unit)) currencyCounts.set(a.unit, (currencyCounts.get(a.unit) ?? 0) + 1);
  const defaultCurrency = [...currencyCounts].sort((x, y) => y[1] - x[1])[0]?.[0];
  const reading = {
    dollar: dollar?.currency,
    cents: dollar?.currency ?? (defaultCurrency && HAS_CENTS.has(defaultCurrency) ? defaultCurrency : undefined),
  };
  const facts: { fact: DraftFact; section: string }[] = [];
  const mentions = new Map<string, { company: KnownCompany; source: SourceRef; confidence: number }>();
  const candidates = new Map<string, SourceRef>();

  // Companies the document names in full with a corporate suffix: a later sentence may call them by a short name.
  const namedInFull = [...new Set(candidateCompanies(collapsed, []).map((c) => c.name))].filter(
    (n) => n !== issuer.name && !issuerNames.includes(n),
  );
  const tableRows = rawText
    .split(/\r?\n|\f/)
    .filter((l) => isTableRow(l) || isAmountCellRow(l, reading))
    .map((l) => collapseWhitespace(l));
  const started = sections.length;
  // A release's headings are paragraphs (sections) of their own: they hold for the paragraphs after them.
  let carried: {
    heading: { period: PeriodRef; text: string } | undefined;
    outlook: boolean;
    /** The business line a heading names in a run of segment headings ("Results by segment" … "Medical Devices"). */
    offering?: string | undefined;
  } = {
    heading: undefined,
    outlook: false,
  };
  let segmentRun = false;
  /** The name the last heading paragraph gave ("MOROCCO"), and the sections under it: see `tablesOfHeadingLines`. */
  let nameHeading: string | undefined;
  const headedBy = new Map<string, string>();
  // "… has revised its forecast for the fiscal year ending March 31, 2026, as follows." heads the next paragraph.
  let listHeading: { period: PeriodRef; text: string } | undefined;
  let listOutlook = false;
  sections.forEach((section: DocumentSection, index) => {
    if (sections.length > 20 && index % 10 === 0) progress(`section ${index + 1}/${started}: ${section.title}`);
    // A slide's title period holds for the slide ("Top 150 Customers (3Q02)"); a paragraph's first sentence is no title.
    // "Revenue and order intake in July-September": a heading's months without a year are the document's year's.
    const titleMonths =
      docPeriod && section.title.length < 80
        ? yearlessMonths(section.title, docPeriod.fiscalYear, calendar)
        : undefined;
    const titlePeriod =
      section.paragraph && !/^[^.!?]{0,59}$/.test(section.title)
        ? undefined
        : (findPeriods(section.title, calendar)[0] ??
          yearlessQuarter(section.title, docPeriod) ??
          (titleMonths ? { period: titleMonths } : undefined));
    const titleOutlook = OUTLOOK_TITLE.test(section.title);
    const single =
      section.units.length === 1 &&
      section.units[0] === section.title &&
      section.title.length < 60 &&
      !/[.!?]$/.test(section.title) &&
      findAmounts(section.title).length === 0;
    let heading =
      titlePeriod && !single ? { period: titlePeriod.period, text: section.title } : (listHeading ?? carried.heading);
    let outlook = single ? carried.outlook : titleOutlook || carried.outlook || listOutlook;
    listHeading = undefined;
    listOutlook = false;
    if (single && (titlePeriod || titleOutlook || /^(?:\d{1,2}\.\s+)?[A-Z][A-Za-z &,'’-]{3,60}$/.test(section.title))) {
      // A paragraph that is only a heading starts a new context ("Outlook for Fiscal 2005", "About …"); under
      // "Divisional review", a heading that is a name is a business line's.
      // ("GOLD OPERATIONS", "Retail Division": a heading that names a line by its kind is one, reviewed or not.)
      const lineName =
        segmentRun || LINE_HEADING.test(section.title.trim())
          ? businessLineName(section.title, { metrics, calendar, issuerNames })
          : undefined;
      segmentRun = SEGMENT_INTRO.test(section.title) || lineName !== undefined;
      nameHeading = lineName ?? businessLineName(section.title, { metrics, calendar, issuerNames });
      carried = {
        offering: lineName,
        heading: titlePeriod ? { period: titlePeriod.period, text: section.title } : undefined,
        // "For the fourth quarter of 2025, Sablethorn expects:" over its list; the document's own headline
        // ("Quendrath SE adjusts forecast for fiscal year 2025") frames no paragraph as a forecast.
        outlook: index > 0 && (titleOutlook || (/:\s*$/.test(section.title) && EXPECTS_LIST.test(section.title))),
      };
      return;
    }
    // "Belgium     Q3 2025    Q3 2024    Change": a table whose caption is a name is headed by it as by a heading.
    const caption = section.lines[0] === undefined ? undefined : periodLineCaption(section.lines[0], calendar);
    const headingName = (caption && businessLineName(caption, { metrics, calendar, issuerNames })) || nameHeading;
    if (headingName) headedBy.set(section.id, headingName);
    for (const unit of section.units) {
      const unitPeriods = findPeriods(unit, calendar);
      // A heading: short, names a period, and is not a sentence of its own ("In 3Q02:", "Outlook for Fiscal 2005").
      // "For the full fiscal year 2026 ending January 31, 2026, Quillmarsh now expects:", "… as follows.":
      // a sentence that introduces the list after it heads that list, however long.
      const introducesList = unit.length < 300 && /(?::|\bas follows[.:]?)\s*$/i.test(unit);
      const isHeading =
        (unit.length < 60 || introducesList) &&
        unitPeriods.length > 0 &&
        findAmounts(unit).length === 0 &&
        (/:\s*$/.test(unit) ||
          introducesList ||
          /^\W*(?:\|n|In|For)\b/.test(unit) ||
          (!/[.!?]$/.test(unit) && /[A-Za-z]{4,}/.test(stripPeriods(unit, unitPeriods))));
      if (isHeading) {
        heading = { period: unitPeriods[0]!.period, text: unit };
        // "For fiscal year 2025, the Executive Board now expects:": the list after it is guidance.
        const expects = introducesList && EXPECTS_LIST.test(unit);
        if (introducesList && unit === section.units.at(-1)) {
          listHeading = heading;
          listOutlook = expects;
        }
        outlook = OUTLOOK_TITLE.test(unit) || expects || outlook;
        continue;
      }
      if (unit.length < 60 && !/[.!?]$/.test(unit) && OUTLOOK_TITLE.test(unit) && findAmounts(unit).length === 0)
        outlook = true;
      // A sentence without figures that names a period frames the next ones ("… its forecast for fiscal 2007.").
      let framing: { period: PeriodRef; text: string } | undefined;
      // "In the third quarter (October 1 to December 31, 2012), net sales were …": the paragraph's topic,
      // for its later sentences that name no period of their own.
      let topic: { period: PeriodRef; text: string } | undefined;
      let guidancePeriod: PeriodRef | undefined;
      let previousPeriod: PeriodRef | undefined;
      let paragraphOffering: string | undefined;
      for (const [n, sentence] of sentences(unit).entries()) {
        if (n === 0) paragraphOffering = segmentLabel(sentence, { metrics, calendar, issuerNames });
        if (SEGMENT_INTRO.test(sentence)) segmentRun = true;
        const opener = topicOf(sentence, calendar, (heading?.period ?? docPeriod)?.fiscalYear);
        if (opener) topic = opener;
        // Rows of a table run together into one "sentence" ("… $118,377 Cost of revenue 19,430 …"): the tables' to read.
        if (tableRows.filter((r) => sentence.includes(r)).length >= 2) continue;
        const inSentence = companies.find(sentence);
        const otherCompanies = [
          ...inSentence.filter((m) => m.company.id !== issuer.id).map((m) => ({ ...m, name: m.company.name })),
          ...candidateCompanies(sentence, inSentence).filter(
            (c) => c.name !== issuer.name && !issuerNames.includes(c.name),
          ),
          // "Marlcote contributed revenue of £14.2m": a company named in full earlier, by its first word.
          ...namedInFull.flatMap((name) => {
            const short = /^\p{Lu}\p{Ll}{3,}/u.exec(name)?.[0];
            if (!short || issuerNames.some((n) => n.startsWith(short))) return [];
            return [...sentence.matchAll(new RegExp(String.raw`(?<![\p{L}])${short}(?![\p{L}])`, 'gu'))].map((m) => ({
              start: m.index,
              end: m.index + short.length,
              name,
            }));
          }),
        ];
        const drafted = draftSentence(sentence, {
          metrics,
          calendar,
          issuerNames,
          otherCompanies,
          headingPeriod: framing ?? (opener ? undefined : topic) ?? heading,
          documentPeriod: docPeriod,
          outlook,
          reading,
          guidancePeriod,
          previousPeriod,
          paragraphOffering: n > 0 ? (paragraphOffering ?? carried.offering) : carried.offering,
        });
        for (const fact of drafted.facts) facts.push({ fact, section: section.id });
        // "Rail Systems revenue grew 4.6% to £161.2 million (…). Adjusted operating profit was £17.3 million": a
        // paragraph that opens with a business line's figure is about that line.
        const opening = drafted.facts[0]?.offering;
        if (n === 0 && !paragraphOffering && opening && sentence.startsWith(opening)) paragraphOffering = opening;
        guidancePeriod = drafted.facts.filter((f) => f.basis === 'guidance').at(-1)?.period ?? guidancePeriod;
        const named = findPeriods(sentence, calendar);
        // The sentence's first period: its later ones are mostly bases ("…, down 6% from the third quarter of 2018").
        previousPeriod = named[0]?.period ?? previousPeriod;
        // "… has today revised its forecast for fiscal year 2025." frames the sentences after it that name no
        // period of their own, until one does.
        // (Not one that states counts: "Total headcount stood at 1,48,230 …, compared with 1,45,915 at the end of Q1 FY26.")
        if (findAmounts(sentence).length === 0 && drafted.facts.length === 0 && named.length > 0)
          framing = { period: named.at(-1)!.period, text: sentence };
        else if (named.length > 0) framing = undefined;
        for (const d of drafted.decisions) decisions.push({ section: section.id, ...d });
      }
      const found = companies.find(unit);
      for (const m of found) {
        if (mentions.has(m.company.id)) continue;
        mentions.set(m.company.id, {
          company: m.company,
          source: {
            section: section.id,
            quote: window(unit, m.start, m.end, 60),
            ...(m.text !== m.company.name && m.text !== m.company.shortName
              ? { note: `'${m.text}' read as ${m.company.name}` }
              : {}),
          },
          confidence: m.confidence,
        });
      }
      for (const c of candidateCompanies(unit, found)) {
        // "0riole Mobile Inc.": once OCR's capitals are put back, a company already known.
        // A slide title run into the name ("OMI FY2009 Targets 0riole Mobile Inc."): its tail may be the known one.
        const words = c.name.split(/\s+/);
        const tails = words.map((_, i) => words.slice(i).join(' ').toLowerCase());
        const known = [issuer, ...options.known].find((k) =>
          [k.name, ...k.aliases].some((n) => tails.includes(n.toLowerCase())),
        );
        if (known) {
          const names = [known.name, ...known.aliases].map((n) => n.toLowerCase());
          const printed = c.printed
            .split(/\s+/)
            .slice(tails.findIndex((t) => names.includes(t)))
            .join(' ');
          if (!mentions.has(known.id) && printed !== known.name)
            mentions.set(known.id, {
              company: known,
              source: {
                section: section.id,
                quote: window(unit, c.start, c.end, 40),
                note: `'${printed}' read as ${known.name}`,
              },
              confidence: 0.7,
            });
          continue;
        }
        if (!candidates.has(c.name))
          candidates.set(c.name, { section: section.id, quote: window(unit, c.start, c.end, 40) });
      }
    }
  });
  // Tables may span paragraphs (a blank line between header and rows): read over the whole text.
  const rawLines = rawText.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  const sectionOf = (line: string) =>
    (sections.find((s) => s.lines.includes(line)) ?? sections.find((s) => s.lines.some((l) => l.includes(line.trim()))))
      ?.id ?? sections[0]!.id;
  const stated = statedUnit(collapsed);
  const tableContext = { metrics, calendar, documentPeriod: docPeriod, defaultCurrency, documentUnit: stated };
  const tables = draftPeriodColumnTables(rawLines, tableContext);
  const byMetricColumns = draftMetricColumnTables(rawLines, tableContext);
  const grouped = draftGroupedColumnTables(rawLines, tableContext);
  const byAmountCells = draftAmountCellTables(rawLines, { ...tableContext, reading });
  // A row read under metric headers each over their own periods is read; its metric-only reading is not.
  const groupedRows = new Set(grouped.facts.map((f) => f.rowLine));
  const tableFacts = [
    ...tables.facts,
    ...byMetricColumns.facts.filter((f) => !groupedRows.has(f.rowLine)),
    ...grouped.facts,
    ...byAmountCells.facts,
  ];
  // ("Dividends and profit of equity investments  41.6" in a bank's € million table: a per-share metric's words, never
  // a per-share figure.)
  const perShareInScale = (f: DraftFact) =>
    metrics.isPerShare(f.metric) && f.amounts.some((a) => 'scale' in a && a.scale !== 'one');
  for (const { fact, rowLine } of tableFacts)
    if (!perShareInScale(fact)) facts.push({ fact, section: sectionOf(rowLine) });
  let charted = 0;
  for (const section of sections) {
    if (section.paragraph) continue;
    for (const fact of draftChartLabels(section.title, section.lines, { metrics, calendar, defaultCurrency })) {
      facts.push({ fact, section: section.id });
      charted++;
    }
  }
  for (const { rowLine, ...d } of tables.decisions) decisions.push({ section: sectionOf(rowLine), ...d });
  tablesOfHeadingLines(facts, headedBy, sections);
  progress(
    `${sections.length} sections, ${facts.length} amounts tied to metrics (${tableFacts.length} from table rows, ${charted} from chart labels)`,
  );

  // "expects to report revenue of approximately $318 million" for a quarter that has ended: a preliminary actual.
  const published = publicationDate(collapsed);
  const publishedOn = published?.date;
  if (publishedOn && calendar.fiscalYearEnd && publishedOn.length === 10)
    for (const [n, item] of facts.entries()) {
      if (item.fact.basis !== 'guidance' || item.fact.printedForecast) continue;
      const end = resolvePeriod(issuer.id, item.fact.period, {
        fiscalYearEnd: calendar.fiscalYearEnd,
        fiscalYearNamedBy: calendar.fiscalYearNamedBy ?? 'end-year',
      }).endDate;
      if (end && end < publishedOn)
        facts[n] = {
          ...item,
          fact: {
            ...item.fact,
            basis: 'actual',
            reasons: [
              ...item.fact.reasons,
              `preliminary: the period ended ${end}, before the document (${publishedOn})`,
            ],
          },
        };
    }
  // "Rs. 4.00 per share" in a release to the Pakistan Stock Exchange, "(In Million Pesos …)" in one to the Philippine
  // Stock Exchange: the currency is the listing's.
  const local = statedLocalCurrency(collapsed);
  if (local) {
    const ofListing = (u: string) => (u === local.read ? local.currency : u);
    let restated = 0;
    for (const [n, item] of facts.entries())
      if (item.fact.amounts.some((a) => a.unit === local.read)) {
        restated++;
        facts[n] = {
          ...item,
          fact: {
            ...item.fact,
            amounts: item.fact.amounts.map((a) => ({ ...a, unit: ofListing(a.unit) })),
            reasons: [
              ...item.fact.reasons,
              `the currency of the document's listing (${local.quote}): ${local.currency}`,
            ],
          },
        };
      }
    if (restated > 0)
      decisions.push({
        section: sectionQuoting(local.quote),
        quote: local.quote,
        question: `every ${local.printed} is drafted as ${local.currency} from these words: confirm (or change the units)`,
      });
  }
  // "Corporate costs   (12.3)   (10.9)": a cost printed as a deduction is a positive cost.
  for (const [n, item] of facts.entries())
    if (metrics.isCost(item.fact.metric) && item.fact.amounts.some((a) => a.value !== undefined && a.value < 0))
      facts[n] = {
        ...item,
        fact: {
          ...item.fact,
          amounts: item.fact.amounts.map((a) => ({
            ...a,
            ...(a.value !== undefined ? { value: Math.abs(a.value) } : {}),
          })),
          reasons: [...item.fact.reasons, 'a cost printed as a deduction: stored positive'],
        },
      };
  // Facts stated twice (a highlight repeated on its own slide) are merged; two values for one fact are both kept and flagged.
  // The lexicon's basic EPS is for documents that print basic and diluted apart; a basic figure alone is the EPS.
  const withDiluted = new Set(
    facts.filter((f) => f.fact.metric === 'earningsPerShare').map((f) => periodKey(f.fact.period) + f.fact.basis),
  );
  for (const [n, item] of facts.entries())
    if (item.fact.metric === BASIC_EPS && !withDiluted.has(periodKey(item.fact.period) + item.fact.basis))
      facts[n] = {
        ...item,
        fact: {
          ...item.fact,
          metric: 'earningsPerShare',
          reasons: [
            ...item.fact.reasons,
            'basic earnings per share, the only one printed for the period: earningsPerShare',
          ],
        },
      };
  const merged: { fact: DraftFact; section: string; id: string }[] = [];
  for (const original of facts) {
    // "a year-end dividend of 42 yen per share", "a final dividend of 9.5 cents": the year-end part of the
    // year's dividend is a metric of its own (seed/FORMAT.md's conventions), printed beside the annual one or not.
    const yearEndPart =
      original.fact.metric === 'dividendPerShare' &&
      /\b(?:year-end|final)\b/i.test(original.fact.printedMetric ?? '') &&
      !('quarter' in original.fact.period) &&
      !('months' in original.fact.period);
    const item = yearEndPart
      ? {
          ...original,
          fact: {
            ...original.fact,
            metric: YEAR_END_DIVIDEND,
            reasons: [
              ...original.fact.reasons,
              `the year-end (final) part of the year's dividend: ${YEAR_END_DIVIDEND}`,
            ],
          },
        }
      : original;
    const same = merged.filter(
      (m) =>
        m.fact.metric === item.fact.metric &&
        // "Home Broadband" and "Home broadband" are one business line (one id), as are "Home & Living Business"
        // and "Home & Living".
        (m.fact.offering === item.fact.offering ||
          (m.fact.offering !== undefined &&
            item.fact.offering !== undefined &&
            lineIdOf(m.fact.offering) === lineIdOf(item.fact.offering))) &&
        m.fact.basis === item.fact.basis &&
        samePeriod(m.fact.period, item.fact.period),
    );
    // The same figure printed twice, at two precisions ("¥123.5 billion" in prose, "123,456" in the table).
    const identical = same.find(
      (m) =>
        sameAmounts(m.fact.amounts, item.fact.amounts) ||
        agreeing(m.fact.amounts, item.fact.amounts) ||
        agreeing(item.fact.amounts, m.fact.amounts),
    );
    // The more exact printing wins; at the same precision, the one that prints more currencies ("JPY 7,215 million
    // (US$ 48.5 million)" in prose over "7,215" in the table).
    if (
      identical &&
      (moreExact(item.fact.amounts, identical.fact.amounts) ||
        (!moreExact(identical.fact.amounts, item.fact.amounts) &&
          item.fact.amounts.length > identical.fact.amounts.length))
    ) {
      identical.fact = {
        ...item.fact,
        comparisons: mergeComparisons(item.fact.comparisons, identical.fact.comparisons),
      };
      identical.section = item.section;
      continue;
    }
    if (identical) {
      identical.fact = {
        ...identical.fact,
        comparisons: mergeComparisons(identical.fact.comparisons, item.fact.comparisons),
      };
      continue;
    }
    const line = item.fact.offering ? `${lineIdOf(item.fact.offering)}/` : '';
    const id = `${issuer.id}/${line}${kebab(item.fact.metric)}/${periodKey(item.fact.period)}${item.fact.basis === 'guidance' ? '/guidance' : ''}`;
    if (same.length > 0) {
      // A document states a fact once (the loader refuses two): the second value is the curator's to place.
      // A table cell read under its row and column outranks a guess from prose ("The line's margin was 12.8%",
      // its period and line assumed) printed earlier.
      const first = same[0]!;
      // (Only a figure of the same unit and scale: "49.36 EUR" in a table is no revenue in millions.)
      const [a0, b0] = [item.fact.amounts[0], first.fact.amounts[0]];
      const replaces =
        fromTableRow(item.fact) &&
        item.fact.confidence >= 0.8 &&
        first.fact.confidence < 0.7 &&
        a0?.unit === b0?.unit &&
        a0?.scale === b0?.scale;
      const [kept, dropped] = replaces ? [item, first] : [first, item];
      if (replaces)
        merged[merged.indexOf(first)] = {
          ...item,
          fact: { ...item.fact, comparisons: mergeComparisons(item.fact.comparisons, first.fact.comparisons) },
          id,
        };
      decisions.push({
        section: dropped.section,
        quote: dropped.fact.quote,
        question: `not drafted: a second value for ${id}, ${JSON.stringify(dropped.fact.amounts)} (drafted: ${JSON.stringify(kept.fact.amounts)}). Another offering (add it with \`offering:\`), a restatement, or a misreading?`,
      });
      continue;
    }
    merged.push({ ...item, id });
  }

  const issuerMention = mentions.get(issuer.id);
  const issuerSource: SourceRef = issuerQuote
    ? {
        section: sections.find((s) => s.units.some((u) => u.includes(issuerQuote!)))?.id ?? sections[0]!.id,
        quote: issuerQuote,
      }
    : (issuerMention?.source ?? { section: sections[0]!.id, quote: window(sections[0]!.units[0] ?? collapsed, 0, 1) });
  const issuerEntry: Record<string, unknown> = {
    id: issuer.id,
    name: issuer.name,
    ...(issuer.shortName ? { shortName: issuer.shortName } : {}),
    ...(issuer.aliases.length ? { aliases: [...issuer.aliases] } : {}),
    ...(calendar.fiscalYearEnd ? { fiscalYearEnd: calendar.fiscalYearEnd } : {}),
    ...(calendar.fiscalYearNamedBy ? { fiscalYearNamedBy: calendar.fiscalYearNamedBy } : {}),
    source: {
      ...issuerSource,
      note: `issuer${issuer.file ? ` (known from ${issuer.file.replace(/^.*\//, '')})` : ' read from this text'}`,
    },
  };
  if (learned.evidence && !issuer.fiscalYearEnd) {
    const section = sections.find((s) => s.units.some((u) => u.includes(learned.evidence!)))?.id;
    if (section && learned.evidence.length <= QUOTE_MAX)
      issuerEntry.fieldSources = Object.fromEntries(
        ['fiscalYearEnd', ...(calendar.fiscalYearNamedBy ? ['fiscalYearNamedBy'] : [])].map((f) => [
          f,
          { section, quote: learned.evidence, note: 'fiscal calendar learned from this sentence' },
        ]),
      );
  }
  if (issuerGuessed)
    decisions.push({
      section: issuerSource.section,
      quote: issuerSource.quote,
      question: `${issuer.id}: the issuer is a guess (the first company the text names, "${issuer.name}"); confirm it, or draft again with --company <id>.`,
    });
  if (!calendar.fiscalYearNamedBy)
    decisions.push({
      section: issuerSource.section,
      quote: issuerSource.quote,
      question: `${issuer.id}: how does it name its fiscal years (start-year or end-year)? The text never says; periods named by a date assumed end-year.`,
    });

  const companyEntries: Record<string, unknown>[] = [issuerEntry];
  const ids = new Set([issuer.id]);
  for (const { company, source, confidence } of mentions.values()) {
    if (ids.has(company.id)) continue;
    ids.add(company.id);
    companyEntries.push({
      id: company.id,
      name: company.name,
      ...(company.shortName ? { shortName: company.shortName } : {}),
      ...(company.aliases.length ? { aliases: [...company.aliases] } : {}),
      source: { ...source, note: `${source.note ? `${source.note}; ` : ''}known company, confidence ${confidence}` },
    });
  }
  for (const [name, source] of candidates) {
    let id = companyIdOf(name);
    if (ids.has(id)) continue;
    if (!/^[a-z0-9]/.test(id)) id = `company-${id}`;
    ids.add(id);
    companyEntries.push({
      id,
      name,
      source: { ...source, note: 'candidate new company (name with a corporate suffix), confidence 0.5: keep or drop' },
    });
    decisions.push({
      section: source.section,
      quote: source.quote,
      question: `${id}: a new company "${name}"? Keep, merge with a known one, or drop.`,
    });
  }

  // Business lines the figures name ("Subscription revenue"): drafted for the curator to keep, merge or drop.
  const lineEntries = new Map<string, Record<string, unknown>>();
  for (const { fact, section } of merged) {
    if (!fact.offering) continue;
    const id = `${issuer.id}/${lineIdOf(fact.offering)}`;
    if (lineEntries.has(id)) continue;
    lineEntries.set(id, {
      id,
      company: issuer.id,
      name: fact.offering,
      source: { section, quote: fact.quote, note: 'business line named before a metric, confidence 0.5: keep or drop' },
    });
    decisions.push({
      section,
      quote: fact.quote,
      question: `${id}: a business line "${fact.offering}"? Keep it (its figures are drafted with \`offering:\`), merge it with a known one, or drop it and the figures' offering.`,
    });
  }
  const factEntries = merged.map(({ fact, section, id }) => ({
    id,
    company: issuer.id,
    metric: fact.metric,
    ...(fact.offering ? { offering: `${issuer.id}/${lineIdOf(fact.offering)}` } : {}),
    period: fact.period,
    basis: fact.basis,
    amounts: fact.amounts,
    approximate: fact.approximate,
    ...(fact.comparisons.length
      ? {
          comparisons: fact.comparisons.map((c) => ({
            kind: c.kind,
            basePeriod: c.basePeriod,
            ...(c.change ? { change: c.change } : {}),
            direction: c.direction,
            source: { section, quote: c.quote.slice(0, QUOTE_MAX) },
          })),
        }
      : {}),
    source: {
      section,
      quote: fact.quote,
      note: `confidence ${fact.confidence.toFixed(2)}: ${fact.reasons.join('; ')}`,
    },
  }));

  const isDeck =
    sections.length > 3 &&
    sections.every((s) => s.units.length !== 1 || s.units[0]!.length < 400) &&
    !/today (?:announced|reported)|(?:announced|reported) today/i.test(collapsed);
  const draft: Record<string, unknown> = {
    format: FACT_FILE_FORMAT,
    document: {
      id: options.documentId,
      title: sections[0]!.title.replace(/…$/, ''),
      kind: /today (?:announced|reported)|(?:announced|reported) today|press release/i.test(collapsed.slice(0, 800))
        ? 'press-release'
        : isDeck
          ? 'investor-presentation'
          : 'other',
      file: options.documentFile,
      issuer: issuer.id,
      language: 'en',
      ...(docPeriod ? { reportsOn: docPeriod } : {}),
      ...(published
        ? {
            published: {
              date: published.date,
              source: {
                section: sections.find((s) => s.units.some((u) => u.includes(published.quote)))?.id ?? sections[0]!.id,
                quote: published.quote,
              },
            },
          }
        : {}),
    },
    sections: sections.map((s) => ({ id: s.id, title: s.title })),
    companies: companyEntries,
    ...(lineEntries.size ? { businessLines: [...lineEntries.values()] } : {}),
    facts: factEntries,
  };
  return { draft, decisions, sections: sections.length };
}

/** "Fourth Quarter Highlights" in a document about fiscal 2024: that year's fourth quarter. */
function yearlessQuarter(title: string, documentPeriod: PeriodRef | undefined): { period: PeriodRef } | undefined {
  // ("Business areas, third quarter": after a caption and a comma too.)
  const word =
    /^(?:\d{1,2}\.\s+)?(?:[A-Za-z][A-Za-z &]{1,40},\s+)?(first|second|third|fourth)[\s-]quarter\b(?!\s+(?:of\b|(?:19|20)\d{2}|FY))/i.exec(
      title,
    )?.[1];
  if (!word || !documentPeriod) return undefined;
  return {
    period: {
      fiscalYear: documentPeriod.fiscalYear,
      quarter: ['first', 'second', 'third', 'fourth'].indexOf(word.toLowerCase()) + 1,
    },
  };
}

/** A fact a table reader drafted from a row (its first reason names the row). */
const fromTableRow = (fact: DraftFact) => fact.reasons.some((r) => r.startsWith('table row'));

/**
 * "MOROCCO" over a table of revenue, EBITDA and CAPEX after the group's table of them: a table under a heading that
 * is a name, restating an earlier table's figures with other values, is that business line's (or region's). Its rows
 * that name no line of their own are drafted with the heading as their offering.
 */
function tablesOfHeadingLines(
  facts: { fact: DraftFact; section: string }[],
  headedBy: ReadonlyMap<string, string>,
  sections: readonly DocumentSection[],
): void {
  const order = new Map(sections.map((s, n) => [s.id, n]));
  for (const [sectionId, name] of headedBy) {
    const own = facts.filter((f) => f.section === sectionId && !f.fact.offering && fromTableRow(f.fact));
    const at = order.get(sectionId)!;
    const restates = own.some(({ fact }) =>
      facts.some(
        (e) =>
          (order.get(e.section) ?? at) < at &&
          !e.fact.offering &&
          e.fact.metric === fact.metric &&
          e.fact.basis === fact.basis &&
          samePeriod(e.fact.period, fact.period) &&
          !sameAmounts(e.fact.amounts, fact.amounts) &&
          !agreeing(e.fact.amounts, fact.amounts) &&
          !agreeing(fact.amounts, e.fact.amounts),
      ),
    );
    if (!restates) continue;
    for (const item of own)
      item.fact = {
        ...item.fact,
        offering: name,
        reasons: [...item.fact.reasons, `a table under the heading '${name}' that restates the group's metrics`],
      };
  }
}

/** A business line's id: its name's, less the closing kind word ("business", "operations") a table may leave out. */
function lineIdOf(name: string): string {
  const bare = KIND_OF_LINE.exec(name)?.[1] ?? name;
  return companyIdOf(bare.length >= 2 ? bare : name);
}

/** A heading naming a business line by its kind: "GOLD OPERATIONS", "Retail Division", "Wholesale segment". */
const LINE_HEADING =
  /^[A-Z][A-Za-z&-]*(?:\s+[A-Z&][A-Za-z&-]*){0,2}\s+(?:OPERATIONS|DIVISION|SEGMENT|[Oo]perations|[Dd]ivision|[Ss]egment)$/;

/** A heading or sentence that opens the review of the segments: the name headings after it are business lines. */
const SEGMENT_INTRO =
  /\b(?:(?:results|review|performance)\s+by\s+(?:segment|division|business(?:\s+area)?)|segment(?:al)?\s+(?:results|review|information|performance)|divisional\s+(?:review|results|performance)|business\s+(?:area|segment)\s+(?:review|results)|review\s+of\s+(?:segments|divisions|operations)|operating\s+review)\b/i;

/** A sentence introducing a list of expectations ("… now expects:", "… forecasts the following:"). */
const EXPECTS_LIST = /\b(?:now\s+)?(?:expects?|forecasts?|anticipates?|projects?|guides?|targets?|sees)\b/i;

/** The lexicon's metric for basic EPS printed beside the diluted figure (earningsPerShare). */
const BASIC_EPS = 'basicEarningsPerShare';

/** The comparisons of one fact stated twice: one per base; a printed change fills one stated without it. */
function mergeComparisons(kept: readonly DraftComparison[], other: readonly DraftComparison[]): DraftComparison[] {
  const out = [...kept];
  for (const c of other) {
    const at = out.findIndex((x) => samePeriod(x.basePeriod, c.basePeriod));
    if (at < 0) out.push(c);
    else if (!out[at]!.change && c.change && out[at]!.direction === c.direction) out[at] = c;
  }
  return out;
}
