/**
 * The look-ahead registry, derived from every domain's field table (each relation field declared
 * once, src/lookahead/fields.ts), and the engine's entry points bound to it for root resolvers.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { awardFields } from '../awards/awardFields.js';
import { companyFields } from '../companies/companyFields.js';
import type { Context, Loaders } from '../context.js';
import { customerFields } from '../customers/customerFields.js';
import { dataCenterFields } from '../dataCenters/dataCenterFields.js';
import type { RowReader } from '../db/database.js';
import { financialFields } from '../financials/financialFields.js';
import { lookAheadOf } from '../lookahead/fields.js';
import { loadWithSubtree, prefetchBelow, readWithSubtree, type RootByKey } from '../lookahead/lookahead.js';
import type { PrefetchRegistry } from '../lookahead/plan.js';
import { offeringFields } from '../offerings/offeringFields.js';

export const prefetchRegistry: PrefetchRegistry<Loaders> = lookAheadOf<Loaders>(
  companyFields,
  offeringFields,
  dataCenterFields,
  customerFields,
  awardFields,
  financialFields,
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
