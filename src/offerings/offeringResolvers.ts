import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { present, requireCompanyKey } from '../graphql/lookups.js';
import { loadTree, pageReader } from '../graphql/prefetchRegistry.js';
import {
  isBusinessLine,
  isService,
  listServices,
  OFFERINGS_BY_KEYS,
  type OfferingRecord,
} from './offeringRepository.js';

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
  Offering: {
    __resolveType: (offering) => offering.nodeType,
  },
  BusinessLine: {
    id: (line) => toGlobalId('BusinessLine', line.key),
    company: async (line, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(line.companyKey), `company of ${line.key}`),
    parent: async (line, _args, ctx) =>
      line.parentKey ? asType(await ctx.loaders.offeringByKey.load(line.parentKey), 'BusinessLine') : null,
    children: async (line, _args, ctx) =>
      (await ctx.loaders.offeringLists('childrenByLine').load(line.key)).filter(isBusinessLine),
    services: async (line, _args, ctx) =>
      (await ctx.loaders.offeringLists('servicesByLine').load(line.key)).filter(isService),
    provenance: (line, _args, ctx) => ctx.loaders.provenanceByEntity.load(line.key),
  },
  Service: {
    id: (service) => toGlobalId('Service', service.key),
    company: async (service, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(service.companyKey), `company of ${service.key}`),
    businessLine: async (service, _args, ctx) =>
      service.businessLineKey
        ? asType(await ctx.loaders.offeringByKey.load(service.businessLineKey), 'BusinessLine')
        : null,
    builtOn: async (service, _args, ctx) =>
      service.builtOnKey ? asType(await ctx.loaders.offeringByKey.load(service.builtOnKey), 'Service') : null,
    builtUpon: async (service, _args, ctx) =>
      (await ctx.loaders.offeringLists('builtUponByService').load(service.key)).filter(isService),
    subscribers: (service, _args, ctx) => ctx.loaders.subscribersByOffering.load(service.key),
    provenance: (service, _args, ctx) => ctx.loaders.provenanceByEntity.load(service.key),
  },
};
