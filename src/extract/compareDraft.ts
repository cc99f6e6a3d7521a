/**
 * Precision and recall of a draft against a curated fact file, per kind: amounts (a fact whose
 * metric, period, basis and every amount's value/range/bound, unit and scale are all right; derived
 * facts, which a curator computes, are out of the count), comparisons (of those facts: kind, base
 * period, direction, change), companies (same name or alias). Also the two properties drafts hold
 * by construction, checked anyway: every quote verbatim in the document, every drafted number
 * printed in its quote. Pure.
 */
import type { Amount, PeriodRef } from '../seed/factFileSchema.js';
import { periodKey } from '../seed/periods.js';
import { collapseWhitespace } from '../seed/text.js';
import { readingCopy, repairOcrDigits, withCommaGroups } from './amountMentions.js';
import { unitHeader } from './tableCells.js';

interface FactLike {
  readonly id: string;
  readonly metric: string;
  readonly period: PeriodRef;
  readonly basis: string;
  readonly amounts: readonly Amount[];
  readonly comparisons?: readonly {
    kind: string;
    basePeriod: PeriodRef;
    direction: string;
    change?: { value: number; unit: string } | undefined;
  }[];
  readonly source: { quote: string };
}
interface CompanyLike {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string | undefined;
  readonly aliases?: readonly string[] | undefined;
}
export interface FileLike {
  readonly companies?: readonly CompanyLike[];
  readonly facts?: readonly FactLike[];
}

export interface KindScore {
  readonly matched: number;
  readonly drafted: number;
  readonly curated: number;
  readonly precision: number;
  readonly recall: number;
  readonly misses: readonly string[];
  readonly extras: readonly string[];
}

export interface Comparison {
  readonly amounts: KindScore;
  readonly comparisons: KindScore;
  readonly companies: KindScore;
  readonly quotesVerbatim: { readonly checked: number; readonly failed: readonly string[] };
  readonly valuesInQuote: { readonly checked: number; readonly failed: readonly string[] };
}

function amountKey(a: Amount): string {
  const v = a.value !== undefined ? `${a.value}` : `${a.low ?? ''}..${a.high ?? ''}${a.bound ? ` ${a.bound}` : ''}`;
  return `${v} ${a.scale ?? 'one'} ${a.unit}`;
}
function factKey(f: FactLike): string {
  return `${f.metric} ${periodKey(f.period)} ${f.basis}: ${[...f.amounts].map(amountKey).sort().join(' + ')}`;
}
function comparisonKeys(f: FactLike): string[] {
  return (f.comparisons ?? []).map(
    (c) =>
      `${f.metric} ${periodKey(f.period)} ${f.basis} ${c.kind} vs ${periodKey(c.basePeriod)} ${c.direction}${c.change ? ` ${c.change.value} ${c.change.unit}` : ''}`,
  );
}

function score(drafted: readonly string[], curated: readonly string[]): KindScore {
  const left = [...curated];
  const extras: string[] = [];
  let matched = 0;
  for (const d of drafted) {
    const i = left.indexOf(d);
    if (i >= 0) {
      left.splice(i, 1);
      matched++;
    } else extras.push(d);
  }
  return {
    matched,
    drafted: drafted.length,
    curated: curated.length,
    precision: drafted.length === 0 ? 1 : matched / drafted.length,
    recall: curated.length === 0 ? 1 : matched / curated.length,
    misses: left,
    extras,
  };
}

function namesOf(c: CompanyLike): Set<string> {
  return new Set(
    [c.name, c.shortName, ...(c.aliases ?? [])].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase()),
  );
}

/** Numbers printed in a text, read as written ("12,407" → 12407, "(194)" → 194). */
function printedNumbers(text: string): Set<number> {
  const out = new Set<number>();
  // A table under "(₹ crore)" prints its cells without the scale word: each is in crores
  // ("(₹ crore)  1,482.6" is drafted as 14,826 million, "(Unit: KRW 100 million)  1,681" as 168.1 billion, "(Rp
  // trillion)  938.4" as 938,400 billion: the cells in the factor the table reader gives their unit header.)
  const tableFactor =
    [...text.matchAll(/\([^()]{2,60}\)/g)].map((m) => unitHeader(m[0])?.factor).find((f) => f !== undefined) ?? 1;
  // "48 612" is read both ways: as printed in a collapsed table row the space may part two cells.
  for (const m of `${text} ${withCommaGroups(readingCopy(text))}`.matchAll(
    // ("Rp11-12 trillion": the low end is in trillions too.)
    /(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(trillion|crores?|lakhs?)|(?=\s?(?:[-–]|to)\s?\d+(?:\.\d+)?\s?(trillion|crores?|lakhs?))|)/gi,
  )) {
    const n = Number(m[1]!.replace(/,/g, ''));
    const word = m[2] ?? m[3];
    out.add(n);
    // Fact files have no trillion, crore or lakh scale: "KRW 1.42 trillion" is drafted as 1,420 billion,
    // "₹1,234 crore" as 12,340 million, "45 lakh" as 4,500 thousand.
    const factor = word ? (/^t/i.test(word) ? 1000 : /^c/i.test(word) ? 10 : 100) : 1;
    if (factor !== 1) out.add(Math.round(n * factor * 1e6) / 1e6);
    if (tableFactor !== 1) out.add(Math.round(n * tableFactor * 1e6) / 1e6);
  }
  return out;
}

