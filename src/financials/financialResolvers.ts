import type { FactBasis, Resolvers } from '../generated/graphql.js';
import { toGlobalId } from '../graphql/globalId.js';
import { notFound } from '../errors.js';

export const financialResolvers: Resolvers = {
  FinancialFact: {
    id: (fact) => toGlobalId('FinancialFact', fact.key),
    basis: (fact) => fact.basis.toUpperCase() as FactBasis,
    async company(fact, _args, ctx) {
      const company = await ctx.loaders.companyByKey.load(fact.companyKey);
      if (!company) throw notFound(`company ${fact.companyKey} of fact ${fact.key}`);
      return company;
    },
  },
};
