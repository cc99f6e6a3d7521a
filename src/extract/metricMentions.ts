/**
 * Metric phrases in a text, from the project's lexicon (lexicon/metrics.yaml): adding a phrase or a
 * metric there is all it takes for drafts to find it. Longest phrase wins ("total revenues" over
 * "revenues", "operating loss" over "loss"). Pure once the lexicon is read.
 */
import type { MetricEntry } from '../metrics/metricLexicon.js';

export interface MetricMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  readonly kind: MetricEntry['kind'];
  /** The phrase names a loss ("operating loss", "net loss"): its amount is stored negative. */
  readonly loss: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class MetricMatcher {
  private readonly re: RegExp;
  private readonly byPhrase = new Map<string, MetricEntry>();

  constructor(lexicon: readonly MetricEntry[]) {
    for (const entry of lexicon) {
      for (const phrase of entry.phrases) {
        const key = phrase.toLowerCase().replace(/\s+/g, ' ');
        // The first entry that lists a phrase keeps it (the lexicon's order is its priority).
        if (!this.byPhrase.has(key)) this.byPhrase.set(key, entry);
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
      const entry = this.byPhrase.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        key: entry.key,
        kind: entry.kind,
        loss: /\bloss(es)?\b/i.test(m[0]) && !/\(loss\)/i.test(m[0]),
      });
    }
    return out;
  }

  kindOf(key: string): MetricEntry['kind'] | undefined {
    for (const entry of this.byPhrase.values()) if (entry.key === key) return entry.kind;
    return undefined;
  }
}
