/**
 * Companies a document mentions: the known ones (fact files in seed/, with their aliases, and the
 * spellings OCR makes of their short names: `11J`, `I1J`, `113` for IIJ), the issuer (from a
 * copyright line or a release's "X today announced"), and candidate new companies (names ending in
 * Inc., Corporation, Co., Ltd. …) for the curator to accept or drop. Pure but for `knownCompanies`,
 * which reads seed/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { asciiSlug } from './asciiSlug.js';

export interface KnownCompany {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string | undefined;
  readonly aliases: readonly string[];
  readonly fiscalYearEnd?: string | undefined;
  readonly fiscalYearNamedBy?: 'start-year' | 'end-year' | undefined;
  /** The fact file it was read from, or undefined for one found in the document itself. */
  readonly file?: string | undefined;
}

export interface CompanyMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly company: KnownCompany;
  readonly confidence: number;
}

/** Every company of the fact files in `dir` (merged by id), skipping the files in `exclude`. */
export function knownCompanies(dir: string, exclude: readonly string[] = []): KnownCompany[] {
  const skip = new Set(exclude.map((f) => path.resolve(f)));
  const byId = new Map<string, KnownCompany>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n));
  } catch {
    return [];
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (skip.has(path.resolve(file))) continue;
    let data: { companies?: unknown };
    try {
      data = (parse(readFileSync(file, 'utf8')) ?? {}) as { companies?: unknown };
    } catch {
      continue; // a broken fact file is `kg seed`'s to report, not the extractor's
    }
    for (const raw of Array.isArray(data.companies) ? data.companies : []) {
      const c = raw as Partial<KnownCompany> & { id?: unknown; name?: unknown };
      if (typeof c.id !== 'string' || typeof c.name !== 'string') continue;
      const prior = byId.get(c.id);
      byId.set(c.id, {
        id: c.id,
        name: prior?.name ?? c.name,
        shortName: prior?.shortName ?? c.shortName,
        aliases: [...new Set([...(prior?.aliases ?? []), ...(Array.isArray(c.aliases) ? c.aliases : [])])],
        fiscalYearEnd: prior?.fiscalYearEnd ?? c.fiscalYearEnd,
        fiscalYearNamedBy: prior?.fiscalYearNamedBy ?? c.fiscalYearNamedBy,
        file: prior?.file ?? file,
      });
    }
  }
  return [...byId.values()];
}

/** Characters OCR confuses in capitals: the variants of each. */
const OCR_CONFUSIONS: Record<string, readonly string[]> = {
  I: ['I', '1', 'l', '[', '|'],
  J: ['J', '3'],
  O: ['O', '0'],
  S: ['S', '5'],
  B: ['B', '8'],
  Z: ['Z', '2'],
};

