/**
 * A document's sections and the units drafts quote from. Sections are pages or slides (form feeds,
 * or the OCR export's page starts: a line that begins with a single space), else the paragraphs of
 * a release. A slide's title is its first line that is neither a logo repeated across slides
 * ("Internet Initiative Japan", OCR-misspelled or not) nor residue; units are its bullets and
 * paragraphs, split into sentences. Every text here is the raw text with whitespace collapsed, so
 * any substring is a verbatim quote (seed/FORMAT.md: quotes match after collapsing whitespace).
 */
import { asciiSlug } from './asciiSlug.js';
import { collapseWhitespace } from '../seed/text.js';

export interface DocumentSection {
  readonly id: string;
  readonly title: string;
  /** A paragraph of a release (its title is its first sentence), not a page or slide. */
  readonly paragraph: boolean;
  /** The section's lines, raw. */
  readonly lines: readonly string[];
  readonly units: readonly string[];
}

const BULLET = /^\s*(?:[—–•·»®●■▪◆◇○*]|[-oe](?=\s)|\(?[a-z0-9]\)(?=\s)|[a-z]\.(?=\s))/;
/** Abbreviations after which a full stop does not end a sentence. */
const NO_BREAK = /(?:\b(?:vs|Inc|Co|Corp|Ltd|No|approx|U\.S|Mr|Ms|Dr|St|e\.g|i\.e)\.|\b[A-Z]\.)$/;

