import type { Resolvers } from '../generated/graphql.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { requireCompanyKey } from '../companies/companyLookup.js';
import { loadTree, pageReader } from '../graphql/lookaheadReaders.js';
import { resolversOf } from '../lookahead/fields.js';
import { dataCenterFields } from './dataCenterFields.js';
import { DATA_CENTERS_BY_KEYS, listDataCenters } from './dataCenterRepository.js';

export const dataCenterResolvers: Resolvers = {
  Query: {
    dataCenter: (_parent, args, ctx, info) =>
      loadTree(ctx, info, {
        query: DATA_CENTERS_BY_KEYS,
        loader: ctx.loaders.dataCenterByKey,
        key: keyFromArgument(args.id, ['DataCenter'], 'id'),
      }),
    async dataCenters(_parent, args, ctx, info) {
      const request = pageRequest(args.first, args.after);
      const operatorKey = args.operator ? await requireCompanyKey(ctx, args.operator, 'operator') : null;
      const page = await listDataCenters(ctx.db, operatorKey, args.orderBy, request, pageReader(ctx, info));
      return toConnection(page, request, (d) => [d.sortKey, d.key]);
    },
  },
  Company: resolversOf(dataCenterFields.Company),
  DataCenter: {
    id: (dc) => toGlobalId('DataCenter', dc.key),
    ...resolversOf(dataCenterFields.DataCenter),
  },
};
