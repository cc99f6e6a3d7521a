import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { MAX_LIST_ARGUMENT } from '../limits/queryLimits.js';
import { loadSearchable } from '../search/searchResolvers.js';
import { fromGlobalId } from './globalId.js';

/** Any node by global id, through the loaders (so `nodes(ids:)` batches per type). */
async function loadNode(ctx: Context, id: string) {
  const global = fromGlobalId(id);
  if (!global) return null;
  switch (global.type) {
    case 'Document':
      return ctx.loaders.documentByKey.load(global.key);
    case 'FinancialFact':
      return ctx.loaders.factByKey.load(global.key);
    case 'CrossSellRate':
      return (await ctx.loaders.crossSellRateByKey.load(global.key)) ?? null;
    case 'Ranking':
      return ctx.loaders.rankingByKey.load(global.key);
    case 'Service':
    case 'BusinessLine': {
      const offering = await ctx.loaders.offeringByKey.load(global.key);
      return offering?.nodeType === global.type ? offering : null;
    }
    default:
      return loadSearchable(ctx, global.type, global.key);
  }
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, ctx) => loadNode(ctx, id),
    nodes: (_parent, { ids }, ctx) => {
      if (ids.length > MAX_LIST_ARGUMENT) {
        throw badUserInput(`Invalid \`ids\`: at most ${MAX_LIST_ARGUMENT} ids per request, got ${ids.length}.`, 'ids');
      }
      return Promise.all(ids.map((id) => loadNode(ctx, id)));
    },
  },
  Node: {
    __resolveType: (node) => node.nodeType,
  },
};