/**
 * "81 736" in a collapsed row "88 105 81 736 268 940": space-grouped cells run together there, so a value counts as
 * printed where its space-grouped form stands in the quote and, as a cell of its own (no digit a single space away),
 * in the document the quote comes from ("736 268" straddles two cells).
 */
function spaceGroupedIn(quote: string, documentText: string, n: number): boolean {
  const [whole, fraction] = String(n).split('.');
  if (whole!.length < 4) return false;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + (fraction ? `[.,]${fraction}` : '');
  return (
    new RegExp(String.raw`(?<![\d.,])${grouped}(?![\d.,]\d)`).test(collapseWhitespace(quote)) &&
    new RegExp(String.raw`(?<![\d.,])(?<!\d )${grouped}(?! \d)(?![\d.,]\d)`).test(documentText)
  );
}

export function compareDraft(draft: FileLike, curated: FileLike, documentText: string): Comparison {
  const counted = (curated.facts ?? []).filter((f) => f.basis !== 'derived');
  const draftFacts = draft.facts ?? [];
  const amounts = score(draftFacts.map(factKey), counted.map(factKey));
  const comparisons = score(draftFacts.flatMap(comparisonKeys), counted.flatMap(comparisonKeys));

  const curatedCompanies = curated.companies ?? [];
  const draftCompanies = draft.companies ?? [];
  const used = new Set<CompanyLike>();
  const companyExtras: string[] = [];
  for (const d of draftCompanies) {
    const names = namesOf(d);
    const hit = curatedCompanies.find((c) => !used.has(c) && [...namesOf(c)].some((n) => names.has(n)));
    if (hit) used.add(hit);
    else companyExtras.push(`${d.id} (${d.name})`);
  }
  const companies: KindScore = {
    matched: used.size,
    drafted: draftCompanies.length,
    curated: curatedCompanies.length,
    precision: draftCompanies.length === 0 ? 1 : used.size / draftCompanies.length,
    recall: curatedCompanies.length === 0 ? 1 : used.size / curatedCompanies.length,
    misses: curatedCompanies.filter((c) => !used.has(c)).map((c) => `${c.id} (${c.name})`),
    extras: companyExtras,
  };

  const collapsed = collapseWhitespace(documentText);
  const quotes = draftFacts.map((f) => f.source.quote);
  const quoteFailures = quotes.filter((q) => !collapsed.includes(collapseWhitespace(q)));
  const valueFailures: string[] = [];
  let valuesChecked = 0;
  for (const f of draftFacts) {
    // "8,42l" is 8,421 as OCR prints it: the check reads numbers as the extractor does.
    const printed = printedNumbers(repairOcrDigits(f.source.quote));
    for (const a of f.amounts) {
      for (const n of [a.value, a.low, a.high]) {
        if (n === undefined) continue;
        valuesChecked++;
        if (!printed.has(Math.abs(n)) && !spaceGroupedIn(f.source.quote, documentText, Math.abs(n)))
          valueFailures.push(`${f.id}: ${n} not printed in “${f.source.quote}”`);
      }
    }
  }
  return {
    amounts,
    comparisons,
    companies,
    quotesVerbatim: { checked: quotes.length, failed: quoteFailures },
    valuesInQuote: { checked: valuesChecked, failed: valueFailures },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** A Markdown table row per kind, and the misses and extras listed. */
export function comparisonReport(name: string, c: Comparison): string {
  const rows = (['amounts', 'comparisons', 'companies'] as const).map(
    (k) =>
      `| ${name} | ${k} | ${c[k].matched}/${c[k].drafted} | ${c[k].matched}/${c[k].curated} | ${pct(c[k].precision)} | ${pct(c[k].recall)} |`,
  );
  const lists = (['amounts', 'comparisons', 'companies'] as const).flatMap((k) => [
    ...c[k].misses.map((m) => `- ${name} · ${k} · missed: ${m}`),
    ...c[k].extras.map((m) => `- ${name} · ${k} · extra: ${m}`),
  ]);
  return [rows.join('\n'), lists.join('\n')].join('\n\n');
}
