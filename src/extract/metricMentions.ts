/**
 * Metric phrases in a text, from the project's lexicon (lexicon/metrics.yaml): adding a phrase or a
 * metric there is all it takes for drafts to find it. Longest phrase wins ("total revenues" over
 * "revenues", "operating loss" over "loss"). Pure once the lexicon is read.
 */
import type { MetricEntry } from '../model/metricLexicon.js';

export interface MetricMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  readonly kind: MetricEntry['kind'];
  /** The phrase names a loss ("operating loss", "net loss"): its amount is stored negative. */
  readonly loss: boolean;
  /** Every metric listing the phrase, in lexicon order ("gross margin": money, then percent). */
  readonly readings: readonly { key: string; kind: MetricEntry['kind'] }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const EXCLUDED_OR_INCLUDED = /[(,]\s*(?:excluding|including|excl\.|incl\.|net\s+of)\s+$/i;

/**
 * "Average revenue per tractor per week", "EBITDA per tonne": a money or quantity metric divided by what follows is
 * another metric. (Not "per share" or "per unit", whose metrics the lexicon names, nor a rate's period: "per month".)
 */
const DIVIDED_BY =
  /^\s*per\s+(?!(?:basic\s+|diluted\s+|ordinary\s+|common\s+)?(?:shares?|units?|ads|adrs?|cent|month|annum|year|quarter)\b)[a-z]/i;

export class MetricMatcher {
  private readonly re: RegExp;
  private readonly byPhrase = new Map<string, MetricEntry[]>();
  private readonly byKey = new Map<string, MetricEntry>();

  constructor(lexicon: readonly MetricEntry[]) {
    for (const entry of lexicon) {
      this.byKey.set(entry.key, entry);
      for (const phrase of entry.phrases) {
        const key = phrase.toLowerCase().replace(/\s+/g, ' ');
        // The lexicon's order is the priority when several metrics list one phrase.
        const list = this.byPhrase.get(key) ?? [];
        list.push(entry);
        this.byPhrase.set(key, list);
      }
    }
    const phrases = [...this.byPhrase.keys()].sort((a, b) => b.length - a.length);
    // Words may be split by OCR line breaks (collapsed to one space) but not glued.
    this.re = new RegExp(
      `(?<![A-Za-z])(?:${phrases.map((p) => escape(p).replace(/ /g, '\\s+')).join('|')})(?![A-Za-z])`,
      'gi',
    );
  }

  find(text: string): MetricMention[] {
    const out: MetricMention[] = [];
    for (const m of text.matchAll(this.re)) {
      // "Net debt (excluding lease liabilities) of £61.3m", "Net debt, including lease liabilities, was": what a
      // qualifier says a figure leaves out or takes in is not its metric.
      if (
        EXCLUDED_OR_INCLUDED.test(text.slice(Math.max(0, m.index - 14), m.index)) &&
        /^\s*[),]/.test(text.slice(m.index + m[0].length))
      )
        continue;
      const entries = this.byPhrase.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
      const entry = entries[0]!;
      if (entry.kind !== 'percent' && !entry.perUnit && DIVIDED_BY.test(text.slice(m.index + m[0].length))) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        key: entry.key,
        kind: entry.kind,
        // A metric that is itself a loss ("impairment loss", impairmentLoss), a cost ("loan loss provisions") or a
        // ratio ("loan loss coverage ratio") is stored as printed.
        // "net cash used in investing activities": an outflow, stored negative too.
        loss:
          (/\bloss(es)?\b/i.test(m[0]) &&
            !/\(loss\)/i.test(m[0]) &&
            !/Loss(?:es)?$/.test(entry.key) &&
            !entry.cost &&
            entry.kind !== 'percent') ||
          /\bused\s+in\b/i.test(m[0]),
        readings: entries.map((e) => ({ key: e.key, kind: e.kind })),
      });
    }
    return out;
  }

  /** The metric is stated per share ("dividend per share"): a bare "per share" after its amount qualifies it. */
  isPerShare(key: string): boolean {
    for (const [phrase, entries] of this.byPhrase)
      if (/\S\s+per\s+share$/.test(phrase) && entries.some((e) => e.key === key)) return true;
    return false;
  }

  /** The metric a figure per share printed after one of `key` is ("…, or $0.15 per diluted share"), if the lexicon names one. */
  perShareOf(key: string): string | undefined {
    return this.byKey.get(key)?.perShare;
  }

  /** The percent metric of a figure of `key` as a share of revenue ("…, or 23.2% of total revenue"), if the lexicon names one. */
  marginOf(key: string): string | undefined {
    return this.byKey.get(key)?.margin;
  }

  /** A metric a label names only by its place ("Margin (%)" under "EBITDA"), as if its first phrase were printed. */
  mentionOf(key: string): MetricMention | undefined {
    const entry = this.byKey.get(key);
    if (!entry) return undefined;
    const text = entry.phrases[0] ?? entry.label;
    return { start: 0, end: 0, text, key, kind: entry.kind, loss: false, readings: [{ key, kind: entry.kind }] };
  }

  /** The unit the lexicon gives a quantity metric's counts ("subscribers"), if any. */
  unitOf(key: string): string | undefined {
    return this.byKey.get(key)?.unit;
  }

  kindOf(key: string): MetricEntry['kind'] | undefined {
    return this.byKey.get(key)?.kind;
  }

  /** The metric is a cost: its amounts are positive, a deduction printed in parentheses included. */
  isCost(key: string): boolean {
    return this.byKey.get(key)?.cost === true;
  }

  /** The metric is a price per unit (RevPAR, ADR): its table cells are in units, whatever the table's scale. */
  isPerUnit(key: string): boolean {
    return this.byKey.get(key)?.perUnit === true;
  }
}
