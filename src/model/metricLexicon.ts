/**
 * The metric lexicon (`lexicon/metrics.yaml`): the metrics the project knows, their labels, what
 * their amounts measure and the phrases documents use for them. Data the project owns, read once
 * per process; the API validates metric arguments against it and `kg extract` recognises metrics
 * in text by its phrases.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../projectRoot.js';

export const METRIC_LEXICON_FORMAT = 'company-kg/metrics@1';

const MetricEntry = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a metric name in camelCase'),
  label: z.string().trim().min(1),
  description: z.string().trim().min(1),
  kind: z.enum(['money', 'percent', 'quantity']),
  phrases: z.array(z.string().trim().min(1)).min(1),
  /** The unit a count of a quantity metric is in ("subscribers"), for counts printed as bare numbers. */
  unit: z.string().trim().min(1).optional(),
  /** A cost: its amounts are positive, a deduction printed in parentheses included ("Corporate costs  (12.3)"). */
  cost: z.boolean().optional(),
  /** A price per unit sold or held (RevPAR, a realised price per ounce): printed in units in a table in millions. */
  perUnit: z.boolean().optional(),
  /** The percent metric its figure as a share of revenue is ("…, or 23.2% of total revenue"). */
  margin: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/, 'a metric name in camelCase')
    .optional(),
  /** The metric its per-share figure is ("Non-GAAP net income …, or $0.15 per diluted share"); EPS when absent. */
  perShare: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/, 'a metric name in camelCase')
    .optional(),
});
export type MetricEntry = Readonly<Omit<z.infer<typeof MetricEntry>, 'phrases'>> & {
  readonly phrases: readonly string[];
};

const MetricLexiconFile = z.strictObject({
  format: z.literal(METRIC_LEXICON_FORMAT),
  metrics: z.array(MetricEntry).min(1),
});

export const METRIC_LEXICON_PATH = path.join(PROJECT_ROOT, 'lexicon', 'metrics.yaml');

/** Parses and checks a lexicon text (keys unique); throws an Error naming the problem. */
export function parseMetricLexicon(text: string, file = METRIC_LEXICON_PATH): readonly MetricEntry[] {
  const parsed = MetricLexiconFile.safeParse(parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const entry of parsed.data.metrics) {
    if (seen.has(entry.key)) throw new Error(`${file}: metric "${entry.key}" is listed twice`);
    seen.add(entry.key);
  }
  for (const entry of parsed.data.metrics)
    for (const field of ['perShare', 'margin'] as const) {
      const named = entry[field];
      if (named !== undefined && !seen.has(named))
        throw new Error(`${file}: metric "${entry.key}": ${field} "${named}" is not a metric of the lexicon`);
    }
  return Object.freeze(parsed.data.metrics.map((m) => Object.freeze({ ...m, phrases: Object.freeze([...m.phrases]) })));
}

let cached: readonly MetricEntry[] | undefined;

/** The project's lexicon, read on first use. */
export function metricLexicon(): readonly MetricEntry[] {
  cached ??= parseMetricLexicon(readFileSync(METRIC_LEXICON_PATH, 'utf8'));
  return cached;
}
