/** Every domain's prefetch entries, merged per type (as ./resolvers.ts merges resolvers). */
import { awardPrefetch } from '../awards/awardPrefetch.js';
import { companyPrefetch } from '../companies/companyPrefetch.js';
import { customerPrefetch } from '../customers/customerPrefetch.js';
import { dataCenterPrefetch } from '../dataCenters/dataCenterPrefetch.js';
import { financialPrefetch } from '../financials/financialPrefetch.js';
import { offeringPrefetch } from '../offerings/offeringPrefetch.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { RowReader } from '../db/database.js';
import {
  loadWithSubtree,
  prefetchBelow,
  readWithSubtree,
  type FieldPrefetch,
  type PrefetchRegistry,
  type RootByKey,
} from './prefetch.js';

function mergeRegistries(...parts: PrefetchRegistry[]): PrefetchRegistry {
  const merged: Record<string, Record<string, FieldPrefetch>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, spec] of Object.entries(fields)) {
        if (field in target) throw new Error(`prefetch ${type}.${field} is defined twice`);
        target[field] = spec;
      }
    }
  }
  return merged;
}

export const prefetchRegistry: PrefetchRegistry = mergeRegistries(
  companyPrefetch,
  offeringPrefetch,
  dataCenterPrefetch,
  customerPrefetch,
  awardPrefetch,
  financialPrefetch,
);

/** loadWithSubtree over every domain's entries. */
export const loadTree = <V>(ctx: Context, info: GraphQLResolveInfo, root: RootByKey<V>): Promise<V> =>
  loadWithSubtree(ctx, info, prefetchRegistry, root);

/** readWithSubtree over every domain's entries: for a repository query whose records sit at `path`. */
export const subtreeReader = (
  ctx: Context,
  info: GraphQLResolveInfo,
  path: readonly string[],
  columns: readonly string[],
): RowReader => readWithSubtree(ctx, info, prefetchRegistry, path, columns);

/** For a connection resolver: its repository's page query (`totalCount`, `items`) and the nodes' subtree. */
export const pageReader = (ctx: Context, info: GraphQLResolveInfo): RowReader =>
  subtreeReader(ctx, info, ['edges', 'node'], ['totalCount', 'items']);

/** prefetchBelow over every domain's entries, for records at the resolver's field itself. */
export const prefetchTree = (ctx: Context, info: GraphQLResolveInfo, records: readonly unknown[]): Promise<void> =>
  prefetchBelow(ctx, info, prefetchRegistry, records);