/** The spellings OCR makes of a short all-capitals name ("IIJ" → "11J", "I1J", "113", "[1J" …). */
export function ocrVariants(shortName: string): string[] {
  if (!/^[A-Z]{2,5}$/.test(shortName)) return [];
  let out = [''];
  for (const ch of shortName) {
    const options = OCR_CONFUSIONS[ch] ?? [ch];
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
    if (out.length > 400) return [];
  }
  return out.filter((v) => v !== shortName);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Gulf, Egyptian and Andean forms too: "Q.P.S.C.", "P.J.S.C.", "S.A.E.", "S.A.A.".
const CORPORATE = String.raw`(?:S\.A\.B\.\s+de\s+C\.V\.|S\.A\.\s+de\s+C\.V\.|S\.A\.B\.|S\.A\.A\.|S\.A\.E\.|S\.A\.C\.|Q\.P\.S\.C\.|Q\.S\.C\.|P\.J\.S\.C\.|PJSC|S\.A\.O\.G\.|T\.A\.Ş\.|A\.Ş\.|K\.S\.C\.P\.|B\.S\.C\.|JSC|Inc\.?|Incorporated|Cooperative|Co-op|Corporation|Corp\.|Co\.,?\s?Ltd\.?|Company,?\s+Limited|Company|K\.K\.|Ltd\.?|Limited|plc|PLC|GmbH|AG|S\.A\.|SA|S\.p\.A\.|N\.V\.|NV|B\.V\.|a\.s\.|A\/S|ApS|AB|ASA|Oyj|Oy|AS|SE|S\.A\.S\.|SAS|S\.r\.l\.|Srl|Sp\.\s?z\s?o\.o\.|Pvt\.?\s+Ltd\.?|Private\s+Limited|Berhad|Bhd\.?|Tbk|Ltda\.?|Kft\.?|Zrt\.?|Nyrt\.?|s\.r\.o\.|d\.o\.o\.|S\.A\.U\.|S\.p\.A\.|SpA|KGaA|LLC|LLP|L\.P\.|Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Holdings|Group|Bank|Authority|Utility\s+District|District)`;
/** A capitalised word, or one whose capital OCR read as a digit or a bar ("0riole", "1nfotech"). */
// Letters of any script: "Granskär Industri AB", "Lövnäs Hydraulik AB".
const NAME_WORD = String.raw`(?:(?:\p{Lu}|[015|[](?=\p{Ll}{2}))[\p{L}\p{N}&'.-]*|\(\p{Lu}\p{L}+\))`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${NAME_WORD}|of|and|&)(?:\s+(?:${NAME_WORD}|of|and|&)){0,5})\s*,?\s+${CORPORATE}(?![\p{L}])`,
  'gu',
);
/** A group's name word that comes first: "Groupe Vaudrelle", "Grupo Tlalmonte". */
const GROUP_PREFIX = String.raw`(?:Groupe|Grupo|Gruppo|Grupa|Gruppe)`;
const ANNOUNCES = String.raw`(?:today\s+)?(?:announced|announces|reported|reports|published|released|posted)`;
/** A capitalised word of a name in an issuer line, or the ampersand between two ("Sandkloof Gold & Platinum Limited"). */
const CAP_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}_&.-]*|&)`;
const OCR_CAPITALS: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '|': 'I', '[': 'I' };

