import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { MAX_LIST_ARGUMENT } from '../limits/queryLimits.js';
import { loadNodeOfType } from './entityLoading.js';
import { fromGlobalId } from './globalId.js';

/** Any node by global id, through the loader its type registers (so `nodes(ids:)` batches per loader). */
async function loadNode(ctx: Context, id: string) {
  const global = fromGlobalId(id);
  if (!global) return null;
  return loadNodeOfType(ctx, global.type, global.key);
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