function letters(line: string): string {
  return line.toLowerCase().replace(/[^a-z]/g, '');
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Splits a text into sentences at . ! ? ; followed by a capital, not after "vs." or "Inc.". */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?;](?=\s+[A-Z(“"‘'$¥])/g)) {
    const end = m.index + 1;
    if (m[0] === '.' && NO_BREAK.test(text.slice(Math.max(0, end - 8), end))) continue;
    // "2. Reasons for the revision": a heading's number is no sentence.
    if (/^\(?\d{1,2}[.)]$/.test(text.slice(start, end).trim())) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

function slug(text: string): string {
  return asciiSlug(text).slice(0, 60).replace(/-+$/, '') || 'section';
}

/** A short title line: capitalised, no closing punctuation, no figures, not cut mid-phrase. */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return (
    t.length >= 3 &&
    t.length < 60 &&
    // ("2026 OUTLOOK": a year may open it.)
    /^(?:\d{1,2}\.\s+|\(\d{1,2}\)\s+|(?:19|20)\d{2}\s+)?[A-Z]/.test(t) &&
    !/[.,;:!?]$/.test(t) &&
    !/\d[\d,.]*\s*(?:%|million|billion|thousand)/i.test(t) &&
    !/\b(?:and|or|of|the|to|for|in|with|a|an|by|at|from)$/i.test(t) &&
    t.split(/\s+/).length <= 8
  );
}

/** "Previous forecast          New forecast" over "Revenue   EUR 1.40 – 1.48 billion   …": a table's column header, no heading. */
function isColumnHeader(line: string, next: string): boolean {
  const columns = /\S\s{2,}\S/;
  return columns.test(line.trim()) && columns.test(next.trim());
}

/** Raw pages: form feeds, else OCR page starts (a line beginning with one space), else paragraphs. */
function rawPages(raw: string): { lines: string[]; paragraphs: boolean }[] {
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.includes('\f')) return text.split('\f').map((p) => ({ lines: p.split('\n'), paragraphs: false }));
  const lines = text.split('\n');
  const starts = lines.map((l, i) => (/^ \S/.test(l) ? i : -1)).filter((i) => i >= 0);
  if (starts.length >= 3) {
    const bounds = [0, ...starts.filter((i) => i > 0), lines.length];
    return bounds.slice(0, -1).map((b, k) => ({ lines: lines.slice(b, bounds[k + 1]), paragraphs: false }));
  }
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  // "Outlook" on its own line over the paragraph it heads: a heading paragraph of its own.
  return paragraphs
    .flatMap((p) =>
      p.length > 1 && isHeadingLine(p[0]!) && !BULLET.test(p[1]!) && !isColumnHeader(p[0]!, p[1]!)
        ? [[p[0]!], p.slice(1)]
        : [p],
    )
    .map((p) => ({ lines: p, paragraphs: true }));
}

/** A line ending in a word no headline ends with ("… total revenues were", "… for the first half of"): a wrapped sentence. */
const RUNS_ON =
  /\b(?:of|from|to|the|and|or|a|an|in|for|with|was|were|is|are|be|by|at|as|on|than|compared|including|which|that|its|their)\s*$/i;

/** Units of a page: its bullets and paragraphs (a heading line ending in ':' is a unit of its own). */
function unitsOf(lines: readonly string[], paragraphs: boolean): string[] {
  const units: string[] = [];
  let current: string[] = [];
  const flush = () => {
    // The bullet itself ("—", "e", "®") is no part of what a quote needs.
    const text = collapseWhitespace(current.join(' ')).replace(BULLET, '').trim();
    if (text) units.push(text);
    current = [];
  };
  // A release's headline list ("Record fourth quarter revenue of $612.4 million" over "Full year free cash flow
  // of …"): short lines, each opening with a capital, none running on, no table: each line is a unit.
  const filled = lines.filter((l) => l.trim() !== '');
  const lineList =
    paragraphs &&
    filled.length >= 2 &&
    filled.every(
      (l) =>
        l.trim().length <= 120 &&
        /^\s*[A-Z0-9$£€¥]/.test(l) &&
        !/[,;:–-]\s*$/.test(l) &&
        !RUNS_ON.test(l) &&
        !/\S\s{2,}\S/.test(l),
    ) &&
    filled.some((l) => !/[.!?]\s*$/.test(l));
  for (const line of lines) {
    if (line.trim() === '') continue;
    const framing = /:\s*$/.test(line) && line.trim().length < 60 && /[A-Za-z]{2,}/.test(line);
    // ("- Non-GAAP operating income of $9.5 million …" over "For the full year 2025, Ezrelith expects:": the line at
    // the margin that opens the next list ends the bullet above.)
    if (BULLET.test(line) || lineList || (framing && BULLET.test(current[0] ?? '') && /^\S/.test(line))) flush();
    current.push(line);
    if (framing) flush();
    // A release paragraph's first line without a full stop, before a list, is its heading.
    else if (
      paragraphs &&
      current.length === 1 &&
      units.length === 0 &&
      lines.length > 1 &&
      !/[.,;]\s*$/.test(line) &&
      line.trim().length < 60 &&
      BULLET.test(lines[1] ?? '')
    )
      flush();
  }
  flush();
  return units;
}

/** The sections of a document, in order; `logos` are the lines repeated across slides. */
export function splitSections(raw: string, issuerNames: readonly string[] = []): DocumentSection[] {
  const pages = rawPages(raw).filter((p) => p.lines.some((l) => l.trim() !== ''));
  // Lines (as letters only) that recur on at least three pages, near enough: logos and footers.
  const counts = new Map<string, number>();
  for (const p of pages) for (const l of new Set(p.lines.map(letters))) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n >= 3).map(([l]) => l);
  const isLogo = (line: string) => {
    const l = letters(line);
    return l.length >= 8 && repeated.some((r) => editDistance(l, r) <= 2);
  };
  const residue = new RegExp(
    String.raw`^(?:\d+\)\s*|(?:${['IIJ', ...issuerNames].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\s+)+`,
  );
  const used = new Set<string>();
  return pages.map((page, index) => {
    const content = page.lines.filter((l) => l.trim() !== '');
    const titleLine =
      content.find((l) => !isLogo(l) && letters(l).length >= 4 && !/^\s*\S{1,4}\s*$/.test(l)) ?? content[0] ?? '';
    let title = collapseWhitespace(titleLine).replace(residue, '').trim();
    const units = unitsOf(page.lines, page.paragraphs);
    // "Third quarter 2024" over its bullets: the heading is the paragraph's title.
    const headed = page.paragraphs && content.length > 1 && isHeadingLine(content[0]!) && BULLET.test(content[1]!);
    if (headed) title = collapseWhitespace(content[0]!);
    else if (page.paragraphs || title.length > 80) {
      const first = sentences(collapseWhitespace(content.join(' ')))[0] ?? title;
      title = first.length > 80 ? `${first.slice(0, 77).replace(/\s+\S*$/, '')}…` : first;
    }
    if (!title) title = `Section ${index + 1}`;
    let id = slug(title.replace(/…$/, ''));
    for (let n = 2; used.has(id); n++) id = `${slug(title)}-${n}`;
    used.add(id);
    // No slide number is read: in OCR decks the digits before a title are mostly logo residue ("11)").
    return {
      id,
      title,
      paragraph: page.paragraphs,
      lines: page.lines,
      units,
    };
  });
}
