/**
 * The look-ahead engine's entry points (src/lookahead/) as root resolvers call them: the registry
 * they plan from is the server's (in the request's context), so a domain needs no other domain's
 * field table to load its subtree.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { RowReader } from '../db/database.js';
import { loadWithSubtree, prefetchBelow, readWithSubtree, type RootByKey } from '../lookahead/lookahead.js';

/** A record by key, with what the query selects below it, in one statement once the shape is warm. */
export const loadTree = <V>(ctx: Context, info: GraphQLResolveInfo, root: RootByKey<V>): Promise<V> =>
  loadWithSubtree(ctx, info, root);

/** For a repository query whose records sit at `path` of the resolver's selection. */
export const subtreeReader = (
  ctx: Context,
  info: GraphQLResolveInfo,
  path: readonly string[],
  columns: readonly string[],
): RowReader => readWithSubtree(ctx, info, path, columns);

/** For a connection resolver: its repository's page query (`totalCount`, `items`) and the nodes' subtree. */
export const pageReader = (ctx: Context, info: GraphQLResolveInfo): RowReader =>
  subtreeReader(ctx, info, ['edges', 'node'], ['totalCount', 'items']);

/** For records already in hand at the resolver's field itself. */
export const prefetchTree = (ctx: Context, info: GraphQLResolveInfo, records: readonly unknown[]): Promise<void> =>
  prefetchBelow(ctx, info, records);
