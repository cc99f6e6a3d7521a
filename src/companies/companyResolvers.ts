import type { Resolvers } from '../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/globalId.js';
import { lookupCompany } from './companyLookup.js';
import { pageReader } from '../graphql/lookaheadReaders.js';
import { resolversOf } from '../lookahead/fields.js';
import { companyFields } from './companyFields.js';
import { companySortKey, listCompanies } from './companyRepository.js';

export const companyResolvers: Resolvers = {
  Query: {
    async company(_parent, args, ctx, info) {
      if ((args.id == null) === (args.name == null)) {
        throw badUserInput(
          'Give exactly one of `id` (global id, key or alias) and `name`.',
          args.id == null ? 'id' : 'name',
        );
      }
      return lookupCompany(ctx, (args.id ?? args.name)!, info, args.id == null ? 'name' : 'id');
    },
    async companies(_parent, args, ctx, info) {
      const request = pageRequest(args.first, args.after);
      const page = await listCompanies(ctx.db, args.filter ?? {}, request, pageReader(ctx, info));
      return toConnection(page, request, companySortKey);
    },
  },
  Company: {
    id: (company) => toGlobalId('Company', company.key),
    ...resolversOf(companyFields.Company),
    statements: (company, args, ctx) => ctx.loaders.statementsByCompany(args.kind ?? null).load(company.key),
  },
  CompanyRelation: resolversOf(companyFields.CompanyRelation),
  Statement: resolversOf(companyFields.Statement),
};
