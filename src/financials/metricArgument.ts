/**
 * A metric argument as the graph knows it: a lexicon key (lexicon/metrics.yaml), a metric some fact
 * file uses though the lexicon does not list it (files are never refused for their metric names),
 * or a forgiving spelling of a lexicon key (case, separators, a phrase); anything else is
 * BAD_USER_INPUT with the closest names (src/model/metricNames.ts).
 */
import type { Context } from '../context.js';
import { metricLexicon } from '../model/metricLexicon.js';
import { metricArgument } from '../model/metricNames.js';

export async function requireMetric(ctx: Context, text: string, argumentName: string): Promise<string> {
  if (metricLexicon().some((m) => m.key === text)) return text;
  if (await ctx.loaders.metricExists.load(text)) return text;
  return metricArgument(text, argumentName);
}
