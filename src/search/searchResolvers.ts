import type { Resolvers } from '../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { loadEntity } from '../graphql/entityLoading.js';
import { present } from '../graphql/present.js';
import { searchEntities } from './searchRepository.js';

export const searchResolvers: Resolvers = {
  Query: {
    async search(_parent, args, ctx) {
      if (args.first < 1 || args.first > 100)
        throw badUserInput(`\`first\` must be between 1 and 100 (got ${args.first}).`, 'first');
      if (args.text.length > 200) throw badUserInput('`text` is longer than 200 characters.', 'text');
      return searchEntities(ctx.db, args.text, args.first);
    },
  },
  SearchHit: {
    node: async (hit, _args, ctx) =>
      present(await loadEntity(ctx, hit.nodeType, hit.key), `${hit.nodeType} ${hit.key}`),
  },
  SearchResult: {
    __resolveType: (node) => node.nodeType,
  },
};
