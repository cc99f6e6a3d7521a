/**
 * Relationships and list items (a customer relation, a ranking entry, a win…) cite their Source by
 * id; the source is loaded only when a query asks for it, batched, or with the subtree
 * (src/graphql/prefetch.ts) — most queries of rankings and relations never read it.
 */
import type { Context } from '../context.js';
import type { FieldPrefetch } from '../graphql/prefetch.js';
import { notFound } from '../errors.js';
import { SOURCES_BY_IDS, type SourceRecord } from './documentRepository.js';

export async function citedSource(record: { sourceId: string }, _args: unknown, ctx: Context): Promise<SourceRecord> {
  const source = await ctx.loaders.sourceById.load(record.sourceId);
  if (!source) throw notFound(`source ${record.sourceId}`);
  return source;
}

export const citedSourcePrefetch: FieldPrefetch = {
  query: SOURCES_BY_IDS,
  keyField: 'sourceId',
  loader: (l) => l.sourceById,
};
