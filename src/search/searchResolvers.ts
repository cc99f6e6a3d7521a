import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { present } from '../graphql/lookups.js';
import { searchEntities, type SearchableType } from './searchRepository.js';

/** Loads the entity a hit points at, through the loader of its type (one batch per type). */
export function loadSearchable(ctx: Context, type: SearchableType, key: string) {
  switch (type) {
    case 'Company':
      return ctx.loaders.companyByKey.load(key);
    case 'Service':
    case 'BusinessLine':
      return ctx.loaders.offeringByKey.load(key);
    case 'DataCenter':
      return ctx.loaders.dataCenterByKey.load(key);
    case 'Segment':
      return ctx.loaders.segmentByKey.load(key);
    case 'Award':
      return ctx.loaders.awardByKey.load(key);
    case 'AwardCategory':
      return ctx.loaders.categoryByKey.load(key);
  }
}

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
      present(await loadSearchable(ctx, hit.nodeType, hit.key), `${hit.nodeType} ${hit.key}`),
  },
  SearchResult: {
    __resolveType: (node) => node.nodeType,
  },
};
