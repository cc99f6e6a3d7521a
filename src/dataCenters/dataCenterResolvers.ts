import type { Resolvers } from '../generated/graphql.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { present, requireCompanyKey } from '../graphql/lookups.js';
import { listDataCenters } from './dataCenterRepository.js';

export const dataCenterResolvers: Resolvers = {
  Query: {
    dataCenter: (_parent, args, ctx) =>
      ctx.loaders.dataCenterByKey.load(keyFromArgument(args.id, ['DataCenter'], 'id')),
    async dataCenters(_parent, args, ctx) {
      const request = pageRequest(args.first, args.after);
      const operatorKey = args.operator ? await requireCompanyKey(ctx, args.operator, 'operator') : null;
      const page = await listDataCenters(ctx.db, operatorKey, args.orderBy, request);
      return toConnection(page, request, (d) => [d.sortKey, d.key]);
    },
  },
  DataCenter: {
    id: (dc) => toGlobalId('DataCenter', dc.key),
    operator: async (dc, _args, ctx) =>
      present(await ctx.loaders.companyByKey.load(dc.operatorKey), `operator of ${dc.key}`),
    provenance: (dc, _args, ctx) => ctx.loaders.provenanceByEntity.load(dc.key),
  },
};
