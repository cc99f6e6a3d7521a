import { citedSource } from '../documents/citedSource.js';
import type { CompanyRole, Resolvers } from '../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/globalId.js';
import { lookupCompany, present } from '../graphql/lookups.js';
import { pageReader } from '../graphql/prefetchRegistry.js';
import { pickCompanyFigure, periodSortKey, type FactBasisValue } from '../financials/financialRepository.js';
import { isBusinessLine, isService } from '../offerings/offeringRepository.js';
import { companySortKey, listCompanies } from './companyRepository.js';

const basisValue = (basis: string | null | undefined): FactBasisValue | null =>
  basis ? (basis.toLowerCase() as FactBasisValue) : null;

export const companyResolvers: Resolvers = {
  Query: {
    async company(_parent, args, ctx, info) {
      if ((args.id == null) === (args.name == null)) {
        throw badUserInput(
          'Give exactly one of `id` (global id, key or alias) and `name`.',
          args.id == null ? 'id' : 'name',
        );
      }
      return lookupCompany(ctx, (args.id ?? args.name)!, info);
    },
    async companies(_parent, args, ctx, info) {
      const request = pageRequest(args.first, args.after);
      const page = await listCompanies(ctx.db, args.filter ?? {}, request, pageReader(ctx, info));
      return toConnection(page, request, companySortKey);
    },
  },
  Company: {
    id: (company) => toGlobalId('Company', company.key),
    roles: async (company, _args, ctx) => (await ctx.loaders.rolesByCompany.load(company.key)) as CompanyRole[],
    businessLines: async (company, _args, ctx) =>
      (await ctx.loaders.offeringLists('linesByCompany').load(company.key)).filter(isBusinessLine),
    services: async (company, _args, ctx) =>
      (await ctx.loaders.offeringLists('servicesByCompany').load(company.key)).filter(isService),
    dataCenters: (company, _args, ctx) => ctx.loaders.dataCentersByOperator.load(company.key),
    segments: (company, _args, ctx) => ctx.loaders.segmentsByCompany.load(company.key),
    targetSegments: (company, _args, ctx) => ctx.loaders.targetSegmentsByCompany.load(company.key),
    customers: (company, _args, ctx) => ctx.loaders.companyRelations('customers').load(company.key),
    suppliers: (company, _args, ctx) => ctx.loaders.companyRelations('suppliers').load(company.key),
    competitors: (company, _args, ctx) => ctx.loaders.companyRelations('competitors').load(company.key),
    investments: (company, _args, ctx) => ctx.loaders.companyRelations('investments').load(company.key),
    investors: (company, _args, ctx) => ctx.loaders.companyRelations('investors').load(company.key),
    awardsWon: (company, _args, ctx) => ctx.loaders.winsByCompany.load(company.key),
    rankingEntries: (company, _args, ctx) => ctx.loaders.entriesByCompany.load(company.key),
    financialFacts: (company, args, ctx) =>
      ctx.loaders
        .factsByCompany({
          metric: args.metric ?? null,
          basis: basisValue(args.basis),
          fromKey: args.from ? periodSortKey(args.from, 'from') : null,
          toKey: args.to ? periodSortKey(args.to, 'to') : null,
        })
        .load(company.key),
    async revenue(company, args, ctx) {
      const facts = await ctx.loaders.factsByCompany({ metric: 'revenue' }).load(company.key);
      return pickCompanyFigure(facts, args.period);
    },
    statements: (company, args, ctx) => ctx.loaders.statementsByCompany(args.kind ?? null).load(company.key),
    documents: (company, _args, ctx) => ctx.loaders.documentsByIssuer.load(company.key),
    provenance: (company, _args, ctx) => ctx.loaders.provenanceByEntity.load(company.key),
  },
  CompanyRelation: {
    source: citedSource,
    company: async (relation, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(relation.companyKey), `company ${relation.companyKey}`),
  },
  Statement: {
    source: citedSource,
    period: (statement, _args, ctx) => (statement.periodKey ? ctx.loaders.periodByKey.load(statement.periodKey) : null),
    company: async (statement, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(statement.companyKey), `company ${statement.companyKey}`),
  },
};
