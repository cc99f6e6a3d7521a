/**
 * The metric catalogue: the lexicon's entries (what the project knows) joined with what the graph
 * holds for each; a metric facts use but the lexicon lacks is listed too, flagged, so a gap in the
 * lexicon shows instead of hiding figures.
 */
import type { FactBasisValue, PeriodRecord } from '../financials/financialRepository.js';
import type { MetricEntry } from '../model/metricLexicon.js';
import type { MetricUsageRecord } from './metricRepository.js';

export interface MetricRecord {
  key: string;
  label: string;
  description: string;
  kind: MetricEntry['kind'] | null;
  phrases: readonly string[];
  factCount: number;
  offeringFactCount: number;
  units: string[];
  bases: FactBasisValue[];
  periods: PeriodRecord[];
  companyKeys: string[];
  inLexicon: boolean;
}

/** Pure. With `onlyUsed`, metrics without figures are left out (a company's catalogue). */
export function metricCatalogue(
  lexicon: readonly MetricEntry[],
  usage: readonly MetricUsageRecord[],
  onlyUsed: boolean,
): MetricRecord[] {
  const byMetric = new Map(usage.map((u) => [u.metric, u]));
  const known: MetricRecord[] = lexicon.map((entry) => {
    const used = byMetric.get(entry.key);
    return {
      key: entry.key,
      label: entry.label,
      description: entry.description,
      kind: entry.kind,
      phrases: entry.phrases,
      factCount: used?.factCount ?? 0,
      offeringFactCount: used?.offeringFactCount ?? 0,
      units: used?.units ?? [],
      bases: used?.bases ?? [],
      periods: used?.periods ?? [],
      companyKeys: used?.companyKeys ?? [],
      inLexicon: true,
    };
  });
  const lexiconKeys = new Set(lexicon.map((entry) => entry.key));
  const unlisted: MetricRecord[] = usage
    .filter((u) => !lexiconKeys.has(u.metric))
    .map((u) => ({
      key: u.metric,
      label: u.metric,
      description: 'Not in the metric lexicon (lexicon/metrics.yaml): add an entry for it.',
      kind: null,
      phrases: [],
      factCount: u.factCount,
      offeringFactCount: u.offeringFactCount,
      units: u.units,
      bases: u.bases,
      periods: u.periods,
      companyKeys: u.companyKeys,
      inLexicon: false,
    }));
  // "Ordered by key": by code unit, the same on every machine (localeCompare follows the runtime's ICU data).
  return [...known, ...unlisted]
    .filter((m) => !onlyUsed || m.factCount > 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
