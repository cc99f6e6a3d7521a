/**
 * Turning a metric argument into a metric key of the lexicon (lexicon/metrics.yaml): exact keys
 * pass; case, separators and the lexicon's phrases are forgiven when they point at one metric only;
 * anything else is refused with the closest known keys, so a typo never silently returns nothing.
 */
import { unknownOrAmbiguousName } from '../errors.js';
import { metricLexicon, type MetricEntry } from './metricLexicon.js';

/** Lower case, letters and digits only: `operating_income`, `Operating Income` → `operatingincome`. */
export const foldMetricName = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Levenshtein distance, for the "did you mean" list. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export type MetricNameMatch =
  | { readonly kind: 'found'; readonly key: string; readonly matchedOn: 'key' | 'folded key' | 'phrase' }
  | { readonly kind: 'unknown'; readonly candidates: readonly string[] }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] };

/** Pure: how `text` matches the lexicon `entries`. */
export function matchMetricName(text: string, entries: readonly MetricEntry[]): MetricNameMatch {
  const exact = entries.find((m) => m.key === text);
  if (exact) return { kind: 'found', key: exact.key, matchedOn: 'key' };
  const folded = foldMetricName(text);
  const byFoldedKey = entries.filter((m) => foldMetricName(m.key) === folded);
  if (byFoldedKey.length === 1) return { kind: 'found', key: byFoldedKey[0]!.key, matchedOn: 'folded key' };
  if (byFoldedKey.length > 1) return { kind: 'ambiguous', candidates: byFoldedKey.map((m) => m.key) };
  const byPhrase = entries.filter((m) => [m.label, ...m.phrases].some((p) => foldMetricName(p) === folded));
  if (byPhrase.length === 1) return { kind: 'found', key: byPhrase[0]!.key, matchedOn: 'phrase' };
  if (byPhrase.length > 1) return { kind: 'ambiguous', candidates: byPhrase.map((m) => m.key) };
  // Closest by the distance of the folded text to a folded key or phrase; a third of the length
  // (at least 2 edits) is still a plausible typo, beyond that it is another word.
  const scored = entries
    .map((m) => ({
      key: m.key,
      distance: Math.min(...[m.key, ...m.phrases].map((name) => editDistance(folded, foldMetricName(name)))),
    }))
    .filter((s) => s.distance <= Math.max(2, Math.floor(folded.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key));
  return { kind: 'unknown', candidates: scored.slice(0, 3).map((s) => s.key) };
}

/**
 * The lexicon key a metric argument names; BAD_USER_INPUT (naming the argument, with the closest
 * keys in `extensions.candidates`) when it names none or several.
 */
export function metricArgument(text: string, argumentName: string, entries = metricLexicon()): string {
  const match = matchMetricName(text.trim(), entries);
  if (match.kind === 'found') return match.key;
  const known = entries.map((m) => m.key).join(', ');
  if (match.kind === 'ambiguous') {
    throw unknownOrAmbiguousName(
      `Metric "${text}" (argument \`${argumentName}\`) could be ${match.candidates.join(' or ')}; give the key.`,
      argumentName,
      match.candidates,
    );
  }
  const hint = match.candidates.length > 0 ? ` Did you mean ${match.candidates.join(' or ')}?` : '';
  throw unknownOrAmbiguousName(
    `Unknown metric "${text}" (argument \`${argumentName}\`).${hint} Known metrics: ${known} (see \`metrics\`).`,
    argumentName,
    match.candidates.length > 0 ? match.candidates : entries.map((m) => m.key),
  );
}
