import type { Resolvers } from '../generated/graphql.js';
import { fromGlobalId } from './globalId.js';

export const nodeResolvers: Resolvers = {
  Query: {
    async node(_parent, { id }, ctx) {
      const global = fromGlobalId(id);
      if (!global) return null;
      switch (global.type) {
        case 'Company':
          return ctx.loaders.companyByKey.load(global.key);
        case 'Document':
          return ctx.loaders.documentByKey.load(global.key);
        case 'FinancialFact':
          return ctx.loaders.factByKey.load(global.key);
      }
    },
  },
  Node: {
    __resolveType: (node) => node.nodeType,
  },
};
