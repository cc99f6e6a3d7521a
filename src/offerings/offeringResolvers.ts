import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { requireCompanyKey } from '../companies/companyLookup.js';
import { loadTree, pageReader } from '../graphql/lookaheadReaders.js';
import { resolversOf } from '../lookahead/fields.js';
import { offeringFields } from './offeringFields.js';
import { listServices, OFFERINGS_BY_KEYS, type OfferingRecord } from './offeringRepository.js';

const offeringTree = (ctx: Context, info: GraphQLResolveInfo, key: string) =>
  loadTree(ctx, info, { query: OFFERINGS_BY_KEYS, loader: ctx.loaders.offeringByKey, key });

const asType = <T extends OfferingRecord['nodeType']>(record: OfferingRecord | null, type: T) =>
  record && record.nodeType === type ? (record as Extract<OfferingRecord, { nodeType: T }>) : null;

export const offeringResolvers: Resolvers = {
  Query: {
    service: async (_parent, args, ctx, info) =>
      asType(await offeringTree(ctx, info, keyFromArgument(args.id, ['Service'], 'id')), 'Service'),
    businessLine: async (_parent, args, ctx, info) =>
      asType(await offeringTree(ctx, info, keyFromArgument(args.id, ['BusinessLine'], 'id')), 'BusinessLine'),
    async services(_parent, args, ctx, info) {
      const request = pageRequest(args.first, args.after);
      const filter = args.filter ?? {};
      const page = await listServices(
        ctx.db,
        {
          companyKey: filter.company ? await requireCompanyKey(ctx, filter.company, 'filter.company') : null,
          businessLine: filter.businessLine
            ? keyFromArgument(filter.businessLine, ['BusinessLine'], 'filter.businessLine')
            : null,
          name: filter.name ?? null,
        },
        request,
        pageReader(ctx, info),
      );
      return toConnection(page, request, (s) => [s.name.toLowerCase(), s.key]);
    },
  },
  Company: resolversOf(offeringFields.Company),
  Offering: {
    __resolveType: (offering) => offering.nodeType,
  },
  BusinessLine: {
    id: (line) => toGlobalId('BusinessLine', line.key),
    ...resolversOf(offeringFields.BusinessLine),
  },
  Service: {
    id: (service) => toGlobalId('Service', service.key),
    ...resolversOf(offeringFields.Service),
  },
};