/** A name with the capitals OCR misread put back ("0riole Mobile Inc." → "Oriole Mobile Inc."). */
export function repairedName(name: string): string {
  return name.replace(/(?<![A-Za-z0-9])[015|[](?=[a-z]{2})/g, (ch) => OCR_CAPITALS[ch] ?? ch);
}
const EVENT_WORDS = new Set([
  'Acquisition',
  'Sale',
  'Purchase',
  'Disposal',
  'Completion',
  'Merger',
  'Divestment',
  'Management',
  'Supervisory',
  'Executive',
  'Board',
  'Directors',
]);
const STOP_WORDS = new Set(['The', 'For', 'In', 'At', 'By', 'And', 'Of', 'Copyright', 'All', 'Rights', 'Reserved']);

/** "UPGRADE TO FY25 EARNINGS GUIDANCE Yarrawong Minerals Limited": a title in capitals run into the name. */
function withoutCapsTitle(name: string): string {
  const words = name.split(/\s+/);
  const first = words.findIndex((w) => /\p{Ll}/u.test(w));
  return first >= 2 && words.slice(0, first).every((w) => !/\p{Ll}/u.test(w)) ? words.slice(first).join(' ') : name;
}

// ("ATLAS" is no "ATL" + "AS": a suffix stands apart from the name.)
const CLOSING_SUFFIX = new RegExp(`(?:,\\s*|\\s+)${CORPORATE}$`);

/** Slug id for a name: "Example Telecom Inc." → "example-telecom". */
export function companyIdOf(name: string): string {
  return asciiSlug(name.replace(CLOSING_SUFFIX, '')) || 'company';
}

/** "Internet Initiative Japan Inc." → "IIJ" (initials of the capitalised words before the suffix). */
export function acronymOf(name: string): string {
  return name
    .replace(CLOSING_SUFFIX, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The company that issued the document, when the text says so: a copyright line ("Copyright © 2003
 * by Internet Initiative Japan Inc.") or a release's subject ("Example Corp. (NASDAQ: EXM) today
 * announced"). Its short name is a parenthesised one the text gives, else its acronym when the
 * text uses it.
 */
export function issuerFromText(
  collapsed: string,
): { company: KnownCompany; quote: string; guessed?: boolean } | undefined {
  const patterns = [
    // A Japanese summary's cover block: "Company name: Kasumidai Instruments Co., Ltd."
    new RegExp(
      String.raw`\bCompany\s+name\s*:\s*((?:${CAP_WORD}\s+){0,6}?\p{Lu}[\p{L}\p{N}_&.()-]*,?\s+${CORPORATE})`,
      'u',
    ),
    new RegExp(
      String.raw`(?:Copyright\s*(?:©|\([cC]\))?|©)\s*\d{4}(?:-\d{4})?\s+(?:by\s+)?((?:${CAP_WORD}\s+){0,6}?${CAP_WORD},?\s+${CORPORATE})`,
      'u',
    ),
    new RegExp(
      String.raw`((?:${CAP_WORD}\s+){0,6}?${CAP_WORD},?\s+${CORPORATE}),?\s*((?:\([^)]{0,80}\)\s*){0,3})(?:,\s*[^,]{0,250},\s*)?${ANNOUNCES}`,
      'u',
    ),
    // A group named by its prefix: "Groupe Vaudrelle (Euronext Paris: VDRL), a European specialist in
    // energy networks, building technologies and …, today reported".
    new RegExp(
      String.raw`\b(${GROUP_PREFIX}\s+${CAP_WORD}(?:\s+${CAP_WORD}){0,2}(?:,?\s+${CORPORATE})?),?\s*((?:\([^)]{0,80}\)\s*){0,3})(?:,[^;]{0,300}?,\s*)?${ANNOUNCES}`,
      'u',
    ),
    // A name that defines its short form: "Ferncastle Digital plc ("Ferncastle" or the "Group")".
    new RegExp(
      String.raw`((?:${CAP_WORD}\s+){0,6}?${CAP_WORD},?\s+${CORPORATE})\s*(\((?:the\s+)?["“]\p{Lu}[\p{L}\p{N}_-]{1,20}["”][^)]{0,60}\))`,
      'u',
    ),
  ];
  // Failing those, a guess the curator confirms: the first company named near the top, or further
  // down one whose name the headline prints ("SAUVELIN: SOLID FIRST-HALF 2025" … "Sauvelin SA").
  const headline = collapsed.slice(0, 300).toLowerCase();
  // or, when only the closing "about" paragraph gives a suffix ("Vlierhof reports Q3 2025 results" …
  // "Vlierhof N.V. is a food retailer"), that one.
  const inHeadline = (c: { name: string }) => headline.includes(c.name.split(/\s+/)[0]!.toLowerCase());
  // ("Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility
  // for the contents of this announcement …": the exchange's disclaimer opening a Hong Kong announcement names no
  // issuer.)
  const disclaimer = DISCLAIMER.exec(collapsed.slice(0, 1500));
  const bodyFrom = disclaimer ? disclaimer.index + disclaimer[0].length : 0;
  const candidates = candidateCompanies(collapsed.slice(0, 2000), []).filter((c) => c.start >= bodyFrom);
  const first =
    candidates.find((c) => c.start < 600 + bodyFrom) ??
    candidates.find(inHeadline) ??
    candidateCompanies(collapsed, []).find((c) => c.start >= 2000 && inHeadline(c));
  // (A release line in capitals is the issuer only where no company is named before it: "PROFIT UP AS VOLUMES
  // RECOVER Acme Holdings plc" is Acme's.)
  const firstGuess = first ? { 0: collapsed.slice(first.start, first.end), 1: first.name, index: first.start } : null;
  const guess =
    first && first.start > bodyFrom ? firstGuess : (issuerInCapitals(collapsed.slice(bodyFrom)) ?? firstGuess);
  for (const [n, re] of [...patterns, null].entries()) {
    const m: { 0: string; 1?: string; 2?: string; index: number } | null = re ? re.exec(collapsed) : guess;
    if (!m) continue;
    const guessed = n === patterns.length;
    const name = withoutCapsTitle(m[1]!.replace(/^(?:The|the)\s+/, '').trim());
    // "The Company reported …", "the Group announced": a defined term, not a name.
    if (new RegExp(String.raw`^${CORPORATE}$`).test(name)) continue;
    const named = new RegExp(String.raw`${escape(name)}\s*\(\s*["“]([A-Z][\w-]{1,10})["”]`).exec(collapsed)?.[1];
    // '(the "Company")', '("the Group")' define a term, not a name.
    const own = (t: string | undefined) =>
      t && !/^(?:Company|Group|Corporation|Firm|Bank|Issuer|Parent|We|Us)$/i.test(t) ? t : undefined;
    const given =
      own(m[2] ? [...m[2].matchAll(/["“]([A-Z][\w-]{1,10})["”]/g)].map((x) => x[1]).find((t) => own(t)) : undefined) ??
      own(named);
    const acronym = acronymOf(name);
    // "Groupe Vaudrelle" is Vaudrelle for short.
    const ungrouped = new RegExp(String.raw`^${GROUP_PREFIX}\s+([^,]+?)(?:,?\s+${CORPORATE})?$`, 'u').exec(name)?.[1];
    const shortName =
      given ??
      ungrouped ??
      (acronym.length >= 2 && new RegExp(`\\b${escape(acronym)}\\b`).test(collapsed) ? acronym : undefined);
    const id = shortName ? shortName.toLowerCase() : companyIdOf(name);
    return {
      company: { id, name, shortName, aliases: [...new Set([...(shortName ? [shortName] : []), name])] },
      quote: m[0],
      ...(guessed ? { guessed } : {}),
    };
  }
  return undefined;
}

const DISCLAIMER = /^[^.]{0,400}?\btakes?\s+no\s+responsibility\s+for\s+the\s+contents\b[^.]*\./i;

/** The suffixes a Nordic or European release line prints in capitals ("KUULAVIRTA OYJ   INTERIM REPORT"). */
const CAPS_CORPORATE: Record<string, string> = {
  OYJ: 'Oyj',
  OY: 'Oy',
  ASA: 'ASA',
  AB: 'AB',
  'A/S': 'A/S',
  AG: 'AG',
  PLC: 'plc',
  LIMITED: 'Limited',
  INC: 'Inc.',
  'N.V.': 'N.V.',
  BERHAD: 'Berhad',
  'S.P.A.': 'S.p.A.',
  'S.p.A.': 'S.p.A.',
};
const CAPS_ISSUER = new RegExp(
  String.raw`^((?:\p{Lu}[\p{Lu}\p{N}&-]+\s){1,4})(${Object.keys(CAPS_CORPORATE).map(escape).join('|')})\.?(?=[\s:,|–-]|$)`,
  'u',
);

const STATUTORY_HEADER =
  /^((?:\p{Lu}[\p{Lu}\p{N}&-]+\s){1,4})(?=[Ss]oci[ée]t[ée]\s+(?:[Aa]nonyme|[Ee]urop[ée]enne|en\s+[Cc]ommandite)\b)/u;

/** A release whose first line names its issuer only in capitals: "KUULAVIRTA OYJ   INTERIM REPORT" is Kuulavirta Oyj. */
function issuerInCapitals(collapsed: string): { 0: string; 1: string; index: number } | null {
  // "ISAUREL Société anonyme with a share capital of €148,250,400": a French issuer's statutory header, its legal
  // form in words after its name.
  const statutory = STATUTORY_HEADER.exec(collapsed.trimStart());
  if (statutory) {
    const name = statutory[1]!
      .trim()
      .split(/\s+/)
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ');
    return { 0: statutory[0], 1: name, index: collapsed.indexOf(statutory[0]) };
  }
  const m = CAPS_ISSUER.exec(collapsed.trimStart());
  // "Q3 RESULTS AS EXPECTED": a headline in capitals, not a name.
  if (
    !m ||
    /\b(?:Q\d|H\d|RESULTS?|REPORT|INTERIM|QUARTER(?:LY)?|ANNUAL|HALF|YEAR|FULL|STRONG|RECORD|GROWTH|PRESS|RELEASE|NEWS)\b/.test(
      m[1]!,
    )
  )
    return null;
  const words = m[1]!
    .trim()
    .split(/\s+/)
    .map((w) => w[0] + w.slice(1).toLowerCase());
  return { 0: m[0], 1: `${words.join(' ')} ${CAPS_CORPORATE[m[2]!]}`, index: collapsed.indexOf(m[0]) };
}

export class CompanyMatcher {
  private readonly entries: { re: RegExp; company: KnownCompany; confidence: number }[] = [];

  constructor(companies: readonly KnownCompany[]) {
    for (const company of companies) {
      const exact = [...new Set([company.name, ...(company.shortName ? [company.shortName] : []), ...company.aliases])];
      // An all-digit alias or variant ("113" for IIJ) is a number ("113.30") unless a possessive or a capitalised
      // word follows.
      const pattern = (name: string) =>
        /^\d+$/.test(name)
          ? `(?<![A-Za-z0-9.,])${escape(name)}(?=\\s?[’'‘]|\\s+[A-Z][a-z]*[A-Za-z])`
          : `(?<![A-Za-z0-9])${escape(name)}(?![A-Za-z0-9])`;
      for (const alias of exact) {
        // Short aliases match case-sensitively ("NEC", not "nec" inside a word or a sentence).
        const flags = alias.length <= 5 ? 'g' : 'gi';
        this.entries.push({ re: new RegExp(pattern(alias), flags), company, confidence: 1 });
      }
      for (const variant of company.shortName ? ocrVariants(company.shortName) : []) {
        if (exact.includes(variant)) continue;
        this.entries.push({ re: new RegExp(pattern(variant), 'g'), company, confidence: 0.7 });
      }
    }
  }

  /** Mentions of known companies, longest first where they overlap. */
  find(text: string): CompanyMention[] {
    const all: CompanyMention[] = [];
    for (const { re, company, confidence } of this.entries) {
      for (const m of text.matchAll(re)) {
        all.push({ start: m.index, end: m.index + m[0].length, text: m[0], company, confidence });
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: CompanyMention[] = [];
    for (const m of all) if (!out.some((o) => m.start < o.end && m.end > o.start)) out.push(m);
    return out;
  }
}

/** Names that look like companies ("Example Telecom Inc.") and are not known. */
export function candidateCompanies(
  text: string,
  known: readonly CompanyMention[],
): { name: string; printed: string; start: number; end: number }[] {
  const out: { name: string; printed: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let words = m[1]!.split(/\s+/);
    // "… in August. The Company": a sentence ends inside the words; the name starts after it.
    const sentenceEnd = words.findLastIndex(
      (w, i) => i < words.length - 1 && /[a-z]{3,}\.$/.test(w) && !/^(?:Co|Corp|Inc|Bros|Intl)\.$/.test(w),
    );
    if (sentenceEnd >= 0) words = words.slice(sentenceEnd + 1);
    // "Acquisition of Pennock Controls Limited", "the Management Board of Feldrauten AG": the event or body is no
    // part of the name; nor is a parenthesised word before it ("(MAR) Feldrauten AG").
    // "The Board of Directors of Sauvelin SA": the last such "of".
    const of = words.findLastIndex(
      (w, i) =>
        w === 'of' &&
        i > 0 &&
        i < words.length - 1 &&
        words.slice(0, i).every((x) => EVENT_WORDS.has(x) || STOP_WORDS.has(x) || x === 'of'),
    );
    if (of > 0) words = words.slice(of + 1);
    while (words.length > 1 && /^\(.*\)$/.test(words[0]!)) words = words.slice(1);
    // "About Vlierhof Vlierhof N.V. is …": a closing paragraph's heading, then the name.
    if (words[0] === 'About' && words.length > 2) {
      const again = words.lastIndexOf(words[1]!);
      words = words.slice(again > 1 ? again : 1);
    }
    // "Acquired Pellcross Valves Limited", "Completed …": a verb opening a bullet is no part of the name.
    if (
      words.length > 1 &&
      /^(?:Acquired|Completed|Signed|Awarded|Announced|Appointed|Partnered|Welcomed)$/.test(words[0]!)
    )
      words = words.slice(1);
    while (words.length > 0 && (STOP_WORDS.has(words[0]!) || /^(?:of|and|&)$/.test(words[0]!))) words = words.slice(1);
    // "said Owen Tremlett, Group Chief Executive": a person's title, not a company.
    if (
      /^\s+(?:Chief|CEO|CFO|COO|Finance|Financial|Managing|Executive|Director|President|Chair|Head)\b/.test(
        text.slice(m.index + m[0].length),
      )
    )
      continue;
    if (words.length === 0) continue;
    // Words are only ever dropped from the front: the name starts at the first word kept.
    const kept = [...m[1]!.matchAll(/\S+/g)][m[1]!.split(/\s+/).length - words.length]!.index;
    const printed = m[0].slice(kept).trim();
    const name = repairedName(printed);
    const start = m.index + kept;
    const end = m.index + m[0].length;
    // Inside a known name it is that company; a known name and more ("YDC Field Services K.K.") is another.
    if (known.some((k) => k.start <= start && k.end >= end)) continue;
    if (out.some((o) => o.name === name)) continue;
    out.push({ name, printed, start, end });
  }
  return out;
}
