import type { Resolvers } from '../generated/graphql.js';
import { fromGlobalId, toGlobalId } from '../graphql/globalId.js';
import { pickCompanyFigure } from '../financials/financialRepository.js';
import { findCompany } from './companyRepository.js';
import { badUserInput } from '../errors.js';

export const companyResolvers: Resolvers = {
  Query: {
    async company(_parent, args, ctx) {
      if ((args.id == null) === (args.name == null)) {
        throw badUserInput(
          'Give exactly one of `id` (global id, key or alias) and `name`.',
          args.id == null ? 'id' : 'name',
        );
      }
      const text = (args.id ?? args.name)!;
      const global = fromGlobalId(text);
      if (global) return global.type === 'Company' ? ctx.loaders.companyByKey.load(global.key) : null;
      return findCompany(ctx.db, text);
    },
  },
  Company: {
    id: (company) => toGlobalId('Company', company.key),
    financialFacts: (company, args, ctx) =>
      ctx.loaders
        .factsByCompanyKey({
          metric: args.metric ?? null,
          basis: args.basis ? (args.basis.toLowerCase() as 'actual') : null,
        })
        .load(company.key),
    async revenue(company, args, ctx) {
      const facts = await ctx.loaders.factsByCompanyKey({ metric: 'revenue', basis: null }).load(company.key);
      return pickCompanyFigure(facts, args.period);
    },
    sources: (company, _args, ctx) => ctx.loaders.sourcesByEntityKey.load(company.key),
  },
};
